"""Proposals for the protocol made from a meeting: the justering dates from
the group's practice and the attendance from the invitations."""

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from kuf.samportal.meetings.rules.calendar import on_or_after_working_day


@dataclass(frozen=True)
class Practice:
    """When the group's protocols are usually sent out, commented and signed,
    counted in days after the meeting (the seed: Monday's meeting is sent out
    on Wednesday, comments by Thursday 12:00, signed the next Monday)."""

    sent_out_days: int = 2
    comment_days: int = 3
    comment_time: time = time(12, 0)
    signing_days: int = 7


def justering_proposal(meeting_date: date, practice: Practice):
    """(sent out, comment deadline, signing date); a day that is not a
    working day moves to the next working day, and the order is kept."""
    sent_out = on_or_after_working_day(meeting_date + timedelta(days=practice.sent_out_days))
    comment_day = on_or_after_working_day(meeting_date + timedelta(days=practice.comment_days))
    comment_day = max(comment_day, sent_out)
    signing = on_or_after_working_day(meeting_date + timedelta(days=practice.signing_days))
    signing = max(signing, comment_day)
    return sent_out, datetime.combine(comment_day, practice.comment_time), signing


def kallelse_due(meeting_date: date, days_before: int) -> date:
    """The day the kallelse should go out at the latest."""
    return meeting_date - timedelta(days=days_before)


ATTENDEE_KEYS = ("name", "role", "party", "user_id", "note")


def attendance(invitations) -> tuple[list[dict], list[dict]]:
    """(Närvarande, Förhinder) rows for the protocol from the invitations."""
    present, absent = [], []
    for invitation in invitations or []:
        attendee = {key: invitation.get(key) for key in ATTENDEE_KEYS}
        (absent if invitation.get("forhinder") else present).append(attendee)
    return present, absent
