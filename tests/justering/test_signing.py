"""Signing: REST @sign and @justering, the sign button, fingerprints, finalize."""

from datetime import UTC
from datetime import datetime
from datetime import timedelta
from kuf.samportal.signatures import signatures
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.testing.zope import Browser
import pytest
import re
from tests.helpers import rest_url as rest
import transaction
from zoneinfo import ZoneInfo


JUSTERARE = ["arbetsgivare", "saco", "vision"]


@pytest.fixture
def justerare():
    return JUSTERARE


def test_a_justerare_signs_over_rest(in_justering, http):
    response = http("saco").post(rest(in_justering, "/@sign"))
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["review_state"] == "justering"
    assert data["signature"]["user_id"] == "saco"
    assert re.fullmatch(r"[0-9a-f]{64}", data["signature"]["fingerprint"])
    # Swedish time with its offset (issue 17), the same instant as stored
    signed_at = datetime.fromisoformat(data["signature"]["signed_at"])
    assert signed_at.utcoffset() == ZoneInfo("Europe/Stockholm").utcoffset(signed_at)
    assert abs(datetime.now(UTC) - signed_at) < timedelta(minutes=5)
    status = {j["user_id"]: j["signed"] for j in data["justerare"]}
    assert status == {"arbetsgivare": False, "saco": True, "vision": False}


@pytest.mark.parametrize(
    ("user", "status", "message"),
    [
        (None, 401, None),
        ("dik", 403, "Du är inte justerare för det här protokollet."),
        ("medarbetare", 401, None),
    ],
)
def test_only_justerare_sign(in_justering, http, user, status, message):
    response = http(user).post(rest(in_justering, "/@sign"))
    assert response.status_code == status
    if message:
        assert response.json()["error"]["message"] == message
    transaction.begin()
    assert signatures(in_justering) == {}


def test_signing_twice_is_refused(in_justering, http):
    session = http("vision")
    assert session.post(rest(in_justering, "/@sign")).status_code == 200
    again = session.post(rest(in_justering, "/@sign"))
    assert again.status_code == 409
    assert again.json()["error"]["message"] == "Du har redan signerat protokollet."
    transaction.begin()
    assert list(signatures(in_justering)) == ["vision"]


def test_signing_after_retract_is_refused(in_justering, http):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=in_justering, transition="retract", comment="Fel.")
    transaction.commit()
    # The employer side still sees the draft and is told why it cannot sign.
    response = http("arbetsgivare").post(rest(in_justering, "/@sign"))
    assert response.status_code == 412
    assert response.json()["error"]["message"] == "Protokollet är inte ute på justering."
    # A union representative no longer sees the draft at all.
    assert http("saco").post(rest(in_justering, "/@sign")).status_code == 401
    transaction.begin()
    assert signatures(in_justering) == {}


def test_signing_a_signed_protocol_is_refused(demo_portal, http):
    signed = demo_portal["samverkan"]["fvg"]["protokoll-2025-01-13"]
    response = http("saco").post(rest(signed, "/@sign"))
    assert response.status_code == 412


def test_the_last_signature_signs_the_protocol(in_justering, http):
    for user in JUSTERARE[:-1]:
        assert http(user).post(rest(in_justering, "/@sign")).json()["review_state"] == "justering"
    last = http(JUSTERARE[-1]).post(rest(in_justering, "/@sign")).json()
    assert last["review_state"] == "signed"
    transaction.begin()
    assert api.content.get_state(in_justering) == "signed"
    history = api.portal.get_tool("portal_workflow").getInfoFor(in_justering, "review_history")
    assert [entry["action"] for entry in history].count("finalize") == 1
    # A signed protocol is then readable by every employee.
    assert http("medarbetare").get(rest(in_justering)).status_code == 200


def test_justering_status_over_rest(in_justering, http):
    http("saco").post(rest(in_justering, "/@sign"))
    data = http("saco").get(rest(in_justering, "/@justering")).json()
    assert data["review_state"] == "justering"
    assert data["deadline"] == in_justering.schedule().comment_deadline.isoformat()
    assert data["schedule"]["signing_date"] == in_justering.signing_date.isoformat()
    by_user = {j["user_id"]: j for j in data["justerare"]}
    assert by_user["saco"]["fullname"] == "Karin Nyström"
    assert by_user["saco"]["party"] == "saco"
    assert by_user["saco"]["signed"] is True
    assert by_user["saco"]["signed_at"]
    assert by_user["vision"]["signed"] is False
    assert by_user["vision"]["signed_at"] is None
    assert data["open_synpunkter"] == 0


def test_changing_the_content_clears_signatures(in_justering, http):
    assert http("saco").post(rest(in_justering, "/@sign")).status_code == 200
    item = in_justering.punkter()[0]
    response = http("sekreterare").patch(
        rest(item), json={"heading": "Föregående protokoll (ändrad)"}
    )
    assert response.status_code == 204
    transaction.begin()
    assert signatures(in_justering) == {}
    history = api.portal.get_tool("portal_workflow").getInfoFor(in_justering, "review_history")
    assert history[-1]["action"] == "signatures_cleared"
    assert "Karin Nyström" in history[-1]["comments"]
    page = http("saco").get(in_justering.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Signaturer togs bort" in page
    # The justerare can sign the changed protocol again.
    assert http("saco").post(rest(in_justering, "/@sign")).status_code == 200


def test_a_change_that_leaves_the_content_alone_keeps_signatures(in_justering):
    from kuf.samportal.signing import sign
    from zope.lifecycleevent import modified

    with api.env.adopt_user(username="saco"):
        sign(in_justering, "saco")
    modified(in_justering)  # saved without a change of content
    with api.env.adopt_user(username="vision"):
        api.content.create(
            container=in_justering, type="Synpunkt", id="s", text="Stavfel i punkt 2."
        )
    assert "saco" in signatures(in_justering)
    item = in_justering.punkter()[1]
    item.body = RichTextValue("<p>Ny text.</p>", "text/html", "text/x-html-safe")
    modified(item)
    assert signatures(in_justering) == {}


def test_the_sign_button(in_justering, demo_app):
    browser = Browser(demo_app)
    browser.handleErrors = False
    browser.addHeader("Authorization", "Basic arbetsgivare:samverkan")
    browser.open(in_justering.absolute_url())
    assert "Du är justerare för det här protokollet." in browser.contents
    browser.getControl("Signera protokollet").click()
    browser.getControl("Jag har läst protokollet och signerar det").selected = True
    browser.getControl("Signera protokollet").click()
    assert "Du har signerat protokollet." in browser.contents
    assert "Signera protokollet" not in browser.contents
    transaction.begin()
    assert list(signatures(in_justering)) == ["arbetsgivare"]


def test_non_justerare_get_no_sign_button(in_justering, http):
    page = http("dik").get(in_justering.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Signera protokollet" not in page
