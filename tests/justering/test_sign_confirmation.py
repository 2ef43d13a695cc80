"""Signing in the Classic UI takes two steps: the confirmation page shows
what is signed, and only the confirmed POST (CSRF token, box ticked, the
fingerprint that was shown) signs. REST POST @sign stays one step."""

from kuf.samportal.signatures import signatures
from kuf.samportal.signing import content_fingerprint
from plone import api
import pytest
from tests.helpers import browser_as
from tests.helpers import csrf_token
import transaction


HTML = {"Accept": "text/html"}


@pytest.fixture
def justerare():
    return ["arbetsgivare", "saco"]


def url(protocol):
    return protocol.absolute_url() + "/@@signera"


def test_the_confirmation_page_shows_what_is_signed_and_signs_nothing(in_justering, http):
    fingerprint = content_fingerprint(in_justering)
    page = http("saco").get(url(in_justering), headers=HTML)
    assert page.status_code == 200
    text = page.text
    assert "Jag har läst protokollet och signerar det" in text
    assert fingerprint in text
    assert f"{len(in_justering.punkter())} punkter" in text  # the group's standing items
    assert "0 bilagor" in text
    assert in_justering.Title() in text
    assert "Det finns inga öppna synpunkter." in text
    transaction.begin()
    assert signatures(in_justering) == {}


UNCONFIRMED = {
    "nothing": {},
    "no token": {"bekraftar": "1"},
    "box not ticked": {"token": True},
    "another content": {"token": True, "bekraftar": "1", "fingerprint": "0" * 64},
}


def test_an_unconfirmed_post_signs_nothing(in_justering, http):
    session = http("saco")
    for case, form in UNCONFIRMED.items():
        form = dict(form)
        data = {"fingerprint": content_fingerprint(in_justering)}
        if form.pop("token", False):
            data["_authenticator"] = csrf_token("saco")
        data.update(form)
        response = session.post(url(in_justering), data=data, headers=HTML)
        assert response.status_code in (400, 403), case
        transaction.begin()
        assert signatures(in_justering) == {}, case


def test_only_the_confirmed_post_signs(in_justering, http):
    data = {
        "_authenticator": csrf_token("saco"),
        "fingerprint": content_fingerprint(in_justering),
    }
    session = http("saco")
    refused = session.post(url(in_justering), data=data, headers=HTML)
    assert refused.status_code == 400
    assert "Kryssa i ”Jag har läst protokollet och signerar det”" in refused.text
    transaction.begin()
    assert signatures(in_justering) == {}
    data["bekraftar"] = "1"
    response = session.post(url(in_justering), data=data, headers=HTML)
    assert response.status_code == 200
    assert "Du har signerat protokollet." in response.text
    transaction.begin()
    assert list(signatures(in_justering)) == ["saco"]


def test_open_synpunkter_are_shown_with_a_link(in_justering, demo_app):
    item = in_justering.punkter()[1]
    with api.env.adopt_user(username="vision"):
        api.content.create(
            container=in_justering, type="Synpunkt", id="s", text="Stavfel.", punkt=item.UID()
        )
    transaction.commit()
    browser = browser_as(demo_app, "saco")
    browser.open(url(in_justering))
    assert "Öppna synpunkter" in browser.contents
    assert "Stavfel." in browser.contents
    assert f'href="{in_justering.absolute_url()}#punkt-2"' in browser.contents


def test_the_sign_button_leads_to_the_confirmation(in_justering, demo_app):
    browser = browser_as(demo_app, "arbetsgivare")
    browser.open(in_justering.absolute_url())
    browser.getControl("Signera protokollet").click()
    assert browser.url.startswith(url(in_justering))
    transaction.begin()
    assert signatures(in_justering) == {}
    browser.getControl("Jag har läst protokollet och signerar det").selected = True
    browser.getControl("Signera protokollet").click()
    assert "Du har signerat protokollet." in browser.contents
    transaction.begin()
    assert list(signatures(in_justering)) == ["arbetsgivare"]


def test_someone_who_may_not_sign_gets_no_confirmation(in_justering, http):
    response = http("dik").get(url(in_justering), headers=HTML)
    assert "Jag har läst protokollet" not in response.text
    assert "Du är inte justerare för det här protokollet." in response.text
    transaction.begin()
    assert signatures(in_justering) == {}
