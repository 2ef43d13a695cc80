"""When a handbook routine must be reviewed (reviderad)."""

from dataclasses import dataclass
from datetime import date
from datetime import timedelta


DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class ReviewStatus:
    code: str  # "overdue", "due_soon" or "ok"
    days_left: int | None


def review_status(next_review: date | None, today: date) -> ReviewStatus:
    """Overdue once the review date has passed; due soon within 30 days."""
    if next_review is None:
        return ReviewStatus("overdue", None)
    days_left = (next_review - today).days
    if days_left < 0:
        return ReviewStatus("overdue", days_left)
    if days_left <= DUE_SOON_DAYS:
        return ReviewStatus("due_soon", days_left)
    return ReviewStatus("ok", days_left)


def needs_attention(next_review: date | None, today: date) -> bool:
    return review_status(next_review, today).code != "ok"


def review_window_end(today: date) -> date:
    return today + timedelta(days=DUE_SOON_DAYS)
