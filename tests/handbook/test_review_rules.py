"""When a routine is due for review (plain rules)."""

from datetime import date
from kuf.samportal.rules.review import review_status
import pytest


TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("next_review", "code", "days"),
    [
        (date(2026, 11, 23), "overdue", -1),
        (date(2026, 11, 24), "due_soon", 0),
        (date(2026, 12, 24), "due_soon", 30),
        (date(2026, 12, 25), "ok", 31),
        (None, "overdue", None),
    ],
)
def test_review_status_boundaries(next_review, code, days):
    status = review_status(next_review, TODAY)
    assert (status.code, status.days_left) == (code, days)
