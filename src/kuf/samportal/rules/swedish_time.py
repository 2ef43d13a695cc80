"""Times as people in Stockholm read them (plain Python, no Zope).

Everything the portal stores is timezone-aware (UTC or Europe/Stockholm);
a naive value entered by a person is Swedish time. Shown, every time is
Swedish time, written the Swedish way: "25 november 2026 kl. 12.48" in
running text, "2026-11-25 12:48" in tables and lists. Never raw ISO, never
UTC.
"""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timezone
from zoneinfo import ZoneInfo


STOCKHOLM = ZoneInfo("Europe/Stockholm")
UTC = ZoneInfo("UTC")

MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def aware(value: datetime) -> datetime:
    """A naive datetime is Swedish time (what a person typed); an aware one
    keeps its instant."""
    if value.tzinfo is None:
        return value.replace(tzinfo=STOCKHOLM)
    return value


def local(value: datetime) -> datetime:
    """The same instant on the clock in Stockholm."""
    return aware(value).astimezone(STOCKHOLM)


def storable(value: datetime) -> datetime:
    """The instant on Stockholm's clock with its UTC offset as a fixed zone
    ("+02:00" in summer, "+01:00" in winter): aware, and picklable in the
    ZODB (a ZoneInfo is not)."""
    clock = local(value)
    return clock.replace(tzinfo=timezone(clock.utcoffset()))


def parse(text: str) -> datetime:
    """An ISO 8601 text (as REST and storage have it) as an aware datetime."""
    return aware(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))


def _value(value):
    """Accept datetime, date, ISO text or a Zope DateTime."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return parse(value)
    if hasattr(value, "asdatetime"):  # Zope DateTime
        return aware(value.asdatetime())
    return value


def long_date(value) -> str:
    """ "25 november 2026" """
    value = _value(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def weekday_date(value) -> str:
    """ "onsdag 25 november 2026" """
    value = _value(value)
    if value is None:
        return ""
    day = local(value).date() if isinstance(value, datetime) else value
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def clock(value) -> str:
    """ "12.48" (the Swedish way in text)"""
    value = _value(value)
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).time()
    return f"{value.hour:02d}.{value.minute:02d}"


def long_datetime(value) -> str:
    """ "25 november 2026 kl. 12.48" """
    value = _value(value)
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return long_date(value)
    return f"{long_date(value)} kl. {clock(value)}"


def short_datetime(value) -> str:
    """ "2026-11-25 12:48" (tables, lists)"""
    value = _value(value)
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return value.isoformat() if isinstance(value, date) else str(value)
    return f"{local(value):%Y-%m-%d %H:%M}"


def short_date(value) -> str:
    """ "2026-11-25" (lists)"""
    value = _value(value)
    if value is None:
        return ""
    return f"{local(value).date() if isinstance(value, datetime) else value:%Y-%m-%d}"


def short_time(value: time | None) -> str:
    """ "09:00" for a meeting's time span in tables"""
    return f"{value:%H:%M}" if value else ""
