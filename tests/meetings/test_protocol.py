""" "Skapa protokoll från dagordningen": the draft protocol's items, bilagor,
attendance and justering dates, the links, and what is refused."""

from datetime import date
from datetime import datetime
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings import questions
from kuf.samportal.meetings.protocol import create_protocol
from kuf.samportal.meetings.rules import protocol as protocol_rules
from kuf.samportal.meetings.rules.calendar import on_or_after_working_day
from plone import api
from tests.helpers import rest_url
from tests.meetings.conftest import add_handling
import transaction


def held_meeting(meeting):
    """The kallelse went out, DIK took a question in and Vision sent förhinder;
    the meeting is today."""
    for title in ("Underlag budget", "Underlag SAM", "Övrigt underlag"):
        add_handling(meeting, title)
    rows = meeting.agenda_rows()
    refs = {"Budget (2027)": "2", "SAM – uppföljning": "2, 1"}
    meeting.agenda = [{**row, "handlingar": refs.get(row["heading"], "")} for row in rows]
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
        cycle.send_kallelse(meeting)
    cycle.set_forhinder(meeting, "vision", True)
    meeting.meeting_date = date.today()


def test_the_protocol_is_drafted_from_the_agenda(svg, http):
    group, plan, meeting = svg
    held_meeting(meeting)
    transaction.commit()
    response = http("sekreterare").post(rest_url(meeting, "/@skapa-protokoll"))
    assert response.status_code == 201, response.text
    transaction.begin()
    protocol = group[response.json()["@id"].rsplit("/", 1)[-1]]
    assert protocol.getId() == f"protokoll-{date.today().isoformat()}"
    assert api.content.get_state(protocol) == "draft"
    assert [(i.label(), i.heading_with_kind()) for i in protocol.punkter()] == [
        ("1", "Föregående protokoll"),
        ("2", "Godkännande av dagordning"),
        ("3", "Verksamhetsfrågor"),
        ("3 a", "Samverkan: Budget (2027)"),
        ("4", "Arbetsmiljö och hälsa"),
        ("4 a", "Information: SAM – uppföljning"),
        ("5", "Övriga frågor"),
        ("5 a", "Anmäld fråga från DIK: Sociala medier"),
        ("6", "Nästa möte"),
    ]
    items = {i.label(): i for i in protocol.punkter()}
    assert items["5 a"].raised_by == "dik"
    assert "Inga övriga frågor anmäldes." in items["2"].body.raw
    # Bilagor in the order the items refer to them; references follow.
    assert [b.Title() for b in protocol.bilagor()] == [
        "Underlag SAM",
        "Underlag budget",
        "Övrigt underlag",
    ]
    number = {b.UID(): b.number for b in protocol.bilagor()}
    assert [number[uid] for uid in items["3 a"].bilagor] == [1]
    assert [number[uid] for uid in items["4 a"].bilagor] == [1, 2]
    assert protocol.bilagor()[0].file.data.startswith(b"%PDF")
    # Attendance from the invitations; the justering dates from the practice.
    assert "Peter Ek" in [row["name"] for row in protocol.absent]
    present = [row["name"] for row in protocol.present]
    assert {"Lena Sjöberg", "Anna Karlsson", "Eva Lindqvist"} <= set(present)
    sent_out, deadline, signing = protocol_rules.justering_proposal(
        date.today(), protocol_rules.Practice()
    )
    assert (protocol.sent_out, protocol.signing_date) == (sent_out, signing)
    assert protocol.comment_deadline.replace(tzinfo=None) == deadline
    assert protocol.sent_out == on_or_after_working_day(protocol.sent_out)
    assert protocol.secretary == "sekreterare"
    # Linked both ways; the meeting is closed.
    assert meeting.protocol(unrestricted=True) == protocol
    assert api.content.get_state(meeting) == "protokollfort"
    assert http("sekreterare").get(rest_url(protocol)).json()["mote"]["@id"] == (
        meeting.absolute_url()
    )
    page = http("sekreterare").get(protocol.absolute_url(), headers={"Accept": "text/html"})
    assert meeting.absolute_url() in page.text
    # Twice: refused, nothing more made.
    again = http("sekreterare").post(rest_url(meeting, "/@skapa-protokoll"))
    assert again.status_code == 409
    assert again.json()["error"]["messages"] == [
        "Protokollet har redan skapats från den här dagordningen."
    ]
    transaction.begin()
    assert len([o for o in group.objectValues() if o.portal_type == "Protokoll"]) == 1


def test_the_groups_practice_sets_the_justering_dates(svg_here):
    group, plan, meeting = svg_here
    group.justering_sent_days, group.justering_comment_days = 1, 1
    group.justering_signing_days = 14
    meeting.meeting_date = date(2025, 1, 13)  # a Monday; the protocol is made later
    with api.env.adopt_user(username="sekreterare"):
        protocol = create_protocol(meeting)
    assert protocol.sent_out == date(2025, 1, 14)
    assert protocol.comment_deadline.replace(tzinfo=None) == datetime(2025, 1, 14, 12, 0)
    assert protocol.signing_date == date(2025, 1, 27)
    # Nobody sent the kallelse through the portal: everyone invited is present.
    assert protocol.absent == []
    assert len(protocol.present) == len(cycle.members(group))
