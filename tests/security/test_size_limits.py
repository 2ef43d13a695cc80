"""Item 13 of issue 11: every text has a size limit (README, "Security:
input"): refused in Swedish with the field's name before anything is
stored, over REST, in our services and in the Classic forms; bodies above
the request limit are refused whole."""

from plone import api
import pytest
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


@pytest.fixture
def protocol(demo_portal, make_protocol):
    protocol = make_protocol(demo_portal["samverkan"]["fvg"], id="storlek", justerare=["saco"])
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    transaction.commit()
    return protocol


def refused(response, status, *words):
    assert response.status_code == status, response.text[:300]
    body = response.json()
    message = body.get("message") or body.get("error", {}).get("message")
    for word in words:
        assert word in message, (word, message)


def test_a_20_mb_place_is_refused_before_it_is_stored(protocol, http):
    response = http("sekreterare").patch(rest_url(protocol), json={"place": "x" * 20_000_000})
    refused(response, 400, "Plats: högst 1 000 tecken")
    transaction.begin()
    assert protocol.place == "Askebykroken"


def test_every_kind_of_text_has_its_limit_over_rest(protocol, http):
    session = http("sekreterare")
    for body, message in [
        ({"place": "x" * 1001}, "Plats: högst 1 000 tecken (här finns 1001)."),
        ({"present": [{"name": "x" * 1001}]}, "Närvarande, rad 1, Namn: högst 1 000 tecken"),
        ({"present": [{"name": "N"}] * 501}, "Närvarande: högst 500 rader."),
        ({"next_meeting_place": "x" * 1001}, "högst 1 000 tecken"),
    ]:
        refused(session.patch(rest_url(protocol), json=body), 400, message)
    item = protocol.punkter()[0]
    body = {"body": {"data": "<p>" + "x" * 300_001 + "</p>", "content-type": "text/html"}}
    refused(session.patch(rest_url(item), json=body), 400, "högst 300 000 tecken")
    transaction.begin()
    assert protocol.present == []


def test_our_services_limit_their_texts(protocol, demo_portal, http):
    feelgood = demo_portal["avtal"]["feelgood"]
    followup = demo_portal["uppfoljning"]["kulturforvaltningen"]["stadsbiblioteket"][
        "kungsholmen-och-norrmalm"
    ]["2026-sam"]
    first = followup.checklist().question_ids()[0]
    long_text = "x" * 20_001
    refused(
        http("saco").post(rest_url(protocol, "/@synpunkter"), json={"text": long_text}),
        400,
        "Synpunkt: högst 20 000 tecken",
    )
    refused(
        http("medarbetare").post(
            rest_url(feelgood, "/@avvikelser"),
            json={"kategori": "bemotande", "beskrivning": long_text},
        ),
        400,
        "Vad som hänt: högst 20 000 tecken",
    )
    refused(
        http("chef").patch(
            rest_url(followup, "/@svar"),
            json={"svar": {first: {"svar": "instammer_helt", "analys": long_text}}},
        ),
        400,
        "Analys: högst 20 000 tecken",
    )
    too_large = http("hr").post(
        rest_url(feelgood, "/@anvandning"), json={"ar": 2026, "csv": "x" * 2_100_000}
    )
    assert too_large.status_code == 400
    assert too_large.json()["error"]["rows"] == ["Filen är för stor (högst 2 MB)."]
    refused(
        http("saco").post(rest_url(protocol, "/@synpunkter"), json={"text": "x" * 4_200_000}),
        413,
        "Begäran är för stor (högst 4 MB).",
    )
    transaction.begin()
    assert protocol.synpunkter() == []
    assert followup.answers.get(first, {}).get("analys", "") != long_text


def test_classic_forms_refuse_over_long_texts(protocol, demo_app):
    browser = browser_as(demo_app, "sekreterare")
    browser.open(protocol.absolute_url() + "/edit")
    browser.getControl(name="form.widgets.place").value = "x" * 1001
    browser.getControl(name="form.buttons.save").click()
    assert "Plats" in browser.contents
    assert "Värdet är för långt." in browser.contents
    transaction.begin()
    assert protocol.place == "Askebykroken"
