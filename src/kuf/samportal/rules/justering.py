"""When a protocol may go out for justering, and what its dates must satisfy."""

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from datetime import time
from kuf.samportal import _


@dataclass(frozen=True)
class Schedule:
    """The justering schedule of one protocol (item 3 of every FVG protocol)."""

    sent_out: date | None
    comment_deadline: datetime | None  # timezone-aware
    signing_date: date | None

    @property
    def complete(self) -> bool:
        return None not in (self.sent_out, self.comment_deadline, self.signing_date)


def schedule_problems(schedule: Schedule) -> list:
    """Inconsistencies between the dates that are set (bad input when saving)."""
    problems = []
    deadline = schedule.comment_deadline
    if schedule.sent_out and deadline and deadline.date() < schedule.sent_out:
        problems.append(
            _(
                "error_deadline_before_sent_out",
                default="The deadline for comments cannot be before the date the "
                "protocol is sent out.",
            )
        )
    if schedule.signing_date and deadline and schedule.signing_date < deadline.date():
        problems.append(
            _(
                "error_signing_before_deadline",
                default="The signing date cannot be before the deadline for comments.",
            )
        )
    if schedule.sent_out and schedule.signing_date and schedule.signing_date < schedule.sent_out:
        problems.append(
            _(
                "error_signing_before_sent_out",
                default="The signing date cannot be before the date the protocol is sent out.",
            )
        )
    return problems


def meeting_problems(start: time | None, end: time | None) -> list:
    if start and end and end <= start:
        return [
            _(
                "error_meeting_end_before_start",
                default="The meeting must end after it starts.",
            )
        ]
    return []


def send_to_justering_blockers(schedule: Schedule, justerare: list, now: datetime) -> list:
    """Why a protocol cannot be sent out for justering now; empty when it can."""
    blockers = []
    if not schedule.complete:
        blockers.append(
            _(
                "blocker_schedule_incomplete",
                default="Set the date the protocol is sent out, the deadline for comments "
                "and the signing date.",
            )
        )
    blockers.extend(schedule_problems(schedule))
    if not justerare:
        blockers.append(_("blocker_no_justerare", default="Name at least one justerare."))
    if schedule.comment_deadline and schedule.comment_deadline <= now:
        blockers.append(
            _(
                "blocker_deadline_passed",
                default="The deadline for comments has already passed.",
            )
        )
    return blockers
