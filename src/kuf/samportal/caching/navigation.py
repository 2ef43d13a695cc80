"""The global navigation's tree, kept until anything in the catalog changes
(issue 13).

Plone builds the menu with a catalog query on every page; with ten years of
content that query intersects index sets the size of the whole catalog. The
tree depends only on what the catalog holds (its counter moves with every
change: content, state, local roles), on who asks (the roles and principals
the catalog filters by), on the menu's settings, the site's URL and
language, the top-level tabs, and — for items hidden from the menu, which
Plone shows while one is inside them — on where in the first levels the
page is. All of that is the key; each request gets its own copy of the
entries (the viewlet writes into them while rendering).
"""

from collections import defaultdict
from kuf.samportal.caching.body import cached
from kuf.samportal.caching.records import CODE_STAMP
from kuf.samportal.caching.records import digest_of
from plone import api
from plone.app.layout.viewlets.common import GlobalSectionsViewlet


SETTINGS = (
    "navigation_depth",
    "displayed_types",
    "generate_tabs",
    "nonfolderish_tabs",
    "sort_tabs_on",
    "sort_tabs_reversed",
    "filter_on_workflow",
    "workflow_states_to_show",
    "show_excluded_items",
)


def navigation_key(viewlet) -> str:
    catalog = api.portal.get_tool("portal_catalog")
    user = api.user.get_current()
    settings = viewlet.settings
    depth = settings.navigation_depth or 0
    root = viewlet.navtree_path
    context_path = "/".join(viewlet.context.getPhysicalPath())
    inside = context_path[len(root) :].strip("/").split("/")[:depth]
    parts = [
        "kuf-navigation-1",
        CODE_STAMP,
        str(catalog.getCounter()),
        ",".join(sorted(catalog._listAllowedRolesAndUsers(user))),
        repr([getattr(settings, name, None) for name in SETTINGS]),
        repr(viewlet.types_using_view),
        root,
        "/".join(inside),
        api.portal.get().absolute_url(),
        viewlet.current_language or "",
        repr(viewlet.portal_tabs),
    ]
    return digest_of(parts)


class CachedGlobalSections(GlobalSectionsViewlet):
    @property
    def navtree(self):
        if not hasattr(self, "_kuf_navtree"):
            kept = cached(
                navigation_key(self), lambda: dict(GlobalSectionsViewlet.navtree.fget(self))
            )
            copy = defaultdict(list)
            for path, entries in kept.items():
                copy[path] = [dict(entry) for entry in entries]
            self._kuf_navtree = copy
        return self._kuf_navtree
