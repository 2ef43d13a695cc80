"""Working days in Sweden: deadlines such as "5 working days before the
meeting" skip weekends, public holidays and the eves the city treats as
days off (midsommarafton, julafton, nyårsafton)."""

from datetime import date
from datetime import timedelta
from functools import cache


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def first_weekday_between(start: date, end: date, weekday: int) -> date:
    day = start
    while day.weekday() != weekday:
        day += timedelta(days=1)
    assert day <= end
    return day


@cache
def days_off(year: int) -> frozenset[date]:
    """Public holidays (lag 1989:253) and the eves that are days off."""
    easter = easter_sunday(year)
    midsummer_eve = first_weekday_between(date(year, 6, 19), date(year, 6, 25), 4)
    all_saints = first_weekday_between(date(year, 10, 31), date(year, 11, 6), 5)
    return frozenset(
        {
            date(year, 1, 1),  # nyårsdagen
            date(year, 1, 6),  # trettondedag jul
            easter - timedelta(days=2),  # långfredagen
            easter + timedelta(days=1),  # annandag påsk
            date(year, 5, 1),  # första maj
            easter + timedelta(days=39),  # Kristi himmelsfärdsdag
            date(year, 6, 6),  # nationaldagen
            midsummer_eve,
            all_saints,  # alla helgons dag (a Saturday)
            date(year, 12, 24),
            date(year, 12, 25),
            date(year, 12, 26),
            date(year, 12, 31),
        }
    )


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in days_off(day.year)


def working_days_before(day: date, count: int) -> date:
    """The working day ``count`` working days before ``day``."""
    current = day
    remaining = count
    while remaining > 0:
        current -= timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def on_or_after_working_day(day: date) -> date:
    """``day``, or the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day
