"""Questions and written positions from the parties: received through the
group's form (collective.easyform) or ``POST <meeting>/@fragor``, taken
into the dagordning or answered by the secretary.

The rules are in ``rules/questions.py``; lateness is a choice written down
there and in the README.
"""

from datetime import date
from kuf.samportal import _
from kuf.samportal import parties
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings.refusals import MANAGE_MEETING
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.meetings.rules import questions as rules
from kuf.samportal.notifications import emails
from kuf.samportal.notifications import send
from kuf.samportal.workflow.guards import system_transition
from plone import api
from plone.namedfile.file import NamedBlobFile


def allowed_parties(group, user) -> list[str]:
    """The unions of the group the user may send questions for: their own;
    the group's secretary registers them for any union of the group (a
    question that came by e-mail)."""
    taking_part = set(group.parties or [])
    unions = [party for party in parties.UNIONS if party.id in taking_part]
    if user is None:
        return []
    if user.getId() == group.secretary:
        return [party.id for party in unions]
    member_of = set(user.getGroups())
    return [party.id for party in unions if party.group_id in member_of]


def submit_question(
    meeting,
    user,
    *,
    party,
    heading,
    text,
    wanted_kind,
    submission_kind="fraga",
    files=(),
    extra=None,
    today=None,
):
    """A new question on ``meeting`` from ``user`` for ``party``.

    ``files``: (filename, bytes, content type) of the attachments; ``extra``:
    answers to fields HR added to the form, kept in the text under their titles.
    """
    today = today or date.today()
    group = meeting.group()
    problems = rules.submission_problems(
        heading=heading,
        text=text,
        wanted_kind=wanted_kind,
        submission_kind=submission_kind,
        party=party,
        allowed_parties=allowed_parties(group, user),
        meeting_date=meeting.meeting_date,
        meeting_open=meeting.open_for_questions(),
        today=today,
    )
    files = [f for f in files or () if f and f[1]]
    if problems:
        raise MeetingRefusal(problems)
    body = text.strip()
    for label, value in (extra or {}).items():
        if value not in (None, ""):
            body += f"\n\n{label}: {value}"
    deadline = meeting.question_deadline()
    number = len(meeting.fragor()) + 1
    while f"fraga-{number}" in meeting.objectIds():
        number += 1
    with api.env.adopt_roles(["Manager"]):
        question = api.content.create(
            container=meeting,
            type="Fraga",
            id=f"fraga-{number}",
            party=party,
            heading=heading.strip(),
            text=body,
            wanted_kind=wanted_kind,
            submission_kind=submission_kind,
        )
        for index, (filename, data, content_type) in enumerate(files, start=1):
            api.content.create(
                container=question,
                type="File",
                id=f"bilaga-{index}",
                title=filename,
                file=NamedBlobFile(data, contentType=content_type or "", filename=filename),
            )
    question.submitter = user.getId()
    question.submitted_on = today
    question.deadline = deadline
    question.late = bool(deadline and rules.is_late(today, deadline))
    question.creators = (user.getId(),)
    question.update_title()
    question.reindexObject()
    notify_secretary(meeting, question)
    return question


def notify_secretary(meeting, question):
    group = meeting.group()
    late = " (efter sista dag: en övrig fråga)" if question.late else ""
    send(
        emails([group.secretary] if group.secretary else []),
        f"Ny fråga till {meeting.Title()}{late}",
        f"{question.Title()}\n\n{question.text}\n\n"
        f"Ta med den i dagordningen eller svara varför inte:\n{question.absolute_url()}\n",
    )


def state(question):
    return api.content.get_state(question, default=None)


def agenda_choices(meeting, main_only=False) -> list[tuple[str, str]]:
    """(label, text) of the dagordning's items, for choosing a place."""
    return [
        (label, f"{label}. {row.get('heading')}")
        for label, row in agenda_rules.numbered(meeting.agenda_rows())
        if not (main_only and row.get("sub"))
    ]


def default_parent(meeting):
    rows = meeting.agenda_rows()
    return agenda_rules.default_question_parent(
        rows, getattr(meeting.group(), "questions_item", None)
    )


