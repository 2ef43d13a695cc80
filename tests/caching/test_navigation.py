"""Issue 13: the global navigation is built from the sections and what is
in them, two levels deep. At three levels (Plone's default) the menu's
query fetched every protocol of every group (Protokoll is a displayed
type, for the groups' listings): with ten years of protocols every page
was four times slower, although the menu showed none of them."""

from plone import api
from plone.app.layout.viewlets.common import GlobalSectionsViewlet


def menu_paths(portal, user):
    with api.env.adopt_user(username=user):
        viewlet = GlobalSectionsViewlet(portal, portal.REQUEST, None)
        viewlet.update()
        return [entry["path"] for entries in viewlet.navtree.values() for entry in entries]


def test_the_menu_never_fetches_the_groups_protocols(demo):
    group_path = "/".join(demo["samverkan"]["fvg"].getPhysicalPath())
    portal_depth = len(demo.getPhysicalPath())
    for user in ("sekreterare", "medarbetare", "saco"):
        paths = menu_paths(demo, user)
        assert paths, user
        assert not [p for p in paths if p.startswith(group_path + "/")], user
        assert max(len(p.split("/")) - 1 for p in paths) <= portal_depth + 2, user
