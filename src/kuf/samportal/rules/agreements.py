"""Rules of the supplier agreements, without Zope: an agreement's status from
its dates, and when a supplier's answer to a reported deviation is due."""

import calendar
import datetime


DECIDE_MONTHS = 6  # "ends within 6 months": time to decide on an extension

STATUS_TITLES = {
    "kommande": "Kommande",
    "aktivt": "Aktivt",
    "loper_ut": "Löper ut inom 6 månader",
    "utgatt": "Utgånget",
}

DEVIATION_CATEGORIES = (
    ("tillganglighet", "Tillgänglighet och svarstider"),
    ("bemotande", "Bemötande"),
    ("kvalitet", "Kvalitet i utfört uppdrag"),
    ("sekretess", "Sekretess och personuppgifter"),
    ("fakturering", "Fakturering"),
    ("ovrigt", "Övrigt"),
)
CATEGORY_TITLES = dict(DEVIATION_CATEGORIES)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later (or earlier), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return datetime.date(year, month + 1, min(day.day, last))


def agreement_status(start: datetime.date, end: datetime.date, today: datetime.date) -> str:
    """``kommande`` before the start, ``utgatt`` after the last day,
    ``loper_ut`` from six months before the last day, else ``aktivt``."""
    if today < start:
        return "kommande"
    if today > end:
        return "utgatt"
    if today > add_months(end, -DECIDE_MONTHS):
        return "loper_ut"
    return "aktivt"


def extension_left(end: datetime.date, latest_end: datetime.date | None) -> bool:
    return latest_end is not None and latest_end > end


def deviation_due(reported_on: datetime.date, answer_days: int) -> datetime.date:
    """The supplier answers a reported deviation within ``answer_days`` days."""
    return reported_on + datetime.timedelta(days=answer_days)


def deviation_overdue(
    state: str, reported_on: datetime.date, answer_days: int, today: datetime.date
) -> bool:
    """Overdue: still waiting for the supplier's answer after the due day."""
    return state == "registrerad" and today > deviation_due(reported_on, answer_days)
