"""Bad input in the meeting cycle: a clear Swedish message, nothing half-saved."""

from datetime import date
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings.protocol import create_protocol
from kuf.samportal.meetings.refusals import MeetingRefusal
from plone import api
import pytest
from tests.helpers import browser_as
from tests.helpers import rest_url
from tests.meetings.conftest import add_handling
import transaction
from zope.i18n import translate


def messages(response):
    return " ".join(str(e) for e in [response.json()])


def test_a_meeting_outside_the_arshjuls_year_is_refused(svg, http):
    group, plan, meeting = svg
    outside = date(plan.year + 1, 1, 15).isoformat()
    rows = [{"date": outside}]
    response = http("sekreterare").patch(rest_url(plan), json={"meetings": rows})
    assert response.status_code == 400
    assert f"Mötet {outside} ligger inte i årshjulets år {plan.year}." in messages(response)
    moved = http("sekreterare").patch(rest_url(meeting), json={"meeting_date": outside})
    assert moved.status_code == 400
    assert f"Mötet hör till årshjulet {plan.year}" in messages(moved)
    transaction.begin()
    assert plan.meetings[0]["date"] == meeting.meeting_date != date.fromisoformat(outside)


def test_the_meeting_form_says_what_is_wrong(svg, demo_app):
    group, plan, meeting = svg
    browser = browser_as(demo_app, "sekreterare")
    browser.open(meeting.absolute_url() + "/edit")
    browser.getControl(name="form.widgets.meeting_date").value = f"{plan.year + 1}-02-01"
    browser.getControl(name="form.buttons.save").click()
    assert f"Mötet hör till årshjulet {plan.year}" in browser.contents
    transaction.begin()
    assert meeting.meeting_date.year == plan.year


def test_an_agenda_item_referring_to_a_missing_handling(svg, http):
    group, plan, meeting = svg
    add_handling(meeting, "Underlag")
    transaction.commit()
    agenda = [
        {"heading": "Föregående protokoll"},
        {"heading": "Budget", "sub": True, "handlingar": "1, 4"},
    ]
    response = http("sekreterare").patch(rest_url(meeting), json={"agenda": agenda})
    assert response.status_code == 400
    assert "Punkt 1 a hänvisar till handling 4, som mötet inte har." in messages(response)
    transaction.begin()
    assert len(meeting.agenda_rows()) == 8
    # A handling removed after the agenda referred to it stops the protocol.
    meeting.agenda = [{**meeting.agenda_rows()[0], "handlingar": "1"}]
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=meeting["handling-1"], check_linkintegrity=False)
    meeting.meeting_date = date.today()
    transaction.commit()
    refused = http("sekreterare").post(rest_url(meeting, "/@skapa-protokoll"))
    assert refused.status_code == 400
    assert "Punkt 1 hänvisar till handling 1, som mötet inte har." in messages(refused)
    transaction.begin()
    assert [o for o in group.objectValues() if o.portal_type == "Protokoll"] == []
    assert api.content.get_state(meeting) == "planerat"


def test_a_protocol_before_the_meeting_or_twice(svg_here):
    group, plan, meeting = svg_here
    with api.env.adopt_user(username="sekreterare"):
        with pytest.raises(MeetingRefusal) as early:
            create_protocol(meeting)
        assert early.value.status == 400
        meeting.meeting_date = date.today()
        create_protocol(meeting)
        with pytest.raises(MeetingRefusal) as twice:
            create_protocol(meeting)
    assert twice.value.status == 409
    assert [translate(m, target_language="sv") for m in twice.value.messages] == [
        "Protokollet har redan skapats från den här dagordningen."
    ]
    with pytest.raises(MeetingRefusal), api.env.adopt_user(username="sekreterare"):
        cycle.send_kallelse(meeting)


def test_a_second_arshjul_for_the_same_year(svg, http):
    group, plan, meeting = svg
    response = http("sekreterare").post(
        rest_url(group), json={"@type": "Arshjul", "year": plan.year}
    )
    assert response.status_code == 400
    assert f"Gruppen har redan ett årshjul för {plan.year}." in messages(response)
    copied = http("sekreterare").post(rest_url(plan, "/@kopiera-till-nasta-ar"))
    assert copied.status_code == 201
    twice = http("sekreterare").post(rest_url(plan, "/@kopiera-till-nasta-ar"))
    assert twice.status_code == 409
    transaction.begin()
    assert len(cycle.plans(group)) == 2
