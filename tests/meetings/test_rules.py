"""The meeting cycle's rules in plain Python: working days, the årshjul's
grid, the dagordning, questions and the protocol's proposals."""

from datetime import date
from datetime import datetime
from datetime import time
from kuf.samportal.meetings.rules import agenda
from kuf.samportal.meetings.rules import arshjul
from kuf.samportal.meetings.rules import calendar
from kuf.samportal.meetings.rules import protocol
from kuf.samportal.meetings.rules import questions
import pytest
from zope.i18n import translate


def texts(messages):
    return [translate(message) for message in messages]


# Working days -----------------------------------------------------------------


def test_easter_of_known_years():
    assert calendar.easter_sunday(2025) == date(2025, 4, 20)
    assert calendar.easter_sunday(2026) == date(2026, 4, 5)
    assert calendar.easter_sunday(2024) == date(2024, 3, 31)


def test_swedish_days_off_2025():
    off = calendar.days_off(2025)
    for day in (
        date(2025, 1, 6),  # trettondedag jul
        date(2025, 4, 18),  # långfredagen
        date(2025, 4, 21),  # annandag påsk
        date(2025, 5, 29),  # Kristi himmelsfärd
        date(2025, 6, 6),  # nationaldagen
        date(2025, 6, 20),  # midsommarafton
        date(2025, 12, 24),
    ):
        assert day in off
    assert date(2025, 5, 20) not in off


@pytest.mark.parametrize(
    ("meeting", "days", "last_day"),
    [
        (date(2025, 5, 20), 5, date(2025, 5, 13)),  # Tuesday: the Tuesday before
        (date(2025, 2, 18), 5, date(2025, 2, 11)),
        (date(2025, 4, 22), 5, date(2025, 4, 11)),  # over Easter (18 and 21 April off)
        (date(2025, 6, 10), 5, date(2025, 6, 2)),  # over nationaldagen
        (date(2025, 1, 13), 1, date(2025, 1, 10)),  # Monday: the Friday before
    ],
)
def test_question_deadline_in_working_days(meeting, days, last_day):
    assert questions.deadline(meeting, days) == last_day


def test_lateness_is_after_the_deadline_day():
    last = date(2025, 5, 13)
    assert not questions.is_late(date(2025, 5, 13), last)
    assert questions.is_late(date(2025, 5, 14), last)


# The årshjul --------------------------------------------------------------------


def meetings_2025():
    return [
        {"id": "m2", "date": date(2025, 2, 18)},
        {"id": "m1", "date": date(2025, 1, 13), "start_time": time(9), "end_time": time(10, 30)},
    ]


def test_new_rows_get_ids_and_old_ones_keep_theirs():
    rows = arshjul.with_ids([{"id": "t2", "title": "A"}, {"title": "B"}, {"title": "C"}], "t")
    assert [r["id"] for r in rows] == ["t2", "t3", "t4"]


def test_meetings_outside_the_year_twice_or_ending_before_start_are_refused():
    rows = [
        {"id": "m1", "date": date(2024, 12, 10)},
        {"id": "m2", "date": date(2025, 3, 25)},
        {"id": "m3", "date": date(2025, 3, 25), "start_time": time(10), "end_time": time(9)},
    ]
    assert texts(arshjul.meeting_problems(2025, rows)) == [
        "The meeting on 2024-12-10 is not in the årshjul's year 2025.",
        "Two meetings are planned on 2025-03-25.",
        "The meeting on 2025-03-25 must end after it starts.",
    ]
    assert arshjul.meeting_problems(2025, meetings_2025()) == []


def test_cells_must_name_a_theme_and_a_meeting_of_the_plan_and_a_kind():
    themes, meetings = {"t1"}, {"m1"}
    assert (
        arshjul.cell_problems(
            [{"theme": "t1", "meeting": "m1", "kind": "information"}], themes, meetings
        )
        == []
    )
    assert len(arshjul.cell_problems([{"theme": "t9", "meeting": "m1"}], themes, meetings)) == 1
    assert texts(
        arshjul.cell_problems(
            [{"theme": "t1", "meeting": "m1", "kind": "beslut"}], themes, meetings
        )
    ) == ["Choose Information, Samverkan or Förhandling for each cell."]