def default_parent_label(meeting):
    heading = default_parent(meeting)
    index = agenda_rules.main_index(meeting.agenda_rows(), heading)
    if index is None:
        return None
    return agenda_rules.numbered(meeting.agenda_rows())[index][0]


def check_open(question):
    meeting = question.meeting()
    cycle.require(MANAGE_MEETING, meeting)
    if state(question) != "inskickad":
        raise MeetingRefusal(
            [_("error_question_handled", default="The question has already been handled.")],
            status=409,
        )
    if meeting.state() == "protokollfort":
        raise MeetingRefusal([cycle.PROTOCOL_MADE], status=409)
    return meeting


def accept_question(question, mode="item", label=None):
    """Take the question into the dagordning.

    ``mode`` "item": a sub-item "Anmäld fråga från <part>: ..." raised by
    the party, under the main item ``label`` (default: the group's item for
    questions; a late question always goes there). "handling": its
    attachments become handlingar of the existing item ``label`` (written
    positions on an item, like SSR's yrkanden on the verksamhetsplan).
    Attachments become the meeting's handlingar either way.
    """
    meeting = check_open(question)
    rows = meeting.agenda_rows()
    numbered = dict(agenda_rules.numbered(rows))
    if mode not in ("item", "handling"):
        raise MeetingRefusal([MODE_UNKNOWN])
    if mode == "handling":
        if not question.attachments():
            raise MeetingRefusal([NO_ATTACHMENTS])
        if label not in numbered:
            raise MeetingRefusal([unknown_item(label)])
    elif question.late or not label:
        label = default_parent_label(meeting)
    elif label not in numbered or numbered[label].get("sub"):
        raise MeetingRefusal([unknown_item(label, main=True)])
    numbers = [handling_from(meeting, f, question.party).number for f in question.attachments()]
    row = agenda_rules.row(
        question.heading,
        kind="anmald_fraga",
        raised_by=question.party,
        handlingar=agenda_rules.format_refs(numbers),
    )
    under = numbered[label]["heading"] if label in numbered else default_parent(meeting)
    if mode == "handling":
        placement = {
            "mode": "handling",
            "target": numbered[label]["heading"],
            "handlingar": numbers,
            "under": default_parent(meeting),
            "row": row,
        }
    else:
        placement = {"mode": "item", "under": under, "row": row}
    meeting.agenda = agenda_rules.place_question(rows, placement)
    meeting.reindexObject()
    question.placement = placement
    with system_transition():
        api.content.transition(obj=question, transition="accept")
    return question


def handling_from(meeting, attachment, party):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=meeting,
            type="Handling",
            id=next_handling_id(meeting),
            title=attachment.Title(),
            file=NamedBlobFile(
                attachment.file.data,
                contentType=attachment.file.contentType,
                filename=attachment.file.filename,
            ),
            party=party,
        )


def next_handling_id(meeting):
    number = max(meeting.handling_numbers(), default=0) + 1
    while f"handling-{number}" in meeting.objectIds():
        number += 1
    return f"handling-{number}"


def refuse_question(question, answer):
    """The secretary answers why the question is not taken into the dagordning."""
    check_open(question)
    if not (answer or "").strip():
        raise MeetingRefusal(
            [_("error_question_answer", default="Write why the question is not taken up.")]
        )
    question.answer = answer.strip()
    with system_transition():
        api.content.transition(obj=question, transition="refuse")
    question.reindexObject()
    return question


MODE_UNKNOWN = _(
    "error_question_mode",
    default="Choose whether the question becomes an item or documents to an item.",
)
NO_ATTACHMENTS = _(
    "error_question_no_attachments",
    default="The question has no attachments to add to an item; take it in as an item.",
)


def unknown_item(label, main=False):
    if main:
        return _(
            "error_question_unknown_main_item",
            default="The agenda has no main item ${label}.",
            mapping={"label": label or "–"},
        )
    return _(
        "error_question_unknown_item",
        default="The agenda has no item ${label}.",
        mapping={"label": label or "–"},
    )
