"""Agreement status, deviation due dates and the usage CSV, without Zope."""

import datetime
from kuf.samportal.rules import agreements as rules
from kuf.samportal.rules import usage
from pathlib import Path
import pytest


D = datetime.date
DEMO = Path(__file__).parents[2] / "src/kuf/samportal/demo/data"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2024, 12, 31), "kommande"),
        (D(2025, 1, 1), "aktivt"),  # the first day
        (D(2027, 6, 30), "aktivt"),  # exactly six months before the last day
        (D(2027, 7, 1), "loper_ut"),
        (D(2027, 12, 31), "loper_ut"),  # the last day
        (D(2028, 1, 1), "utgatt"),
    ],
)
def test_status_on_the_boundaries(today, expected):
    assert rules.agreement_status(D(2025, 1, 1), D(2027, 12, 31), today) == expected


def test_six_months_before_a_month_end_is_clamped():
    assert rules.add_months(D(2027, 8, 31), -6) == D(2027, 2, 28)
    assert rules.agreement_status(D(2025, 1, 1), D(2027, 8, 31), D(2027, 2, 28)) == "aktivt"
    assert rules.agreement_status(D(2025, 1, 1), D(2027, 8, 31), D(2027, 3, 1)) == "loper_ut"


def test_extension_left():
    assert rules.extension_left(D(2027, 12, 31), D(2029, 12, 31))
    assert not rules.extension_left(D(2027, 12, 31), D(2027, 12, 31))
    assert not rules.extension_left(D(2027, 12, 31), None)


def test_deviation_due_and_overdue():
    reported = D(2026, 11, 2)
    assert rules.deviation_due(reported, 7) == D(2026, 11, 9)
    assert not rules.deviation_overdue("registrerad", reported, 7, D(2026, 11, 9))
    assert rules.deviation_overdue("registrerad", reported, 7, D(2026, 11, 10))
    assert not rules.deviation_overdue("besvarad", reported, 7, D(2026, 12, 24))


def test_the_seed_figures_come_out_of_the_demo_files():
    rows_2025, errors_2025 = usage.parse_usage((DEMO / "feelgood-2025.csv").read_text(), 2025)
    rows_2024, errors_2024 = usage.parse_usage((DEMO / "feelgood-2024.csv").read_text(), 2024)
    assert errors_2025 == errors_2024 == []
    assert round(sum(usage.cost_per_month(rows_2025))) == 703_000
    assert round(sum(usage.cost_per_month(rows_2024))) == 351_000
    assert [(k, p) for k, _a, p in usage.share_per_kind(rows_2025)] == [
        ("efterhjälpande", 42),
        ("förebyggande", 58),
        ("främjande", 0),
    ]
    assert [p for _k, _a, p in usage.share_per_kind(rows_2024)][:2] == [56, 44]
    departments = usage.cost_per_department(rows_2025)
    assert departments[0][0] == "Stockholms stadsbibliotek"
    assert usage.top_services(rows_2025, 1)[0][:2] == (
        "Stödsamtal Efterhjälpande IND",
        "efterhjälpande",
    )


HEADER = "manad;avdelning;typ;niva;tjanst;belopp;besok\n"


@pytest.mark.parametrize(
    ("amount", "value"), [("12 345,50", 12345.5), ("1234.5", 1234.5), ("0", 0.0)]
)
def test_amounts_as_swedish_spreadsheets_write_them(amount, value):
    text = HEADER + f"2025-03;Bibliotek;förebyggande;individ;Stödsamtal;{amount};2\n"
    rows, errors = usage.parse_usage(text, 2025)
    assert errors == []
    assert rows[0].amount == value


def test_every_bad_row_is_reported_by_its_line_number():
    text = (
        "\ufeff"
        + HEADER
        + (
            "2025-01;Bibliotek;förebyggande;individ;Stödsamtal;100;1\n"
            "2025-13;Bibliotek;förebyggande;individ;Stödsamtal;100;1\n"
            "2024-05;Bibliotek;förebyggande;individ;Stödsamtal;100;1\n"
            "2025-02;;akut;team;;mycket;två\n"
            "2025-02;Bibliotek;förebyggande\n"
            "\n"
            "2025-04;Bibliotek;Främjande;Grupp;Föreläsning;-5;0\n"
        )
    )
    rows, errors = usage.parse_usage(text, 2025)
    by_line = {}
    for error in errors:
        by_line.setdefault(error.line, []).append(error.message)
    assert sorted(by_line) == [3, 4, 5, 6, 8]
    assert by_line[3] == ["Månaden ”2025-13” ska skrivas ÅÅÅÅ-MM."]
    assert by_line[4] == ["Månaden 2024-05 hör inte till året 2025."]
    assert len(by_line[5]) == 6  # department, kind, level, service, amount, visits
    assert by_line[6] == ["Raden har 3 fält, ska ha 7."]
    assert by_line[8] == ["Beloppet ”-5” är inte ett belopp i kronor."]
    assert len(rows) == 1  # the caller imports nothing when there are errors


def test_a_file_without_the_header_or_rows_is_refused():
    assert usage.parse_usage("månad,belopp\n2025-01,5\n", 2025)[1][0].line == 1
    assert usage.parse_usage(HEADER, 2025)[1][0].message == "Filen har inga rader med användning."
