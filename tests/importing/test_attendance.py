"""A row or line of the attendance becomes a person."""

from kuf.samportal.importing import attendance
from kuf.samportal.importing.model import Attendee
import pytest


def people(cells, columns=None):
    return [(p.name, p.role, p.party, p.note) for p in attendance.people_in_cells(cells, columns)]


def test_tab_separated():
    assert people(["Patrick Linderoth", "DIK och skyddsombud"]) == [
        ("Patrick Linderoth", "DIK och skyddsombud", "dik", "")
    ]


def test_two_people_on_one_row():
    assert people(["Maria Jansén", "Förvaltningschef", "Carl Korch", "Saco (punkt 4–12)"]) == [
        ("Maria Jansén", "Förvaltningschef", "arbetsgivaren", ""),
        ("Carl Korch", "Saco", "saco", "punkt 4–12"),
    ]


def test_a_role_that_looks_like_a_name_stays_the_role():
    assert people(["Petra Lindahl", "Företagshälsovården Feelgood"]) == [
        ("Petra Lindahl", "Företagshälsovården Feelgood", None, "")
    ]


def test_name_role_party_without_a_header():
    assert people(["Anna Ek", "Bibliotekarie", "DIK"]) == [("Anna Ek", "Bibliotekarie", "dik", "")]


def test_a_header_row_names_the_columns():
    columns = attendance.header_columns(["Namn", "Titel", "Part", "Anmärkning"])
    assert columns == {0: "name", 1: "role", 2: "party", 3: "note"}
    assert people(["Anna Ek", "Bibliotekarie", "", "punkt 2"], columns) == [
        ("Anna Ek", "Bibliotekarie", None, "punkt 2")
    ]
    assert people(["Per Holm", "Enhetschef", "Arbetsgivaren", ""], columns) == [
        ("Per Holm", "Enhetschef", "arbetsgivaren", "")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Maria Jansén, Förvaltningschef",
            ("Maria Jansén", "Förvaltningschef", "arbetsgivaren", ""),
        ),
        (
            "Maria Jansén – förvaltningschef",
            ("Maria Jansén", "förvaltningschef", "arbetsgivaren", ""),
        ),
        ("Carl Korch (Saco)", ("Carl Korch", "Saco", "saco", "")),
        ("Olle Sund, DIK (§ 3–5)", ("Olle Sund", "DIK", "dik", "§ 3–5")),
        ("Carl Korch, Saco (punkt 4–12)", ("Carl Korch", "Saco", "saco", "punkt 4–12")),
        (
            "Elin Ström (Enhetschef, punkt 1–4)",
            ("Elin Ström", "Enhetschef", "arbetsgivaren", "punkt 1–4"),
        ),
        (
            "Annasara Yderstedt Karlsson Chefssekreterare",
            ("Annasara Yderstedt Karlsson", "Chefssekreterare", "arbetsgivaren", ""),
        ),
        (
            "Mats Gustafsson Sveriges Lärare",
            ("Mats Gustafsson", "Sveriges Lärare", "sveriges-larare", ""),
        ),
    ],
)
def test_one_line_of_text(line, expected):
    assert people([line]) == [expected]


def test_a_list_after_the_label():
    assert [p[0] for p in people(["Anna Ek (Vision), Per Holm (DIK), Eva Lund (Saco)"])] == [
        "Anna Ek",
        "Per Holm",
        "Eva Lund",
    ]
    assert [p[2] for p in people(["Anna Ek, Vision; Per Holm, DIK"])] == ["vision", "dik"]


def test_what_is_a_person_row():
    assert attendance.is_person_row(["Carl Korch", "Saco"])
    assert attendance.is_person_row(["Carl Korch, Saco"])
    assert not attendance.is_person_row(["Föregående protokoll lades till handlingarna."])


def test_a_parenthesis_that_is_no_note_belongs_to_the_role():
    found = attendance.person("Maria Jansén (ordförande)", "Förvaltningschef")
    assert found == Attendee("Maria Jansén", "Förvaltningschef, ordförande", "arbetsgivaren", "")
