"""Synpunkter: who gives them, until when, how the secretary handles them,
and that ordinary employees never read them (also after signing)."""

from datetime import datetime
from datetime import timedelta
from kuf.samportal.demo.protocols import import_as_signed
from plone import api
from plone.testing.zope import Browser
import pytest
from tests.helpers import rest_url as rest
import transaction


def give(http, user, protocol, **data):
    return http(user).post(rest(protocol, "/@synpunkter"), json=data)


@pytest.mark.parametrize("user", ["saco", "dik", "arbetsgivare", "sekreterare"])
def test_group_members_give_synpunkter(in_justering, http, user):
    item = in_justering.punkter()[3]
    response = give(http, user, in_justering, text="Lägg till Sacos fråga.", punkt=item.UID())
    assert response.status_code == 201, response.text
    assert response.json()["punkt"] == item.UID()
    transaction.begin()
    assert [s.text for s in in_justering.synpunkter()] == ["Lägg till Sacos fråga."]
    assert in_justering.synpunkter()[0].Creator() == user


@pytest.mark.parametrize(
    ("user", "status", "message"),
    [
        ("medarbetare", 401, None),
        ("hr", 401, None),
        (None, 401, None),
    ],
)
def test_others_cannot_give_synpunkter(in_justering, http, user, status, message):
    assert give(http, user, in_justering, text="Hej").status_code == status
    transaction.begin()
    assert in_justering.synpunkter() == []


def test_empty_synpunkt_is_refused(in_justering, http):
    response = give(http, "saco", in_justering, text="   ")
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Skriv din synpunkt."
    transaction.begin()
    assert in_justering.synpunkter() == []


def test_synpunkt_after_the_deadline_is_refused(in_justering, http):
    with api.env.adopt_roles(["Manager"]):
        in_justering.comment_deadline = datetime.now() - timedelta(minutes=1)
        in_justering.sent_out = in_justering.comment_deadline.date()
    transaction.commit()
    response = give(http, "saco", in_justering, text="Sent påkommet.")
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith("Sista dag för synpunkter (")
    transaction.begin()
    assert in_justering.synpunkter() == []


def test_synpunkt_on_a_signed_protocol_is_refused(in_justering, http):
    import_as_signed(in_justering, in_justering.signing_date)
    transaction.commit()
    response = give(http, "saco", in_justering, text="För sent.")
    assert response.status_code == 412
    assert response.json()["error"]["message"] == (
        "Synpunkter kan bara lämnas medan protokollet är ute på justering."
    )
    # The standard REST add is refused too.
    standard = http("saco").post(rest(in_justering), json={"@type": "Synpunkt", "text": "x"})
    assert standard.status_code in (401, 403)
    transaction.begin()
    assert in_justering.synpunkter() == []


def test_synpunkt_on_an_item_of_another_protocol_is_refused(in_justering, http, demo_portal):
    other = demo_portal["samverkan"]["fvg"]["protokoll-pagaende-justering"].punkter()[0]
    response = give(http, "saco", in_justering, text="Fel punkt", punkt=other.UID())
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Punkten hör inte till det här protokollet."


def test_secretary_handles_a_synpunkt(in_justering, http):
    created = give(http, "saco", in_justering, text="Stavfel i punkt 2.").json()
    url = rest(in_justering) + "/" + created["@id"].rsplit("/", 1)[-1]
    no_answer = http("sekreterare").patch(url, json={"status": "accepted"})
    assert no_answer.status_code == 400
    assert "Svara på synpunkten när du hanterar den." in no_answer.json()["message"]
    done = http("sekreterare").patch(
        url, json={"status": "accepted", "answer": "Rättat i punkt 2."}
    )
    assert done.status_code == 204
    transaction.begin()
    synpunkt = in_justering.synpunkter()[0]
    assert (synpunkt.status, synpunkt.answer) == ("accepted", "Rättat i punkt 2.")
    data = http("saco").get(rest(in_justering, "/@justering")).json()
    assert data["open_synpunkter"] == 0


def test_commenters_cannot_handle_synpunkter(in_justering, http):
    created = give(http, "saco", in_justering, text="Min synpunkt.").json()
    url = rest(in_justering) + "/" + created["@id"].rsplit("/", 1)[-1]
    response = http("saco").patch(url, json={"status": "accepted", "answer": "Klart"})
    assert response.status_code in (401, 403)
    transaction.begin()
    assert in_justering.synpunkter()[0].status == "open"


def test_open_synpunkter_are_counted(in_justering, http):
    give(http, "saco", in_justering, text="En")
    give(http, "arbetsgivare", in_justering, text="Två")
    assert http("saco").get(rest(in_justering, "/@justering")).json()["open_synpunkter"] == 2


def test_employees_never_read_synpunkter(in_justering, http):
    created = give(http, "saco", in_justering, text="Hemlig synpunkt om bemanning.").json()
    transaction.begin()
    import_as_signed(in_justering, in_justering.signing_date)
    transaction.commit()
    employee = http("medarbetare")
    page = employee.get(in_justering.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Hemlig synpunkt om bemanning." not in page
    assert employee.get(rest(in_justering, "/@synpunkter")).json()["items"] == []
    portal_url = api.portal.get().absolute_url()
    direct = employee.get(created["@id"].replace(portal_url, portal_url + "/++api++"))
    assert direct.status_code == 401
    search = employee.get(
        api.portal.get().absolute_url() + "/++api++/@search",
        params={"portal_type": "Synpunkt"},
    ).json()
    assert search["items"] == []
    # The group still reads them after signing.
    member_page = http("dik").get(in_justering.absolute_url(), headers={"Accept": "text/html"})
    assert "Hemlig synpunkt om bemanning." in member_page.text
    assert "Historik" in member_page.text
    assert "Historik" not in page


def test_synpunkt_shown_under_its_item_with_the_answer(in_justering, http):
    item = in_justering.punkter()[1]
    give(http, "saco", in_justering, text="Fel datum.", punkt=item.UID())
    page = http("sekreterare").get(in_justering.absolute_url(), headers={"Accept": "text/html"})
    text = page.text
    item_at = text.find(f'id="punkt-{item.number}"')
    assert item_at < text.find("Fel datum.") < text.find(f'id="punkt-{item.number + 1}"')
    assert "Synpunkt från" in text
    assert "Hantera" in text


def test_synpunkt_form_after_the_deadline(in_justering, demo_app):
    browser = Browser(demo_app)
    browser.handleErrors = False
    browser.addHeader("Authorization", "Basic saco:samverkan")
    browser.open(in_justering.absolute_url() + "/++add++Synpunkt")
    with api.env.adopt_roles(["Manager"]):
        in_justering.comment_deadline = datetime.now() - timedelta(minutes=1)
        in_justering.sent_out = in_justering.comment_deadline.date()
    transaction.commit()
    browser.getControl(name="form.widgets.text").value = "Sent."
    browser.getControl(name="form.buttons.save").click()
    assert "Sista dag för synpunkter (" in browser.contents
    transaction.begin()
    assert in_justering.synpunkter() == []
