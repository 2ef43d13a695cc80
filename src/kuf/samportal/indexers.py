"""Catalog indexers."""

from AccessControl.PermissionRole import rolesForPermissionOn
from plone.base.interfaces import IPloneSiteRoot
from plone.indexer import indexer


@indexer(IPloneSiteRoot)
def site_root_allowed_roles(portal):
    """Who may find the site root in the catalog: those who may View it.

    Plone indexes "Access contents information", which the root keeps for
    Anonymous so that the login page and its resources can be traversed;
    that must not make the root a search result for anonymous visitors.
    """
    allowed = set(rolesForPermissionOn("View", portal))
    for shortcut in ("Anonymous", "Authenticated"):
        if shortcut in allowed:
            return [shortcut]
    return sorted(allowed)