def test_the_grid_has_the_seeds_columns_in_date_order():
    themes = [{"id": "t1", "title": "SAM – uppföljning"}, {"id": "t2", "title": "Budget"}]
    cells = [{"theme": "t2", "meeting": "m1", "kind": "samverkan", "note": "2025"}]
    grid = arshjul.grid(meetings_2025(), themes, cells)
    assert [c["label"] for c in grid["columns"]] == ["1 (13/1)", "2 (18/2)"]
    assert grid["rows"][0]["cells"] == [None, None]
    assert grid["rows"][1]["cells"][0]["note"] == "2025"
    assert arshjul.meeting_number(meetings_2025(), "m2") == 2
    assert arshjul.themes_at("m1", themes, cells) == [(themes[1], cells[0])]


def test_next_year_keeps_the_weekday():
    assert arshjul.same_weekday_in(date(2025, 1, 13), 2026) == date(2026, 1, 12)  # Monday
    assert arshjul.same_weekday_in(date(2025, 12, 9), 2026) == date(2026, 12, 8)  # Tuesday
    assert arshjul.same_weekday_in(date(2025, 1, 2), 2026).year == 2026
    assert arshjul.same_weekday_in(date(2025, 12, 30), 2026).year == 2026
    copied = arshjul.copied_meetings(meetings_2025(), 2026)
    assert [(m["id"], m["date"]) for m in copied] == [
        ("m1", date(2026, 1, 12)),
        ("m2", date(2026, 2, 17)),
    ]
    assert copied[0]["start_time"] == time(9)


# The dagordning -----------------------------------------------------------------

STANDING = ["Föregående protokoll", "Godkännande av dagordning", "Verksamhetsfrågor",
            "Övriga frågor", "Nästa möte"]  # fmt: skip


def test_themes_go_under_their_standing_item_or_before_the_last():
    rows = agenda.build(
        STANDING,
        [
            {"under": "verksamhetsfrågor", "kind": "samverkan", "heading": "Budget 2025"},
            {"under": "Finns inte", "kind": "information", "heading": "Årshjul"},
        ],
    )
    assert [(label, r["heading"], r["kind"]) for label, r in agenda.numbered(rows)] == [
        ("1", "Föregående protokoll", None),
        ("2", "Godkännande av dagordning", None),
        ("3", "Verksamhetsfrågor", None),
        ("3 a", "Budget 2025", "samverkan"),
        ("4", "Övriga frågor", None),
        ("5", "Årshjul", "information"),
        ("6", "Nästa möte", None),
    ]


def test_accepted_questions_become_sub_items_or_add_their_documents():
    rows = agenda.build(STANDING, [{"under": "Verksamhetsfrågor", "kind": "samverkan",
                                    "heading": "Budget"}])  # fmt: skip
    question = agenda.row("Sociala medier", kind="anmald_fraga", raised_by="dik")
    rows = agenda.place_question(rows, {"mode": "item", "under": "Övriga frågor", "row": question})
    rows = agenda.place_question(
        rows, {"mode": "handling", "target": "Budget", "handlingar": [2], "row": question}
    )
    rows = agenda.place_question(
        rows, {"mode": "handling", "target": "Budget", "handlingar": [2, 3], "row": question}
    )
    numbered = dict(agenda.numbered(rows))
    assert numbered["4 a"]["heading"] == "Sociala medier"
    assert numbered["4 a"]["raised_by"] == "dik"
    assert numbered["3 a"]["handlingar"] == "2, 3"


def test_default_place_for_questions():
    rows = agenda.build(STANDING, [])
    assert agenda.default_question_parent(rows) == "Övriga frågor"
    assert agenda.default_question_parent(rows, "Verksamhetsfrågor") == "Verksamhetsfrågor"
    assert agenda.default_question_parent(agenda.build(["A", "B", "C"], [])) == "B"


