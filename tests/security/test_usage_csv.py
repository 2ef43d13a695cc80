"""Item 11 of issue 11: a usage CSV with numbers the figures cannot count
("nan", "inf", 1e308, huge or negative amounts) or control characters is
refused with its line number, and nothing of it is imported, over REST and
through the Classic import form."""

from plone import api
import pytest
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


HEADER = "manad;avdelning;typ;niva;tjanst;belopp;besok\n"
GOOD = "2026-01;Stockholms stadsbibliotek;förebyggande;grupp;Handledning;1 000,00;2\n"


def row(amount="100", visits="1", department="Kulturskolan Stockholm"):
    return f"2026-02;{department};främjande;individ;Stödsamtal;{amount};{visits}\n"


BAD_ROWS = {
    "nan": row("nan"),
    "NaN": row("NaN"),
    "inf": row("inf"),
    "-inf": row("-inf"),
    "Infinity": row("Infinity"),
    "1e308": row("1e308"),
    "huge": row("999 999 999 999,00"),
    "negative": row("-5"),
    "exponent": row("1e3"),
    "visits-superscript": row(visits="²"),
    "visits-huge": row(visits="99999999999"),
    "nul": row(department="Kultur\x00skolan"),
    "escape": row(department="Kultur\x1b[31mskolan"),
}


@pytest.fixture
def feelgood(demo_portal):
    return demo_portal["avtal"]["feelgood"]


def test_rest_refuses_with_the_line_and_imports_nothing(feelgood, http):
    hr = http("hr")
    for case, bad in BAD_ROWS.items():
        csv = HEADER + GOOD + bad
        response = hr.post(rest_url(feelgood, "/@anvandning"), json={"ar": 2026, "csv": csv})
        assert response.status_code == 400, (case, response.text)
        error = response.json()["error"]
        assert error["message"].startswith("Inget importerades."), case
        assert error["rows"], case
        assert all(message.startswith("Rad 3: ") for message in error["rows"]), error["rows"]
        assert "\\u0000" not in response.text  # no control character quoted back
        assert "\\u001b" not in response.text
    transaction.begin()
    assert 2026 not in (feelgood.usage or {})
    assert hr.get(rest_url(feelgood, "/@statistik"), params={"ar": "2025"}).status_code == 200


def test_a_bad_year_is_refused(feelgood, http):
    hr = http("hr")
    for year in ("true", "1e400", '"1e400"', "[2026]", '{"a": 1}', "99999", '"2026x"'):
        response = hr.post(
            rest_url(feelgood, "/@anvandning"),
            data=f'{{"ar": {year}, "csv": "x"}}',
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400, (year, response.text)
        body = response.json()
        message = body["error"]["message"] if "error" in body else body["message"]
        assert message in (
            "Ange året med fyra siffror.",
            "Innehållet i begäran ska vara ett giltigt JSON-objekt (med ändliga tal).",
        ), year


def test_the_import_form_refuses_nan_and_a_nul_byte(feelgood, demo_app):
    browser = browser_as(demo_app, "hr")
    browser.open(feelgood.absolute_url() + "/@@importera-anvandning")
    browser.getControl(name="ar").value = "2026"
    content = (HEADER + GOOD + BAD_ROWS["nan"] + BAD_ROWS["nul"]).encode()
    browser.getControl(name="fil").add_file(content, "text/csv", "fel.csv")
    browser.getControl(name="form.import").click()
    assert "Inget importerades." in browser.contents
    assert "Rad 3:" in browser.contents
    assert "Rad 4: Raden innehåller otillåtna tecken" in browser.contents
    transaction.begin()
    assert 2026 not in (feelgood.usage or {})


def test_rows_stored_before_the_checks_do_not_break_the_figures(feelgood, http):
    """A year imported with "nan" before this fix is shown without that row."""
    with api.env.adopt_roles(["Manager"]):
        feelgood.usage[2026] = (
            (1, "Bibliotek", "främjande", "grupp", "Handledning", 100.0, 1),
            (2, "Bibliotek", "främjande", "grupp", "Handledning", float("nan"), 1),
            (3, "Bibliotek", "främjande", "grupp", "Handledning", float("inf"), 1),
        )
    transaction.commit()
    hr = http("hr")
    stats = hr.get(rest_url(feelgood, "/@statistik"), params={"ar": "2026"})
    assert stats.status_code == 200, stats.text
    assert stats.json()["total"] == 100.0
    page = hr.get(feelgood.absolute_url() + "/@@statistik", params={"ar": "2026"})
    assert page.status_code == 200
    workbook = hr.get(feelgood.absolute_url() + "/@@statistik.xlsx", params={"ar": "2026"})
    assert workbook.status_code == 200
