"""The protocol drafted from the dagordning after the meeting, and the links
between the two."""

from datetime import date
from kuf.samportal import _
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings.content.practice import practice_of
from kuf.samportal.meetings.refusals import MANAGE_MEETING
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.meetings.rules import protocol as rules
from kuf.samportal.workflow.guards import system_transition
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from Products.CMFCore.utils import _checkPermission


ADD_PROTOCOL = "kuf.samportal: Add Protokoll"
APPROVING_THE_AGENDA = "godkännande av dagordning"


def already_made(meeting) -> bool:
    return meeting.protocol(unrestricted=True) is not None or meeting.state() == "protokollfort"


def protocol_blockers(meeting, today=None) -> list:
    """Why no protocol can be made from the meeting now; empty when it can."""
    today = today or date.today()
    if already_made(meeting):
        return [cycle.PROTOCOL_MADE]
    blockers = []
    if meeting.meeting_date and meeting.meeting_date > today:
        blockers.append(
            _(
                "error_protocol_before_meeting",
                default="The protocol is made from the day of the meeting, ${date}.",
                mapping={"date": meeting.meeting_date.isoformat()},
            )
        )
    if not meeting.agenda_rows():
        blockers.append(_("error_agenda_empty", default="The agenda has no items."))
    return blockers + meeting.agenda_problems()


def create_protocol(meeting, today=None):
    """A draft protocol from the dagordning: its items and sub-items (kind,
    heading, raised by), the handlingar as bilagor in the order the items
    refer to them, the attendance from the invitations, the justering dates
    from the group's practice and the next meeting. Everything is checked
    before anything is made."""
    if already_made(meeting):
        raise MeetingRefusal([cycle.PROTOCOL_MADE], status=409)
    cycle.require(MANAGE_MEETING, meeting)
    group = meeting.group()
    cycle.require(ADD_PROTOCOL, group)
    blockers = protocol_blockers(meeting, today)
    if blockers:
        raise MeetingRefusal(blockers)
    present, absent = rules.attendance(cycle.invitations(meeting))
    sent_out, deadline, signing = rules.justering_proposal(meeting.meeting_date, practice_of(group))
    with api.env.adopt_roles(["Manager"]):
        protocol = api.content.create(
            container=group,
            type="Protokoll",
            id=cycle.free_id(group, f"protokoll-{meeting.meeting_date.isoformat()}"),
            meeting_date=meeting.meeting_date,
            start_time=meeting.start_time,
            end_time=meeting.end_time,
            place=meeting.place,
            present=present,
            absent=absent,
            adjunct=[],
            sent_out=sent_out,
            comment_deadline=deadline,
            signing_date=signing,
            secretary=group.secretary,
            justerare=[],
            **next_meeting(meeting),
        )
        api.content.delete(objects=protocol.punkter())  # the standing items
        bilagor = add_bilagor(protocol, meeting)
        add_items(protocol, meeting, bilagor)
    meeting.protocol_uid = protocol.UID()
    with system_transition():
        api.content.transition(obj=meeting, transition="skapa_protokoll")
    meeting.reindexObject()
    return protocol


def next_meeting(meeting) -> dict:
    later = [m for m in cycle.meetings_of(meeting.group()) if m.meeting_date > meeting.meeting_date]
    if not later:
        return {}
    following = later[0]
    return {
        "next_meeting_date": following.meeting_date,
        "next_meeting_time": following.start_time,
        "next_meeting_place": following.place,
    }


def add_bilagor(protocol, meeting) -> dict:
    """Handling number -> the UID of the Bilaga made from it."""
    handlingar = {h.number: h for h in meeting.handlingar()}
    made = {}
    for index, number in enumerate(
        agenda_rules.handling_order(meeting.agenda_rows(), list(handlingar)), start=1
    ):
        handling = handlingar[number]
        bilaga = api.content.create(
            container=protocol,
            type="Bilaga",
            id=f"bilaga-{index}",
            title=handling.Title(),
            file=NamedBlobFile(
                handling.file.data,
                contentType=handling.file.contentType,
                filename=handling.file.filename,
            ),
        )
        made[number] = bilaga.UID()
    return made


def add_items(protocol, meeting, bilagor):
    late = late_questions(meeting)
    for (number, letter), row in zip(
        agenda_rules.labels(meeting.agenda_rows()), meeting.agenda_rows(), strict=True
    ):
        refs, _ok = agenda_rules.parse_refs(row.get("handlingar"))
        body = None
        if not letter and agenda_rules.normalised(row.get("heading")) == APPROVING_THE_AGENDA:
            body = RichTextValue(approval_text(late), "text/html", "text/x-html-safe")
        api.content.create(
            container=protocol,
            type="Protokollspunkt",
            id=f"punkt-{number}{letter}",
            number=number,
            letter=letter,
            kind=row.get("kind"),
            heading=row.get("heading"),
            raised_by=row.get("raised_by"),
            body=body,
            bilagor=[bilagor[n] for n in refs if n in bilagor],
        )


def late_questions(meeting):
    return [
        q
        for q in meeting.fragor()
        if q.late and api.content.get_state(q, default=None) == "accepterad"
    ]


def approval_text(late) -> str:
    """Item "Godkännande av dagordning" as the seed writes it."""
    if not late:
        return "<p>Inga övriga frågor anmäldes.</p>"
    listed = "; ".join(f"{q.heading} ({q.party_title()})" for q in late)
    return f"<p>Övriga frågor anmäldes: {listed}.</p>"


def meeting_of(protocol):
    """The meeting a protocol was made from (or linked to), if the user may
    see it. The link is kept on the meeting only: a signed protocol is a
    record and is never written to, not even to link it."""
    if not IProtokoll.providedBy(protocol):
        return None
    catalog = api.portal.get_tool("portal_catalog")
    uid = protocol.UID()
    if "kuf_mote_protokoll" not in catalog._catalog.indexes:  # before upgrade 1015
        linked = [m for m in cycle.meetings_of(protocol.aq_parent) if m.protocol_uid == uid]
    else:
        group = "/".join(protocol.aq_parent.getPhysicalPath())
        # A copy of the group holds copies of its meetings: only its own.
        linked = [
            brain._unrestrictedGetObject()
            for brain in catalog.unrestrictedSearchResults(kuf_mote_protokoll=uid)
            if brain.getPath().rpartition("/")[0] == group
        ]
    if linked:
        return linked[0] if _checkPermission("View", linked[0]) else None
    return None


def link(meeting, protocol):
    """Link a protocol made elsewhere (an imported record) to its meeting."""
    meeting.protocol_uid = protocol.UID()
    if meeting.state() != "protokollfort":
        with system_transition():
            api.content.transition(obj=meeting, transition="skapa_protokoll")
    meeting.reindexObject()
