"""The roll-up and the action plan as REST, XLSX and PDF say the same thing."""

from io import BytesIO
from openpyxl import load_workbook
from pypdf import PdfReader
import pytest
from tests.helpers import rest_url


@pytest.fixture
def hr(http):
    return http("hr")


def test_rollup_counts_and_analyses_follow_the_answers(demo_portal, tree, hr):
    objects = tree(demo_portal)
    report = hr.get(rest_url(objects["library"], "/@sammanstallning")).json()["report"]
    assert report["checklist"] == "Checklista för årlig uppföljning 2026"
    first = report["areas"][0]["questions"][0]
    counts = {count["label"]: count["count"] for count in first["counts"]}
    # Library: the department and six submitted units; Farsta och Skarpnäck agrees partly.
    assert counts == {"Instämmer helt": 6, "Instämmer delvis": 1, "Instämmer inte": 0}
    assert report["submitted"] == 7
    assert {
        "node": "Järva",
        "text": "Personalpolicyn har gåtts igenom på APT i uppstart av läsåret.",
    } in first["analyses"]


def test_rollup_xlsx_has_the_counts_and_the_analyses(demo_portal, tree, hr):
    library = tree(demo_portal)["library"]
    response = hr.get(library.absolute_url() + "/@@sammanstallning.xlsx")
    assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(BytesIO(response.content))
    answers = list(book["Svar"].iter_rows(min_row=3, values_only=True))
    assert answers[0] == (
        "Område",
        "Fråga",
        "Instämmer helt",
        "Instämmer delvis",
        "Instämmer inte",
        "Antal svar",
    )
    assert answers[1][2:] == (6, 1, 0, 7)
    analyses = list(book["Analyser"].iter_rows(min_row=2, values_only=True))
    assert "Järva" in {row[2] for row in analyses}


def test_rollup_and_action_plan_pdfs_render(demo_portal, tree, hr):
    root = tree(demo_portal)["root"]
    rollup = hr.get(root.absolute_url() + "/@@sammanstallning.pdf")
    plan = hr.get(root.absolute_url() + "/@@handlingsplan.pdf", params={"underliggande": "1"})
    for response in (rollup, plan):
        assert response.headers["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
    rollup_text = " ".join(p.extract_text() for p in PdfReader(BytesIO(rollup.content)).pages)
    assert "Järva" in rollup_text
    assert "Svar och analyser" in rollup_text
    plan_text = " ".join(p.extract_text() for p in PdfReader(BytesIO(plan.content)).pages)
    assert "Pulsmätning" in plan_text
    assert "Mikael Andersson" in plan_text  # the unit's action, included from below


def test_action_plan_rest_lists_own_and_optionally_lower_actions(demo_portal, tree, hr):
    root = tree(demo_portal)["root"]
    own = hr.get(rest_url(root, "/@handlingsplan"), params={"ar": "2026"}).json()
    below = hr.get(
        rest_url(root, "/@handlingsplan"), params={"ar": "2026", "underliggande": "1"}
    ).json()
    assert {a["node"] for a in own["actions"]} == {"Kulturförvaltningen"}
    assert len(own["actions"]) == 5
    assert len(below["actions"]) == 6
    assert {a["status_title"] for a in below["actions"]} == {"Pågående", "Ej påbörjad"}
