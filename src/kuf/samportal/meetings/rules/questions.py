"""Questions (anmäld fråga) and written positions (skriftliga synpunkter,
yrkanden) that a party sends before a meeting.

Choices (README): a question is on time up to and including the deadline
day, N working days before the meeting (default 5). A later question is
still received, marked as an "Övrig fråga" with a note: the meeting decides
at "Godkännande av dagordning" whether to take it up, and if the secretary
takes it in, it goes under the group's item for other questions. Once the
meeting is held or its protocol is made, nothing more is received.
"""

from datetime import date
from kuf.samportal import _
from kuf.samportal.meetings.rules.calendar import working_days_before


WANTED_KINDS = ("information", "samverkan", "forhandling")
SUBMISSION_KINDS = (
    ("fraga", "En fråga till dagordningen"),
    ("skriftliga_synpunkter", "Skriftliga synpunkter eller yrkanden"),
)
SUBMISSION_KIND_IDS = tuple(key for key, _title in SUBMISSION_KINDS)
DEFAULT_DEADLINE_DAYS = 5


def deadline(meeting_date: date, working_days: int = DEFAULT_DEADLINE_DAYS) -> date:
    """The last day to send questions: ``working_days`` working days before."""
    return working_days_before(meeting_date, working_days)


def is_late(submitted_on: date, last_day: date) -> bool:
    return submitted_on > last_day


def submission_problems(
    *,
    heading,
    text,
    wanted_kind,
    submission_kind,
    party,
    allowed_parties,
    meeting_date,
    meeting_open,
    today,
) -> list:
    """Why a question cannot be received; empty when it can.

    ``allowed_parties``: the parties the submitter may speak for in this
    group (their own unions that take part; every union for the secretary).
    """
    problems = []
    if not allowed_parties:
        problems.append(
            _(
                "error_question_not_in_group",
                default="Only the representatives of the parties in the group can send "
                "questions to its meetings.",
            )
        )
    elif party not in allowed_parties:
        problems.append(
            _(
                "error_question_party",
                default="Choose a party of the group that you represent.",
            )
        )
    if not (heading or "").strip():
        problems.append(_("error_question_heading", default="Give the question a heading."))
    if not (text or "").strip():
        problems.append(_("error_question_text", default="Write the question."))
    if wanted_kind not in WANTED_KINDS:
        problems.append(
            _(
                "error_question_kind",
                default="Choose whether the question is wanted as Information, Samverkan "
                "or Förhandling.",
            )
        )
    if submission_kind not in SUBMISSION_KIND_IDS:
        problems.append(
            _(
                "error_question_submission_kind",
                default="Choose whether you send a question or written positions.",
            )
        )
    if not meeting_open or (meeting_date is not None and meeting_date < today):
        problems.append(
            _(
                "error_question_meeting_held",
                default="The meeting has been held: questions can no longer be sent to it.",
            )
        )
    return problems
