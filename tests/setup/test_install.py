"""The default profile: what installing kuf.samportal puts in the site."""

from kuf.samportal import parties
from kuf.samportal.structure import FVG_ID
from kuf.samportal.structure import SECTIONS
from plone import api
import pytest


PACKAGE = "kuf.samportal"


def test_product_installed(installer):
    assert installer.is_product_installed(PACKAGE)


def test_browserlayer(browser_layers):
    from kuf.samportal.interfaces import IKufSamportalLayer

    assert IKufSamportalLayer in browser_layers


def test_profile_version(setup_tool):
    assert setup_tool.getLastVersionForProfile(f"{PACKAGE}:default") == ("1010",)


def test_swedish_is_the_language(portal):
    assert api.portal.get_registry_record("plone.default_language") == "sv"
    assert api.portal.get_registry_record("plone.available_languages") == ["sv"]


def test_self_registration_is_off(portal):
    assert api.portal.get_registry_record("plone.enable_self_reg") is False


@pytest.mark.parametrize("role", parties.CUSTOM_ROLES)
def test_custom_roles_are_declared(portal, role):
    assert role in portal.validRoles()


@pytest.mark.parametrize(
    ("permission", "role"),
    [
        ("Add portal content", "KufHR"),
        ("Add portal content", "KufSecretary"),
        ("plone.app.contenttypes: Add Document", "KufHR"),
        ("Review portal content", "KufHR"),
        ("Review portal content", "KufSecretary"),
    ],
)
def test_editor_roles_hold_their_permissions(portal, permission, role):
    roles = [r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]]
    assert role in roles


@pytest.mark.parametrize("permission", ["View"])
def test_site_root_is_closed_to_anonymous(portal, permission):
    selected = [r["name"] for r in portal.rolesOfPermission(permission) if r["selected"]]
    assert "Anonymous" not in selected
    assert "Authenticated" in selected
    assert not portal.acquiredRolesAreUsedBy(permission)


@pytest.mark.parametrize(
    "group_id",
    [party.group_id for party in parties.PARTIES]
    + [group.group_id for group in parties.FUNCTIONAL_GROUPS],
)
def test_groups_exist(portal, group_id):
    group = api.group.get(groupname=group_id)
    assert group is not None
    assert group.getProperty("title")


def test_party_group_titles(portal):
    titles = {api.group.get(groupname=p.group_id).getProperty("title") for p in parties.PARTIES}
    assert titles == {
        "Arbetsgivaren",
        "Saco",
        "Vision",
        "DIK",
        "Kommunal",
        "Sveriges Lärare",
        "Akademikerförbundet SSR",
        "Ledarna",
    }


def test_install_profile_creates_no_users(portal):
    from kuf.samportal.demo.users import DEMO_USERS

    for demo_user in DEMO_USERS:
        assert api.user.get(userid=demo_user.id) is None


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.id)
def test_sections_exist_and_are_published(portal, section):
    folder = portal[section.id]
    assert folder.title == section.title
    assert api.content.get_state(folder) == "published"


def test_section_titles_in_swedish(portal):
    assert [portal[s.id].title for s in SECTIONS] == [
        "Samverkan",
        "Arbetsmiljöhandbok",
        "Stödmaterial",
        "Uppföljning SAM och aktiva åtgärder",
        "Avtal och leverantörer",
    ]


def test_fvg_is_a_samverkansgrupp_with_every_party(portal):
    fvg = portal["samverkan"][FVG_ID]
    assert fvg.portal_type == "Samverkansgrupp"
    assert fvg.title == "Kulturförvaltningens förvaltningsgrupp"
    assert fvg.short_name == "FVG"
    assert fvg.level == "forvaltning"
    assert set(fvg.parties) == {party.id for party in parties.PARTIES}
    assert fvg.standing_items[0] == "Föregående protokoll"
    assert fvg.standing_items[-1] == "Nästa förvaltningsgrupp"
    assert len(fvg.standing_items) == 12
    assert api.content.get_state(fvg) == "published"


def test_editors_hold_local_roles_only_in_their_sections(portal):
    hr = "funktion-hr"
    assert "KufHR" in portal["arbetsmiljohandbok"].get_local_roles_for_userid(hr)
    assert "KufHR" not in portal["samverkan"].get_local_roles_for_userid(hr)
    secretary = "funktion-sekreterare"
    assert "KufSecretary" in portal["samverkan"].get_local_roles_for_userid(secretary)
    assert portal["arbetsmiljohandbok"].get_local_roles_for_userid(secretary) == ()


def test_parties_take_part_in_fvg(portal):
    fvg = portal["samverkan"][FVG_ID]
    assert fvg.get_local_roles_for_userid("part-arbetsgivaren") == ("KufEmployerRepresentative",)
    assert fvg.get_local_roles_for_userid("part-saco") == ("KufPartyRepresentative",)


@pytest.mark.parametrize("portal_type", ["Document", "Folder", "News Item", "Link", "Event"])
def test_content_uses_intranet_workflow(portal, portal_type):
    chain = api.portal.get_tool("portal_workflow").getChainForPortalType(portal_type)
    assert chain == ("kuf_intranet_workflow",)


def test_start_page_is_the_front_page(portal):
    assert portal.getLayout() == "startsida"


def test_install_is_idempotent(portal, setup_tool):
    setup_tool.runAllImportStepsFromProfile("profile-kuf.samportal:default")
    assert [s.id for s in SECTIONS if s.id in portal.objectIds()] == [s.id for s in SECTIONS]
    assert len(portal["samverkan"].objectIds()) == 1
