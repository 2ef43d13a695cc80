"""The portal's own look: name and wordmark, our footer, the accessibility
statement, the toolbar only for those who edit, a failed login said on the
login page."""

from plone import api
import pytest
import re
import requests
from tests.setup.test_upgrades import metadata_version


HTML = {"Accept": "text/html"}


def page(http, portal, user, path=""):
    response = http(user).get(f"{portal.absolute_url()}/{path}", headers=HTML)
    assert response.status_code == 200, (user, path, response.status_code)
    return response.text


@pytest.mark.parametrize("user", ["medarbetare", "saco", "chef"])
def test_readers_get_no_toolbar_but_a_personal_menu_in_the_header(demo_portal, http, user):
    html = page(http, demo_portal, user)
    assert 'id="edit-zone"' not in html
    menu = html.split('id="portal-membertools"', 1)[1].split("</ul>", 1)[0]
    assert "Mina uppgifter" in menu
    assert "Logga ut" in menu
    assert "@@personal-information" in menu
    assert "instrumentpanel" not in menu


@pytest.mark.parametrize("user", ["hr", "sekreterare"])
def test_editors_get_the_toolbar_on_every_page(demo_portal, http, user):
    for path in ("", "arbetsmiljohandbok", "samverkan"):
        html = page(http, demo_portal, user, path)
        assert 'id="edit-zone"' in html, path
        assert 'id="portal-membertools"' not in html, path


def test_wordmark_and_footer_instead_of_plone(demo_portal, http):
    for user, path in (("medarbetare", ""), (None, "login")):
        html = page(http, demo_portal, user, path)
        assert 'class="kuf-wordmark"' in html, user
        assert "Kulturförvaltningen" in html
        assert "Samverkansportalen" in html
        assert "plone-logo" not in html
        assert "Powered by Plone" not in html
        assert "Plone-stiftelsen" not in html
        footer = html.split('id="portal-footer-wrapper"', 1)[1]
        assert "@@tillganglighetsredogorelse" in footer
        assert "Tillgänglighetsredogörelse" in footer
        assert "Frågor om portalen" in footer
        # No stock site actions (Webbplatskarta, Tillgänglighet about Plone).
        assert "/sitemap" not in footer
        assert "accessibility-info" not in footer


def test_accessibility_statement_in_swedish(demo_portal, http):
    html = page(http, demo_portal, "medarbetare", "@@tillganglighetsredogorelse")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Tillgänglighetsredogörelse för Samverkansportalen" in text
    assert "lagen (2018:1937) om tillgänglighet till digital offentlig service" in text
    assert "delvis förenlig" in text
    assert "Innehåll som inte är tillgängligt" in text
    assert "Myndigheten för digital förvaltning (Digg)" in text
    assert "https://www.digg.se/tdosanmalan" in html
    assert re.search(r"uppdaterades senast den \d{1,2} \w+ 20\d\d", text)
    # Plone's own page about Plone's accessibility leads here.
    response = http("medarbetare").get(
        f"{demo_portal.absolute_url()}/accessibility-info", headers=HTML, allow_redirects=False
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/@@tillganglighetsredogorelse")
    # Anonymous visitors are still sent to the login page (the wall).
    anonymous = http(None).get(
        f"{demo_portal.absolute_url()}/@@tillganglighetsredogorelse", headers=HTML
    )
    assert "__ac_password" in anonymous.text


def test_failed_login_is_said_on_the_login_page(demo_portal):
    session = requests.Session()
    url = f"{demo_portal.absolute_url()}/login"
    session.get(url, headers=HTML)
    response = session.post(
        url,
        data={"__ac_name": "medarbetare", "__ac_password": "fel", "buttons.login": "Logga in"},
        headers=HTML,
    )
    assert response.status_code == 200
    assert "Inloggningen misslyckades" in response.text
    assert "portalMessage" in response.text
    # The message does not wait for the next page.
    response = session.post(
        url,
        data={
            "__ac_name": "medarbetare",
            "__ac_password": "samverkan",
            "buttons.login": "Logga in",
        },
        headers=HTML,
    )
    assert "Inloggningen misslyckades" not in response.text


def test_show_toolbar_only_for_editing_roles(demo):
    roles = {
        role["name"]
        for role in demo.rolesOfPermission("Show Toolbar")
        if role["selected"] == "SELECTED"
    }
    assert "Authenticated" not in roles
    assert {"Manager", "Site Administrator", "KufHR", "KufSecretary"} <= roles
    assert not {"KufPartyRepresentative", "KufManager", "Member", "Owner"} & roles


def test_upgrade_1013_brings_the_look_to_a_1010_site(demo):
    setup = api.portal.get_tool("portal_setup")
    demo.manage_permission("Show Toolbar", ["Authenticated"], acquire=True)
    actions = api.portal.get_tool("portal_actions")
    actions.user.dashboard.visible = True
    api.portal.set_registry_record("plone.portal_timezone", "UTC")
    setup.setLastVersionForProfile("kuf.samportal:default", "1010")
    setup.upgradeProfile("kuf.samportal:default")
    assert setup.getLastVersionForProfile("kuf.samportal:default") == (metadata_version(),)
    assert "Authenticated" not in [
        r["name"] for r in demo.rolesOfPermission("Show Toolbar") if r["selected"]
    ]
    assert actions.user.dashboard.visible is False
    assert actions.user.preferences.url_expr.endswith('/@@personal-information"')
    assert api.portal.get_registry_record("plone.portal_timezone") == "Europe/Stockholm"


def test_rest_refusals_in_swedish(demo_portal, http):
    base = demo_portal.absolute_url()
    anonymous = http(None).get(f"{base}/arbetsmiljohandbok")
    assert anonymous.status_code == 401
    assert anonymous.json()["message"] == "Logga in för att nå den här resursen."
    # An employee may not change the handbook.
    employee = http("medarbetare").patch(f"{base}/arbetsmiljohandbok", json={"title": "x"})
    assert employee.status_code in (401, 403)
    assert employee.json()["message"] == "Du har inte behörighet till den här resursen."
    missing = http("medarbetare").get(f"{base}/finns-inte")
    assert missing.status_code == 404
    assert missing.json()["message"].startswith("Det finns ingenting på ")
    for answer in (anonymous, employee, missing):
        assert "not" not in answer.text.lower().split()
