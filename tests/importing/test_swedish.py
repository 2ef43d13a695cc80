"""Swedish dates, times, parties, kinds and bilaga references."""

from datetime import date
from datetime import time
from kuf.samportal.importing import swedish
import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-13", date(2025, 1, 13)),
        ("Måndag 13 januari 2025", date(2025, 1, 13)),
        ("den 13:e januari 2025", date(2025, 1, 13)),
        ("13 jan. 2025", date(2025, 1, 13)),
        ("13.1.2025", date(2025, 1, 13)),
        ("8/6 2026", date(2026, 6, 8)),
        ("8/6-2026", date(2026, 6, 8)),
    ],
)
def test_dates_with_a_year(text, expected):
    assert swedish.first_date(text) == expected


@pytest.mark.parametrize(
    ("text", "meeting", "expected"),
    [
        ("måndag 8 juni", date(2026, 6, 1), date(2026, 6, 8)),
        ("8/6", date(2026, 6, 1), date(2026, 6, 8)),
        # a meeting in December: January is next year's
        ("onsdag 7 januari", date(2025, 12, 15), date(2026, 1, 7)),
        # a meeting in January: December is last year's
        ("16 december", date(2025, 1, 13), date(2024, 12, 16)),
    ],
)
def test_a_missing_year_comes_from_the_meeting(text, meeting, expected):
    assert swedish.first_date(text, meeting) == expected


def test_no_year_and_no_meeting_gives_no_date():
    assert swedish.first_date("8 juni") is None


def test_impossible_dates_are_no_dates():
    assert swedish.first_date("31/2 2025") is None
    assert swedish.find_dates("punkt 4/12") == [] or swedish.first_date("punkt 4/13") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Kl. 09:00-10:30", time(9, 0), time(10, 30)),
        ("9.00–10.30", time(9, 0), time(10, 30)),
        ("kl. 13 till 15", time(13, 0), time(15, 0)),
        ("kl. 12", time(12, 0), None),
        ("kl. 12.00", time(12, 0), None),
        ("klockan 9:15", time(9, 15), None),
    ],
)
def test_times(text, start, end):
    found = swedish.find_time_span(text)
    assert (found[0], found[1]) == (start, end)


def test_an_item_range_is_not_a_time():
    assert swedish.find_time_span("(punkt 4–12)")[0] is None


@pytest.mark.parametrize(
    ("role", "party"),
    [
        ("Saco", "saco"),
        ("SACO-S", "saco"),
        ("Vision", "vision"),
        ("DIK och skyddsombud", "dik"),
        ("Kommunal", "kommunal"),
        ("Sveriges Lärare", "sveriges-larare"),
        ("Sverige Lärare", "sveriges-larare"),  # as the seed misspells it
        ("Lärarförbundet", "sveriges-larare"),
        ("Akademikerförbundet SSR", "ssr"),
        ("Ledarna", "ledarna"),
        ("Förvaltningschef", "arbetsgivaren"),
        ("HR-konsult", "arbetsgivaren"),
        ("Chefssekreterare", "arbetsgivaren"),
        ("Vision, huvudskyddsombud", "vision"),
        ("Skyddsombud", None),
        ("Bibliotekarie", None),
    ],
)
def test_party_of_a_role(role, party):
    assert swedish.party_of_role(role) == party


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Information: Kulturnämndsärenden", ("information", None, "Kulturnämndsärenden")),
        ("Samverkan: Verksamhetsplan 2025", ("samverkan", None, "Verksamhetsplan 2025")),
        ("Förhandling enligt MBL § 11: Ny organisation", ("forhandling", None, "Ny organisation")),
        ("Anmäld fråga från DIK: Sociala medier", ("anmald_fraga", "dik", "Sociala medier")),
        ("Fråga från Vision: Schema", ("anmald_fraga", "vision", "Schema")),
        ("Beslut: Tidplan", ("beslut", None, "Tidplan")),
        ("Från Saco: Lokaler", (None, "saco", "Lokaler")),
        ("Samverkan", (None, None, "Samverkan")),
        ("Information till och från FG", (None, None, "Information till och från FG")),
        (
            "Information från HR-chefen: Rekrytering",
            (None, None, "Information från HR-chefen: Rekrytering"),
        ),
    ],
)
def test_kind_prefix(heading, expected):
    assert swedish.split_kind(heading) == expected


@pytest.mark.parametrize(
    ("kind", "raised_by"), [("anmald_fraga", "dik"), ("information", None), (None, "saco")]
)
def test_the_writers_prefix_reads_back(kind, raised_by):
    assert swedish.split_kind(swedish.kind_prefix(kind, raised_by) + "Rubrik") == (
        kind,
        raised_by,
        "Rubrik",
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Årshjul (bilaga 2)", [2]),
        ("Uppföljning (bilaga 2–4)", [2, 3, 4]),
        ("se bilaga 2 och 3", [2, 3]),
        ("bilagorna 1, 3 och 5", [1, 3, 5]),
        ("budgeten (bil. 1)", [1]),
        ("inga bilagor", []),
    ],
)
def test_bilaga_references(text, numbers):
    assert swedish.bilaga_refs(text) == numbers


def test_references_are_taken_out_of_a_heading():
    assert swedish.strip_bilaga_refs("Nya ramavtal (bilaga 3)") == ("Nya ramavtal", [3])
    assert swedish.strip_bilaga_refs("Årshjul, bilaga 2") == ("Årshjul", [2])


@pytest.mark.parametrize("numbers", [[1], [1, 2], [2, 3, 4], [1, 3], [1, 2, 3, 5]])
def test_formatted_references_read_back(numbers):
    assert swedish.bilaga_refs(swedish.format_bilaga_refs(numbers)) == numbers


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Annasara Yderstedt Karlsson", True),
        ("Åsa Reiding", True),
        ("Carl-Johan af Ekström", True),
        ("Förvaltningschef", False),
        ("Sveriges Lärare", False),
        ("Inget att notera.", False),
    ],
)
def test_names(text, is_name):
    assert swedish.looks_like_name(text) is is_name
