"""Bad input gets a clear Swedish message and nothing is saved (REST and forms)."""

from plone import api
from plone.namedfile.file import NamedBlobFile
import pytest
from tests.helpers import browser_as
import transaction


@pytest.fixture
def draft(demo_portal, make_group, make_protocol):
    group = make_group(demo_portal["samverkan"], ["arbetsgivaren", "dik", "vision"])
    protocol = make_protocol(group, id="utkast", justerare=["dik"])
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=protocol,
            type="Bilaga",
            id="bilaga",
            title="Årshjul",
            file=NamedBlobFile(b"x", filename="a.txt"),
        )
    transaction.commit()
    return protocol


def rest(protocol):
    portal_url = api.portal.get().absolute_url()
    return protocol.absolute_url().replace(portal_url, portal_url + "/++api++")


def messages(response):
    body = response.json()
    if isinstance(body.get("message"), str):
        return body["message"]
    return " ".join(str(error.get("message")) for error in body.get("message", body))


PROTOCOL_CASES = [
    (
        {"start_time": "10:00", "end_time": "09:00"},
        "Mötet måste sluta efter att det har börjat.",
    ),
    (
        {"sent_out": "2030-05-10", "comment_deadline": "2030-05-09T12:00:00"},
        "Sista dag för synpunkter kan inte ligga före datumet då protokollet skickas ut.",
    ),
    (
        {"justerare": ["saco"]},
        "saco är inte medlem i någon part som deltar i gruppen.",
    ),
    (
        {"justerare": ["dik", "dik"]},
        "Samma person är angiven som justerare två gånger.",
    ),
]


@pytest.mark.parametrize(("change", "message"), PROTOCOL_CASES, ids=lambda v: str(v)[:30])
def test_protocol_bad_input_over_rest(draft, http, change, message):
    before = {name: getattr(draft, name) for name in change}
    response = http("sekreterare").patch(rest(draft), json=change)
    assert response.status_code == 400, response.text
    assert message in messages(response)
    transaction.begin()
    assert {name: getattr(draft, name) for name in change} == before


ITEM_CASES = [
    ({"number": 1, "heading": "Dubblett"}, "Protokollet har redan en punkt 1."),
    ({"number": 20, "letter": "A", "heading": "Fel bokstav"}, "Bokstaven ska vara en liten"),
    (
        {"number": 20, "heading": "Hänvisning", "bilagor": ["finns-inte"]},
        "En punkt kan bara hänvisa till bilagor i sitt eget protokoll.",
    ),
]


@pytest.mark.parametrize(("data", "message"), ITEM_CASES, ids=["duplicate", "letter", "bilaga"])
def test_item_bad_input_over_rest(draft, http, data, message):
    count = len(draft.punkter())
    response = http("sekreterare").post(rest(draft), json={"@type": "Protokollspunkt", **data})
    assert response.status_code == 400, response.text
    assert message in messages(response)
    transaction.begin()
    assert len(draft.punkter()) == count


def test_send_to_justering_over_rest_says_why(draft, http):
    with api.env.adopt_roles(["Manager"]):
        draft.justerare = []
    transaction.commit()
    response = http("sekreterare").post(rest(draft) + "/@workflow/send_to_justering")
    assert response.status_code == 400
    assert response.json()["error"]["blockers"] == ["Ange minst en justerare."]
    transaction.begin()
    assert api.content.get_state(draft) == "draft"


def test_retract_over_rest_needs_a_reason(draft, http):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=draft, transition="send_to_justering")
    transaction.commit()
    session = http("sekreterare")
    refused = session.post(rest(draft) + "/@workflow/retract", json={})
    assert refused.status_code == 400
    assert "Ange varför protokollet dras tillbaka" in refused.json()["error"]["message"]
    transaction.begin()
    assert api.content.get_state(draft) == "justering"
    done = session.post(rest(draft) + "/@workflow/retract", json={"comment": "Fel bilaga."})
    assert done.status_code == 200
    transaction.begin()
    assert api.content.get_state(draft) == "draft"


def test_duplicate_item_in_the_classic_form(draft, demo_app):
    browser = browser_as(demo_app, "sekreterare")
    browser.open(draft.absolute_url() + "/++add++Protokollspunkt")
    browser.getControl(name="form.widgets.number").value = "2"
    browser.getControl(name="form.widgets.heading").value = "Dubblett"
    browser.getControl(name="form.buttons.save").click()
    assert "Protokollet har redan en punkt 2." in browser.contents
    transaction.begin()
    assert [item.heading for item in draft.punkter()] == [
        "Föregående protokoll",
        "Godkännande av dagordning",
    ]


def test_end_before_start_in_the_classic_form(draft, demo_app):
    browser = browser_as(demo_app, "sekreterare")
    browser.open(draft.absolute_url() + "/edit")
    browser.getControl(name="form.widgets.start_time").value = "11:00"
    browser.getControl(name="form.widgets.end_time").value = "10:00"
    browser.getControl(name="form.buttons.save").click()
    assert "Mötet måste sluta efter att det har börjat." in browser.contents
    transaction.begin()
    assert draft.end_time.hour == 10
    assert draft.end_time.minute == 30


def test_retract_form_requires_a_reason(draft, demo_app):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=draft, transition="send_to_justering")
    transaction.commit()
    browser = browser_as(demo_app, "sekreterare")
    browser.open(draft.absolute_url() + "/@@dra-tillbaka")
    browser.getControl(name="form.buttons.retract").click()
    assert "Obligatorisk" in browser.contents or "krävs" in browser.contents
    transaction.begin()
    assert api.content.get_state(draft) == "justering"
    browser.getControl(name="form.widgets.reason").value = "Fel datum."
    browser.getControl(name="form.buttons.retract").click()
    transaction.begin()
    assert api.content.get_state(draft) == "draft"
    assert "Protokollet är ett utkast igen." in browser.contents


def test_justerare_outside_the_group_in_the_classic_add_form(draft, demo_app):
    group = draft.aq_parent
    count = len(group.objectIds())
    browser = browser_as(demo_app, "sekreterare")
    browser.open(group.absolute_url() + "/++add++Protokoll")
    browser.getControl(name="form.widgets.meeting_date").value = "2030-03-02"
    browser.getControl(name="form.widgets.justerare").value = "saco"
    browser.getControl(name="form.buttons.save").click()
    assert "saco är inte medlem i någon part som deltar i gruppen." in browser.contents
    transaction.begin()
    assert len(group.objectIds()) == count
