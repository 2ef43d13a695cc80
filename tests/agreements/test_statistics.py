"""Usage statistics: the figures of the seed, charts with text alternatives,
the XLSX export, and the CSV import over REST and the Classic form."""

from io import BytesIO
from openpyxl import load_workbook
import pytest
import re
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


@pytest.fixture
def feelgood(demo_portal):
    return demo_portal["avtal"]["feelgood"]


def test_the_seed_figures_over_rest(feelgood, http):
    stats = http("hr").get(rest_url(feelgood, "/@statistik"), params={"ar": "2025"}).json()
    assert stats["years"] == [2025, 2024]
    assert round(stats["total"]) == 703_000
    assert round(stats["previous_total"]) == 351_000
    assert {k["kind"]: k["percent"] for k in stats["kinds"]} == {
        "efterhjälpande": 42,
        "förebyggande": 58,
        "främjande": 0,
    }
    assert [k["percent"] for k in stats["previous_kinds"]][:2] == [56, 44]
    assert stats["departments"][0]["department"] == "Stockholms stadsbibliotek"
    assert len(stats["months"]) == 12
    assert stats["services"][0]["service"] == "Stödsamtal Efterhjälpande IND"


def test_charts_are_svg_with_text_alternatives_and_tables(feelgood, http):
    html = (
        http("saco")
        .get(feelgood.absolute_url() + "/@@statistik", headers={"Accept": "text/html"})
        .text
    )
    charts = re.findall(r"<svg [^>]*kuf-chart.*?</svg>", html, flags=re.S)
    assert len(charts) == 4
    for chart in charts:
        assert 'role="img"' in chart
        assert re.search(r"<title id=\"[^\"]+\">[^<]+</title>", chart)
        assert re.search(r"<desc id=\"[^\"]+\">[^<]+</desc>", chart)
    assert "2025: efterhjälpande 42 %, förebyggande 58 %" in html  # the kind chart's desc
    assert html.count("<table") >= 4  # every chart's data as a table too
    assert "<script" not in "".join(charts)


def test_xlsx_has_the_pages_tables(feelgood, http):
    response = http("hr").get(feelgood.absolute_url() + "/@@statistik.xlsx", params={"ar": "2025"})
    book = load_workbook(BytesIO(response.content))
    assert book.sheetnames == ["Per månad", "Per typ", "Per avdelning", "Tjänster"]
    kinds = list(book["Per typ"].iter_rows(min_row=2, values_only=True))
    assert [(kind, percent) for kind, _amount, percent in kinds] == [
        ("efterhjälpande", 42),
        ("förebyggande", 58),
        ("främjande", 0),
    ]
    months = list(book["Per månad"].iter_rows(min_row=4, values_only=True))
    assert len(months) == 12
    assert round(sum(row[1] for row in months)) == 703_000


GOOD = (
    "manad;avdelning;typ;niva;tjanst;belopp;besok\n"
    "2026-01;Stockholms stadsbibliotek;efterhjälpande;individ;Stödsamtal;10 000,00;4\n"
    "2026-02;Kulturskolan Stockholm;förebyggande;grupp;Handledning;5000;1\n"
)
BAD = (
    GOOD
    + "2026-03;Museer och konst;akut;individ;Stödsamtal;100;1\n2025-12;X;främjande;grupp;Y;1;1\n"
)


def test_import_over_rest_good_then_bad(feelgood, http):
    hr = http("hr")
    good = hr.post(rest_url(feelgood, "/@anvandning"), json={"ar": 2026, "csv": GOOD})
    assert good.json() == {"imported": 2, "ar": 2026}
    bad = hr.post(rest_url(feelgood, "/@anvandning"), json={"ar": 2026, "csv": BAD})
    assert bad.status_code == 400
    assert bad.json()["error"]["rows"] == [
        "Rad 4: Typen ”akut” ska vara efterhjälpande, förebyggande eller främjande.",
        "Rad 5: Månaden 2025-12 hör inte till året 2026.",
    ]
    transaction.begin()
    assert len(feelgood.usage[2026]) == 2  # the earlier good import is untouched
    stats = hr.get(rest_url(feelgood, "/@statistik"), params={"ar": "2026"}).json()
    assert stats["total"] == 15000.0
    assert stats["previous_total"] > 700_000  # 2025 is the previous year


def test_import_form_lists_bad_rows_and_imports_nothing(feelgood, demo_app):
    browser = browser_as(demo_app, "hr")
    browser.open(feelgood.absolute_url() + "/@@importera-anvandning")
    browser.getControl(name="ar").value = "2026"
    browser.getControl(name="fil").add_file(BAD.encode(), "text/csv", "feelgood-2026.csv")
    browser.getControl(name="form.import").click()
    assert "Inget importerades." in browser.contents
    assert "Rad 4: Typen ”akut”" in browser.contents
    transaction.begin()
    assert 2026 not in feelgood.usage
    browser.open(feelgood.absolute_url() + "/@@importera-anvandning")
    browser.getControl(name="ar").value = "2026"
    browser.getControl(name="fil").add_file(GOOD.encode("utf-8-sig"), "text/csv", "ok.csv")
    browser.getControl(name="form.import").click()
    assert "2 rader importerade för 2026." in browser.contents
    transaction.begin()
    assert len(feelgood.usage[2026]) == 2
