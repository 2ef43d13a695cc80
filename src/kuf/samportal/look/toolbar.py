"""The editing toolbar only for people who edit.

Plone shows the toolbar to whoever has "Show Toolbar" on the page, and the
personal menu in the header ("plone.membertools") to everyone else. The
profile grants that permission to the editing roles only (rolemap.xml:
Manager, Site Administrator, Editor, Contributor, Reviewer, KufHR,
KufSecretary); as HR and the secretaries hold their roles locally in their
sections, an editor keeps the toolbar on every page, the start page
included, when they may show it in any of the portal's sections."""

from Acquisition import aq_inner
from plone import api
from plone.app.layout.globals.context import ContextState
from plone.memoize.view import memoize


SHOW_TOOLBAR = "Show Toolbar"


def edits_somewhere(portal):
    """The user may show the toolbar on the site or in a first-level section."""
    membership = api.portal.get_tool("portal_membership")
    if membership.isAnonymousUser():
        return False
    if membership.checkPermission(SHOW_TOOLBAR, portal):
        return True
    return any(
        membership.checkPermission(SHOW_TOOLBAR, section) for section in portal.contentValues()
    )


class KufContextState(ContextState):
    @memoize
    def is_toolbar_visible(self):
        membership = api.portal.get_tool("portal_membership")
        if membership.checkPermission(SHOW_TOOLBAR, aq_inner(self.context)):
            return True
        return edits_somewhere(api.portal.get())
