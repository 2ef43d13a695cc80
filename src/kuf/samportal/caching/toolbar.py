"""The content menu for those who can act on the content only.

Plone renders its content menu (add, display, state, actions) in the
toolbar of everyone for whom the toolbar shows. In the portal every
employee sees the toolbar (the history of what they read is theirs to see),
so stock Plone computed the whole menu (every addable type's construction
check, every action's condition) on every page for readers who can do
nothing with it: about a fifth of a page's time. A reader's menu held only
"Kopiera" and a state without transitions.
"""

from kuf.samportal.content.samverkansgrupp import ISamverkansgrupp
from plone.app.contentmenu.view import ContentMenuProvider
from plone.memoize.view import memoize
from Products.CMFCore.utils import getToolByName
from zope.component import getMultiAdapter


# A samverkansgrupp is the secretary's place of work, not a folder to
# manage: cut, rename, delete and "Välj vy" of the group are for the
# administrators (issue 17).
MANAGING_MENUS = ("plone-contentmenu-actions", "plone-contentmenu-display")


def manages_the_site(context):
    membership = getToolByName(context, "portal_membership")
    return bool(membership.checkPermission("Manage portal", context))


def menu_id(item):
    return item.get("extra", {}).get("id")


ACTING_PERMISSIONS = (
    "Modify portal content",
    "Add portal content",
    "Review portal content",
    "Portlets: Manage portlets",
)


class ContentMenuForActors(ContentMenuProvider):
    """Plone's content menu, rendered only for users who may act here."""

    @memoize
    def may_act(self):
        membership = getToolByName(self.context, "portal_membership")
        if any(membership.checkPermission(name, self.context) for name in ACTING_PERMISSIONS):
            return True
        state = getMultiAdapter((self.context, self.request), name="plone_context_state")
        return bool(state.actions("workflow", max=1))

    def render(self):
        if not self.may_act():
            return ""
        return super().render()

    def menu(self):
        items = super().menu()
        if ISamverkansgrupp.providedBy(self.context) and not manages_the_site(self.context):
            items = [item for item in items if menu_id(item) not in MANAGING_MENUS]
        return items
