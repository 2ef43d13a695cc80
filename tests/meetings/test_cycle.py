"""The årshjul makes the group's meetings and their dagordning; the grid,
copying to next year, and the kallelse with its mail."""

from datetime import date
import io
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules import agenda as agenda_rules
from plone import api
from pypdf import PdfReader
import pytest
from tests.helpers import rest_url
from tests.justering.test_notifications import mails
from tests.meetings.conftest import add_handling
from tests.meetings.conftest import meeting_day
import transaction


def test_a_published_arshjul_makes_its_meetings_with_the_agenda(svg_here):
    group, plan, meeting = svg_here
    assert plan.getId() == f"arshjul-{meeting_day().year}"
    assert plan.Title() == f"Årshjul SVG {meeting_day().year}"
    assert meeting.getId() == f"mote-{meeting_day().isoformat()}"
    assert meeting.Title() == f"Möte SVG {meeting_day().isoformat()}"
    assert meeting.number_in_year() == 1
    assert api.content.get_state(meeting) == "planerat"
    assert cycle.agenda_lines(meeting) == [
        "1. Föregående protokoll",
        "2. Godkännande av dagordning",
        "3. Verksamhetsfrågor",
        "    a) Samverkan: Budget (2027)",
        "4. Arbetsmiljö och hälsa",
        "    a) Information: SAM – uppföljning",
        "5. Övriga frågor",
        "6. Nästa möte",
    ]


def test_a_draft_arshjul_makes_no_meetings_and_editing_moves_planned_ones(svg_here):
    group, plan, meeting = svg_here
    with api.env.adopt_roles(["Manager"]):
        draft = cycle.copy_to_next_year(plan)
    assert api.content.get_state(draft) == "private"
    assert len(cycle.meetings_of(group)) == 1
    assert draft.meetings[0]["date"].weekday() == meeting.meeting_date.weekday()
    assert draft.cell_rows() == plan.cell_rows()
    with pytest.raises(MeetingRefusal) as refused, api.env.adopt_roles(["Manager"]):
        cycle.copy_to_next_year(plan)
    assert refused.value.status == 409
    later = meeting.meeting_date.replace(day=min(meeting.meeting_date.day + 1, 28))
    plan.meetings = [{**plan.meetings[0], "date": later, "place": "Kulturhuset"}]
    with api.env.adopt_roles(["Manager"]):
        cycle.arshjul_changed(plan)
    assert (meeting.meeting_date, meeting.place) == (later, "Kulturhuset")


