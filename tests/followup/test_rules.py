"""The follow-up's rules, without Zope: periods, lateness, blockers, roll-up."""

import datetime
from kuf.samportal.rules import followup as rules
import pytest


D = datetime.date


@pytest.mark.parametrize(
    ("level", "start", "end"),
    [
        ("enhet", D(2026, 2, 1), D(2026, 3, 31)),
        ("avdelning", D(2026, 4, 1), D(2026, 4, 30)),
        ("forvaltning", D(2026, 5, 1), D(2026, 5, 31)),
    ],
)
def test_period_per_level(level, start, end):
    assert rules.period(level, 2026) == (start, end)


@pytest.mark.parametrize(
    ("today", "submitted", "expected"),
    [
        (D(2026, 1, 31), None, "ej_startad"),
        (D(2026, 2, 1), None, "pagar"),
        (D(2026, 3, 31), None, "pagar"),  # the last day is still in time
        (D(2026, 4, 1), None, "forsenad"),
        (D(2026, 11, 1), D(2026, 3, 31), "i_tid"),
        (D(2026, 11, 1), D(2026, 4, 1), "sen"),
    ],
)
def test_timeliness_of_a_unit_on_the_boundaries(today, submitted, expected):
    assert rules.timeliness("enhet", 2026, today, submitted) == expected
    assert rules.is_late(expected) == (expected in ("forsenad", "sen"))


def test_submit_blockers_name_every_missing_condition():
    answers = {"f1": {"svar": "ja", "analys": ""}, "f2": {"svar": "", "analys": "text"}}
    blockers = rules.submit_blockers(
        ["f1", "f2"], answers, {"chef": {}}, rules.CONFIRMERS, year_open=False
    )
    assert blockers == ["blocker_year_closed", "blocker_unanswered", "blocker_confirm_skyddsombud"]
    assert rules.unanswered(["f1", "f2", "f3"], answers) == ["f2", "f3"]


def test_nothing_blocks_a_complete_confirmed_followup():
    answers = {"f1": {"svar": "ja"}}
    confirmed = {"chef": {}, "skyddsombud": {}}
    assert rules.submit_blockers(["f1"], answers, confirmed, rules.CONFIRMERS, True) == []


def test_who_confirms_as_what():
    assert rules.confirmer_roles("anna", "anna", ["nina"]) == ["chef"]
    assert rules.confirmer_roles("nina", "anna", ["nina"]) == ["skyddsombud"]
    assert rules.confirmer_roles("anna", "anna", ["anna"]) == ["chef", "skyddsombud"]
    assert rules.confirmer_roles("erik", "anna", ["nina"]) == []
    assert rules.confirmer_roles("", None, []) == []


def test_answers_must_be_on_the_scale():
    scale = rules.SCALES["ja_nej"]
    assert rules.validate_answer(scale, "ja") is None
    assert rules.validate_answer(scale, "") is None  # not answered yet
    assert rules.validate_answer(scale, "instammer_helt") == "error_answer_not_on_scale"


def test_action_dates():
    assert rules.action_date_error(D(2026, 5, 1), D(2026, 4, 30)) == "error_action_end_before_start"
    assert rules.action_date_error(D(2026, 5, 1), D(2026, 5, 1)) is None
    assert rules.action_date_error(None, D(2026, 5, 1)) is None


def test_levels_nest_in_order():
    assert rules.level_fits("forvaltning", None)
    assert rules.level_fits("avdelning", "forvaltning")
    assert rules.level_fits("enhet", "avdelning")
    assert not rules.level_fits("enhet", "forvaltning")
    assert not rules.level_fits("forvaltning", "avdelning")
    assert not rules.level_fits("avdelning", None)


def test_roll_up_counts_values_and_keeps_analyses_with_node_names():
    scale = rules.SCALES["instammer"]
    entries = [
        ("Järva", {"f1": {"svar": "instammer_helt", "analys": "Gås igenom på APT."}}),
        ("Bromma", {"f1": {"svar": "instammer_delvis", "analys": " "}, "f9": {"svar": "x"}}),
        ("Resurscenter", {"f1": {"svar": "instammer_helt", "analys": ""}}),
    ]
    (summary,) = rules.roll_up(["f1"], scale, entries)
    assert summary.counts == {"instammer_helt": 2, "instammer_delvis": 1, "instammer_inte": 0}
    assert summary.answered == 3
    assert summary.analyses == [("Järva", "Gås igenom på APT.")]


def test_new_question_ids_never_reuse_an_old_one():
    assert rules.next_question_id([]) == "f1"
    assert rules.next_question_id(["f1", "f7", "x3"]) == "f8"
