"""Item 14 of issue 11: a REST write carried by the login cookie alone must
be JSON from the portal's own pages (Origin or Referer of the portal);
writes with an Authorization header (Basic, JWT) are unchanged."""

import json
from plone import api
import pytest
import requests
from tests.helpers import rest_url
import transaction


@pytest.fixture
def protocol(demo_portal, make_protocol):
    protocol = make_protocol(demo_portal["samverkan"]["fvg"], id="csrf", justerare=["saco"])
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    transaction.commit()
    return protocol


def cookie_session(portal, user):
    """Logged in through the Classic login form: only the __ac cookie."""
    session = requests.Session()
    session.post(
        portal.absolute_url() + "/login_form",
        data={
            "__ac_name": user,
            "__ac_password": "samverkan",
            "came_from": "",
            "form.submitted": "1",
            "buttons.login": "Logga in",
        },
    )
    assert "__ac" in session.cookies, "the login form did not set the cookie"
    return session


def test_foreign_cookie_writes_are_refused(protocol, demo_portal):
    portal_url = demo_portal.absolute_url()
    own = portal_url.split("/plone")[0]
    session = cookie_session(demo_portal, "sekreterare")
    body = json.dumps({"place": "Angriparens plats"})
    for headers in [
        {"Content-Type": "text/plain", "Origin": "http://evil.example"},
        {"Content-Type": "text/plain"},
        {"Content-Type": "text/plain", "Origin": own},
        {"Content-Type": "application/x-www-form-urlencoded", "Origin": own},
        {"Content-Type": "application/json", "Origin": "http://evil.example"},
        {"Content-Type": "application/json", "Origin": own + ".evil.example"},
        {"Content-Type": "application/json", "Referer": "http://evil.example/x"},
        {"Content-Type": "application/json"},
    ]:
        response = session.patch(
            rest_url(protocol), data=body, headers={**headers, "Accept": "application/json"}
        )
        assert response.status_code == 403, (headers, response.status_code)
        assert "inloggningskakan" in response.json()["message"]
    # Without ++api++, Accept: application/json makes it a REST request too.
    response = session.patch(
        protocol.absolute_url(),
        data=body,
        headers={"Content-Type": "text/plain", "Accept": "application/json"},
    )
    assert response.status_code == 403
    synpunkt = session.post(
        rest_url(protocol, "/@synpunkter"),
        data=json.dumps({"text": "CSRF"}),
        headers={"Content-Type": "text/plain", "Origin": "http://evil.example"},
    )
    assert synpunkt.status_code == 403
    deleted = session.delete(
        rest_url(protocol),
        headers={"Origin": "http://evil.example", "Accept": "application/json"},
    )
    assert deleted.status_code == 403
    transaction.begin()
    assert protocol.place == "Askebykroken"
    assert protocol.synpunkter() == []
    assert "csrf" in protocol.aq_parent.objectIds()


def test_the_portals_own_pages_and_header_clients_still_write(protocol, demo_portal, http):
    own = demo_portal.absolute_url().split("/plone")[0]
    session = cookie_session(demo_portal, "sekreterare")
    same_site = {"Accept": "application/json", "Origin": own}
    response = session.patch(rest_url(protocol), json={"place": "Sal A"}, headers=same_site)
    assert response.status_code == 204, response.text
    referer = {"Accept": "application/json", "Referer": protocol.absolute_url() + "/edit"}
    response = session.patch(rest_url(protocol), json={"place": "Sal B"}, headers=referer)
    assert response.status_code == 204, response.text
    # Basic auth: any Content-Type and Origin, as before.
    basic = http("sekreterare").patch(
        rest_url(protocol),
        data=json.dumps({"place": "Sal C"}),
        headers={
            "Content-Type": "text/plain",
            "Origin": "http://evil.example",
            "Accept": "application/json",
        },
    )
    assert basic.status_code == 204, basic.text
    # JWT from @login.
    token = (
        http(None)
        .post(
            demo_portal.absolute_url() + "/++api++/@login",
            json={"login": "sekreterare", "password": "samverkan"},
        )
        .json()["token"]
    )
    jwt = requests.patch(
        rest_url(protocol),
        json={"place": "Sal D"},
        headers={
            "Authorization": f"Bearer {token}",
            "Origin": "http://evil.example",
            "Accept": "application/json",
        },
    )
    assert jwt.status_code == 204, jwt.text
    transaction.begin()
    assert protocol.place == "Sal D"