def test_the_grid_is_saved_whole_or_not_at_all_and_printed(svg, http):
    group, plan, meeting = svg
    url = rest_url(plan, "/@rutnat")
    bad = http("sekreterare").put(
        url,
        json={
            "celler": [
                {"tema": "t1", "mote": "m1", "satt": "samverkan"},
                {"tema": "t9", "mote": "m1", "satt": "information"},
            ]
        },
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["messages"] == [
        "En cell i rutnätet hänvisar till ett tema eller ett möte som årshjulet inte har."
    ]
    transaction.begin()
    assert plan.cell_rows()[0]["kind"] == "information"
    good = http("sekreterare").put(
        url, json={"celler": [{"tema": "t1", "mote": "m1", "satt": "forhandling"}]}
    )
    assert good.status_code == 200, good.text
    assert good.json()["rader"][0]["celler"] == [{"satt": "forhandling", "anteckning": ""}]
    assert good.json()["rader"][1]["celler"] == [None]
    assert http("dik").put(url, json={"celler": []}).status_code in (401, 403)
    assert http("medarbetare").get(url).status_code == 200  # the plan is published
    # The page and the PDF show the grid as saved.
    page = http("medarbetare").get(plan.absolute_url(), headers={"Accept": "text/html"})
    assert "SAM – uppföljning" in page.text
    assert "Förhandling" in page.text
    pdf = http("medarbetare").get(plan.absolute_url() + "/@@arshjul.pdf")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "SAM – uppföljning" in text
    assert "Förhandling" in text


def test_kallelse_mails_the_group_with_the_agenda(svg_here, mailhost):
    group, plan, meeting = svg_here
    with api.env.adopt_user(username="sekreterare"):
        cycle.send_kallelse(meeting)
    sent = mails(mailhost)
    assert {mail["to"] for mail in sent} == {
        f"{user}@kuf.example.org" for user in ("arbetsgivare", "dik", "vision", "sekreterare")
    }
    assert sent[0]["subject"] == f"Kallelse: SVG {meeting_day().isoformat()}, kl. 09:00–10:30"
    assert "    a) Information: SAM – uppföljning" in sent[0]["body"]
    assert meeting.absolute_url() in sent[0]["body"]
    assert api.content.get_state(meeting) == "kallat"


def test_kallelse_opens_the_agenda_to_the_group(svg, http):
    group, plan, meeting = svg
    add_handling(meeting, "Underlag SAM")
    meeting.agenda = [
        {**row, "handlingar": "1"} if row["heading"] == "SAM – uppföljning" else row
        for row in meeting.agenda_rows()
    ]
    transaction.commit()
    assert http("dik").get(rest_url(meeting)).status_code in (401, 403)
    assert http("dik").post(rest_url(meeting, "/@kallelse")).status_code in (401, 403)
    response = http("sekreterare").post(rest_url(meeting, "/@kallelse"))
    assert response.status_code == 200, response.text
    assert response.json()["review_state"] == "kallat"
    dik = http("dik").get(rest_url(meeting))
    assert dik.status_code == 200
    rows = dik.json()["dagordning_rader"]
    assert ("4 a", "Information: SAM – uppföljning", [1]) in [
        (r["label"], r["title"], r["handlingar"]) for r in rows
    ]
    assert [row["user_id"] for row in dik.json()["inbjudna"]].count("dik") == 1


def test_forhinder_becomes_the_protocols_forhinder(svg, http):
    group, plan, meeting = svg
    with api.env.adopt_user(username="sekreterare"):
        cycle.send_kallelse(meeting)
    transaction.commit()
    assert http("dik").post(rest_url(meeting, "/@forhinder"), json={"forhinder": True}).ok
    refused = http("saco").post(rest_url(meeting, "/@forhinder"), json={"forhinder": True})
    assert refused.status_code in (401, 403)
    transaction.begin()
    by_user = {row["user_id"]: row["forhinder"] for row in meeting.invitations}
    assert by_user["dik"] is True
    assert by_user["vision"] is False


def test_rebuilding_keeps_accepted_questions(svg_here):
    group, plan, meeting = svg_here
    from kuf.samportal.meetings import questions

    with api.env.adopt_user(username="dik"):
        question = questions.submit_question(
            meeting,
            api.user.get_current(),
            party="dik",
            heading="Sociala medier",
            text="Vilka riktlinjer gäller?",
            wanted_kind="information",
        )
    with api.env.adopt_user(username="sekreterare"):
        questions.accept_question(question, "item")
        meeting.agenda = [agenda_rules.row("Bara en punkt")]
        cycle.rebuild_agenda(meeting)
    labels = dict(agenda_rules.numbered(meeting.agenda_rows()))
    assert labels["5 a"]["heading"] == "Sociala medier"
    assert labels["5 a"]["raised_by"] == "dik"
    assert date.today() <= meeting.meeting_date


def test_a_copied_meeting_is_a_new_meeting(svg_here):
    group, plan, meeting = svg_here
    with api.env.adopt_user(username="sekreterare"):
        cycle.send_kallelse(meeting)
    meeting.protocol_uid = "någon-uid"
    with api.env.adopt_roles(["Manager"]):
        copy = api.content.copy(source=meeting, target=group, id="mote-kopia")
    assert api.content.get_state(copy) == "planerat"
    assert (copy.protocol_uid, copy.invitations, copy.kallelse_sent) == (None, None, None)
    assert copy.arshjul() is None
    assert meeting.protocol_uid == "någon-uid"