def test_agenda_problems_name_the_item():
    rows = [
        agenda.row("Budget", sub=True, handlingar="1, 4"),
        agenda.row(" "),
        agenda.row("SAM", handlingar="ett"),
    ]
    assert texts(agenda.problems(rows, [1, 2])) == [
        "The first item of the agenda cannot be a sub-item.",
        "Item 1 refers to handling 4, which the meeting does not have.",
        "Item 2 of the agenda needs a heading.",
        "Item 3: write the handlingar as numbers separated by commas, for example 1, 3.",
    ]
    assert agenda.problems(agenda.build(STANDING, []), []) == []


def test_handlingar_become_bilagor_in_the_order_of_reference():
    rows = [agenda.row("A", handlingar="3"), agenda.row("B", handlingar="1, 3")]
    assert agenda.handling_order(rows, [1, 2, 3, 5]) == [3, 1, 2, 5]


# Questions and the protocol -------------------------------------------------------


def check(**overrides):
    values = {
        "heading": "Sociala medier",
        "text": "Vilka riktlinjer gäller?",
        "wanted_kind": "information",
        "submission_kind": "fraga",
        "party": "dik",
        "allowed_parties": ["dik"],
        "meeting_date": date(2025, 5, 20),
        "meeting_open": True,
        "today": date(2025, 5, 14),
    }
    values.update(overrides)
    return texts(questions.submission_problems(**values))


def test_a_question_on_time_or_late_is_received_until_the_meeting():
    assert check() == []
    assert check(today=date(2025, 5, 20)) == []
    assert check(today=date(2025, 5, 21)) == [
        "The meeting has been held: questions can no longer be sent to it."
    ]
    assert check(meeting_open=False) == [
        "The meeting has been held: questions can no longer be sent to it."
    ]


def test_a_question_from_outside_the_group_or_without_text_is_refused():
    assert check(allowed_parties=[]) == [
        "Only the representatives of the parties in the group can send questions to its meetings."
    ]
    assert check(party="saco") == ["Choose a party of the group that you represent."]
    assert check(heading=" ", text="", wanted_kind="beslut", submission_kind="x") == [
        "Give the question a heading.",
        "Write the question.",
        "Choose whether the question is wanted as Information, Samverkan or Förhandling.",
        "Choose whether you send a question or written positions.",
    ]


def test_justering_proposal_follows_the_seed_and_skips_days_off():
    practice = protocol.Practice()
    assert protocol.justering_proposal(date(2025, 1, 13), practice) == (
        date(2025, 1, 15),
        datetime(2025, 1, 16, 12, 0),
        date(2025, 1, 20),
    )
    # Thursday 5 June: +2 is Saturday the 7th -> Monday the 9th, +3 too.
    sent, deadline, signing = protocol.justering_proposal(date(2025, 6, 5), practice)
    assert (sent, deadline.date(), signing) == (
        date(2025, 6, 9),
        date(2025, 6, 9),
        date(2025, 6, 12),
    )
    # Midsummer: 17 June + 3 = midsommarafton -> Monday 23 June.
    assert protocol.justering_proposal(date(2025, 6, 17), practice)[1].date() == date(2025, 6, 23)


def test_attendance_from_invitations():
    present, absent = protocol.attendance(
        [
            {"name": "Lena Sjöberg", "party": "dik", "user_id": "dik", "forhinder": False},
            {"name": "Helena Ström", "party": "ledarna", "user_id": "ledarna", "forhinder": True},
        ]
    )
    assert [p["name"] for p in present] == ["Lena Sjöberg"]
    assert [p["name"] for p in absent] == ["Helena Ström"]
    assert set(present[0]) == set(protocol.ATTENDEE_KEYS)
    assert protocol.kallelse_due(date(2025, 5, 20), 7) == date(2025, 5, 13)
