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


def menu_links(portal, user):
    from kuf.samportal.caching.navigation import CachedGlobalSections

    with api.env.adopt_user(username=user):
        viewlet = CachedGlobalSections(portal, portal.REQUEST, None)
        viewlet.update()
        return viewlet.render_globalnav()


def key_of(context, user):
    from kuf.samportal.caching.navigation import CachedGlobalSections
    from kuf.samportal.caching.navigation import navigation_key

    with api.env.adopt_user(username=user):
        return navigation_key(CachedGlobalSections(context, context.REQUEST, None))


def test_the_menu_is_kept_until_the_catalog_changes_and_never_shared(demo, monkeypatch):
    from plone.memoize.ram import global_cache

    global_cache.invalidateAll()
    built = []
    original = GlobalSectionsViewlet.navtree.fget

    def counting(self):
        built.append(api.user.get_current().getId())
        return original(self)

    monkeypatch.setattr(GlobalSectionsViewlet, "navtree", property(counting))
    first = menu_links(demo, "medarbetare")
    assert menu_links(demo, "medarbetare") == first
    assert built == ["medarbetare"]  # the second page reused the tree
    # Who asks is part of the key: another reader's roles, another tree.
    key = key_of(demo, "medarbetare")
    assert key == key_of(demo, "medarbetare")
    assert key != key_of(demo, "sekreterare")
    # Where in the first two levels the page is (hidden items show inside them).
    assert key != key_of(demo["samverkan"]["fvg"], "medarbetare")
    # Any change in the catalog builds it again.
    handbook = demo["arbetsmiljohandbok"]
    handbook.reindexObject()
    assert key_of(demo, "medarbetare") != key
    menu_links(demo, "medarbetare")
    assert built == ["medarbetare", "medarbetare"]
