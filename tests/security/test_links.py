"""Item 10 of issue 11: no script links. Every link field (a routine's legal
basis links, an agreement's contact e-mail, Plone's Link) refuses
javascript:, data:, vbscript: and every scheme but http(s) and mailto, in
any spelling, over REST and in the Classic forms, in Swedish; and a bad link
stored before this check is never rendered as href."""

from plone import api
import pytest
import re
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


SCRIPT_LINKS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "javascript&#58;alert(1)",
    "&#106;avascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "\u200bjavascript:alert(1)",
]
GOOD_LINKS = ["https://www.av.se/arbetsmiljoarbete/", "http://lagen.nu/2008:567", "mailto:hr@x.se"]
MESSAGE = "http://, https:// eller mailto:"


@pytest.fixture
def routine(demo_portal):
    return demo_portal["arbetsmiljohandbok"]["arlig-uppfoljning-sam-och-aktiva-atgarder"]


def test_rest_refuses_script_links_in_legal_basis(routine, http):
    hr = http("hr")
    before = list(routine.legal_basis)
    for link in SCRIPT_LINKS:
        response = hr.patch(
            rest_url(routine), json={"legal_basis": [{"reference": "AFS 2023:1", "link": link}]}
        )
        assert response.status_code == 400, (link, response.text)
        assert MESSAGE in response.json()["message"], link
        assert "Lagstöd" in response.json()["message"]  # the field, by its Swedish name
    transaction.begin()
    assert routine.legal_basis == before
    for link in GOOD_LINKS:
        response = hr.patch(
            rest_url(routine), json={"legal_basis": [{"reference": "AFS 2023:1", "link": link}]}
        )
        assert response.status_code == 204, (link, response.text)


def test_rest_refuses_script_e_mail_addresses_of_contacts(demo_portal, http):
    feelgood = demo_portal["avtal"]["feelgood"]
    hr = http("hr")
    for email in ("javascript:alert(1)//@x.se", "a@b.se?body=<script>", "x"):
        response = hr.patch(
            rest_url(feelgood), json={"contacts": [{"name": "Kim", "email": email}]}
        )
        assert response.status_code == 400, (email, response.text)
        assert "e-postadress" in response.json()["message"]
    ok = hr.patch(rest_url(feelgood), json={"contacts": [{"name": "Kim", "email": "kim@x.se"}]})
    assert ok.status_code == 204, ok.text


def test_rest_refuses_script_links_in_a_plone_link(demo_portal, http):
    handbook = demo_portal["arbetsmiljohandbok"]
    hr = http("hr")
    for link in SCRIPT_LINKS[:3] + SCRIPT_LINKS[6:8]:
        response = hr.post(
            rest_url(handbook), json={"@type": "Link", "title": "Länk", "remoteUrl": link}
        )
        assert response.status_code == 400, (link, response.text)
        assert MESSAGE in response.json()["message"]
    for link in ("${portal_url}/resolveuid/abc", "https://www.av.se"):
        response = hr.post(
            rest_url(handbook), json={"@type": "Link", "title": "Länk", "remoteUrl": link}
        )
        assert response.status_code == 201, (link, response.text)


def test_classic_forms_refuse_script_links(routine, demo_portal, demo_app):
    browser = browser_as(demo_app, "hr")
    browser.open(routine.absolute_url() + "/edit")
    browser.getControl(name="form.widgets.legal_basis.0.widgets.link").value = SCRIPT_LINKS[1]
    browser.getControl(name="form.buttons.save").click()
    assert MESSAGE in browser.contents
    browser.open(demo_portal["arbetsmiljohandbok"].absolute_url() + "/++add++Link")
    browser.getControl(name="form.widgets.IDublinCore.title").value = "Länk"
    browser.getControl(name="form.widgets.remoteUrl.external").value = SCRIPT_LINKS[0]
    browser.getControl(name="form.buttons.save").click()
    assert MESSAGE in browser.contents
    transaction.begin()
    assert routine.legal_basis[0]["link"] is None
    assert [
        o for o in demo_portal["arbetsmiljohandbok"].objectValues() if o.portal_type == "Link"
    ] == []


def test_links_stored_before_the_check_are_not_rendered_as_href(routine, demo_portal, http):
    feelgood = demo_portal["avtal"]["feelgood"]
    with api.env.adopt_roles(["Manager"]):
        routine.legal_basis = [{"reference": "AFS 2023:1", "link": "javascript:alert(1)"}]
        feelgood.contacts = [
            {"name": "Kim", "role": None, "phone": None, "email": "javascript:alert(1)//@x"}
        ]
    transaction.commit()
    hr = http("hr")
    page = hr.get(routine.absolute_url(), headers={"Accept": "text/html"}).text
    assert "AFS 2023:1" in page
    assert not re.search(r"href=[\"']\s*javascript", page, flags=re.I)
    page = hr.get(feelgood.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Kim" in page
    assert "mailto:javascript" not in page
