"""Times shown the Swedish way, in Swedish time (plain Python)."""

from datetime import UTC
from datetime import date
from datetime import datetime
from kuf.samportal.rules import swedish_time as st


def test_naive_is_swedish_time_and_aware_keeps_its_instant():
    naive = datetime(2026, 6, 4, 12, 0)
    assert st.aware(naive).utcoffset().total_seconds() == 2 * 3600  # summer time
    utc = datetime(2026, 6, 4, 10, 0, tzinfo=UTC)
    assert st.local(utc).hour == 12
    assert st.parse("2026-06-04T12:00") == st.parse("2026-06-04T12:00+02:00")
    assert st.parse("2026-06-04T10:00Z") == st.parse("2026-06-04T12:00+02:00")


def test_formats():
    winter = datetime(2026, 11, 25, 11, 48, tzinfo=UTC)
    assert st.long_datetime(winter) == "25 november 2026 kl. 12.48"
    assert st.short_datetime(winter) == "2026-11-25 12:48"
    assert st.long_date(date(2026, 6, 1)) == "1 juni 2026"
    assert st.weekday_date(date(2026, 6, 3)) == "onsdag 3 juni 2026"
    assert st.long_datetime("2026-06-04T12:00+02:00") == "4 juni 2026 kl. 12.00"
    assert st.long_datetime(None) == st.short_datetime("") == ""
    # A list's date is Stockholm's: 23.30 UTC on the 24th is the 25th here.
    assert st.short_date(datetime(2026, 6, 24, 23, 30, tzinfo=UTC)) == "2026-06-25"
    assert st.short_date(date(2026, 6, 1)) == "2026-06-01"
    assert st.short_date(None) == ""


def test_storable_keeps_the_instant_on_stockholms_clock_and_pickles():
    import pickle

    summer = st.storable(datetime(2026, 6, 4, 12, 0))  # naive: Swedish time
    assert summer.isoformat() == "2026-06-04T12:00:00+02:00"
    winter = st.storable(st.parse("2026-12-03T11:00Z"))
    assert winter.isoformat() == "2026-12-03T12:00:00+01:00"
    assert pickle.loads(pickle.dumps(summer)) == summer  # noqa: S301 (our own bytes)
