"""Issue 17: each section's add menu offers only the types that belong
there, in Classic (the toolbar's add menu) and over REST (``@types``), also
on a site upgraded from 1010."""

from kuf.samportal.structure import SECTIONS
from plone import api
from Products.CMFPlone.interfaces.constrains import DISABLED
from Products.CMFPlone.interfaces.constrains import ENABLED
from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes
from tests.helpers import rest_url
from tests.setup.test_upgrades import PROFILE
from tests.setup.test_upgrades import metadata_version


EXPECTED = {
    "samverkan": {"Samverkansgrupp"},
    "arbetsmiljohandbok": {"Rutin", "Document", "File", "Image", "Link"},
    "stodmaterial": {"Stodmaterial", "Document", "File", "Image", "Link"},
    "uppfoljning": {"Organisationsenhet", "Checklista"},
    "avtal": {"Leverantorsavtal", "Document", "File"},
}


def addable(folder):
    return {fti.getId() for fti in folder.allowedContentTypes()}


def test_every_section_offers_only_its_types(portal):
    assert {section.id for section in SECTIONS} == set(EXPECTED)
    with api.env.adopt_roles(["Manager"]):
        for section_id, types in EXPECTED.items():
            assert addable(portal[section_id]) == types, section_id


def test_rest_types_and_the_classic_add_menu_per_section(demo_portal, http):
    users = {"samverkan": "sekreterare"} | {
        section: "hr" for section in EXPECTED if section != "samverkan"
    }
    for section_id, user in users.items():
        folder = demo_portal[section_id]
        response = http(user).get(rest_url(folder, "/@types"))
        assert response.status_code == 200
        offered = {entry["id"] for entry in response.json() if entry["addable"]}
        assert offered <= EXPECTED[section_id], (section_id, offered)
        assert offered, section_id
        page = http(user)
        page.headers["Accept"] = "text/html"
        html = page.get(folder.absolute_url()).text
        assert "plone-contentmenu-factories" in html, section_id  # the add menu is there
        html = html.split("plone-contentmenu-factories", 1)[1].split("</ul>", 1)[0]
        assert any(f"++add++{name}" in html for name in offered), section_id
        assert "++add++Folder" not in html, section_id
        assert "++add++Event" not in html, section_id
        for other in {"Samverkansgrupp", "Rutin", "Stodmaterial", "Leverantorsavtal"} - (
            EXPECTED[section_id]
        ):
            assert f"++add++{other}" not in html, (section_id, other)


def test_upgrade_1014_constrains_the_sections_of_a_1010_site(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        for section_id in EXPECTED:
            ISelectableConstrainTypes(portal[section_id]).setConstrainTypesMode(DISABLED)
        assert "Folder" in addable(portal["samverkan"])
        setup_tool.setLastVersionForProfile(PROFILE, "1010")
        setup_tool.upgradeProfile(PROFILE)
        assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
        for section_id, types in EXPECTED.items():
            constraints = ISelectableConstrainTypes(portal[section_id])
            assert constraints.getConstrainTypesMode() == ENABLED
            assert addable(portal[section_id]) == types, section_id
