"""The justering schedule and the next meeting."""

from datetime import date
from datetime import datetime
from datetime import time
from kuf.samportal.importing.model import TIMEZONE
from kuf.samportal.importing.schedule import next_meeting_in
from kuf.samportal.importing.schedule import schedule_in


MEETING = date(2026, 6, 1)


def test_the_seeds_sentences():
    found = schedule_in(
        [
            "Protokollet skickas ut onsdag 3 juni.",
            "Synpunkter ska skickas senast torsdag 4 juni kl. 12.",
            "Protokollet signeras måndag 8 juni.",
        ],
        MEETING,
    )
    assert found.sent_out == date(2026, 6, 3)
    assert found.comment_deadline == datetime(2026, 6, 4, 12, 0, tzinfo=TIMEZONE)
    assert found.comment_deadline.utcoffset().total_seconds() == 7200  # summer time
    assert found.signing_date == date(2026, 6, 8)
    assert not found.deadline_time_missing


def test_one_sentence_with_all_three_dates():
    found = schedule_in(
        [
            "Protokollet skickas ut 3/6, synpunkter lämnas senast 5/6 kl. 12.00 och protokollet "
            "signeras 8/6."
        ],
        MEETING,
    )
    assert (found.sent_out, found.signing_date) == (date(2026, 6, 3), date(2026, 6, 8))
    assert found.comment_deadline == datetime(2026, 6, 5, 12, 0, tzinfo=TIMEZONE)


def test_each_date_belongs_to_the_keyword_before_it():
    found = schedule_in(
        [
            "Protokollet justeras senast den 19 mars. Synpunkter lämnas till sekreteraren senast "
            "17 mars kl. 16.00."
        ],
        date(2025, 3, 12),
    )
    assert found.signing_date == date(2025, 3, 19)
    assert found.comment_deadline == datetime(2025, 3, 17, 16, 0, tzinfo=TIMEZONE)


def test_the_time_of_another_date_is_not_the_deadlines():
    found = schedule_in(
        ["Synpunkter senast 16 januari. Protokollet signeras 20 januari kl. 10."], date(2025, 1, 13)
    )
    assert found.comment_deadline == datetime(2025, 1, 16, 23, 59, tzinfo=TIMEZONE)
    assert found.deadline_time_missing


def test_sent_for_justering_is_sending():
    found = schedule_in(["Protokollet skickas ut för justering 15 januari."], date(2025, 1, 13))
    assert found.sent_out == date(2025, 1, 15)
    assert found.signing_date is None


def test_next_meeting():
    found = next_meeting_in("Måndag 10 februari kl. 9:00, Askebykroken.", date(2025, 1, 13))
    assert (found.date, found.time, found.place) == (date(2025, 2, 10), time(9, 0), "Askebykroken")
    found = next_meeting_in("9 april kl. 13.00 i Stadsbibliotekets hörsal.", date(2025, 3, 12))
    assert found.place == "Stadsbibliotekets hörsal"
    found = next_meeting_in("Måndag 10 februari kl. 9:00.", date(2025, 1, 13))
    assert found.place == ""
    assert next_meeting_in("Meddelas senare.", date(2025, 1, 13)).date is None


def test_the_time_before_the_date():
    found = schedule_in(["Synpunkter lämnas senast kl. 12.00 den 16 januari."], date(2025, 1, 13))
    assert found.comment_deadline == datetime(2025, 1, 16, 12, 0, tzinfo=TIMEZONE)
