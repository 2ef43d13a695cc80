"""Reporting a deviation: the collective.easyform form end to end, REST, the
deviation's workflow, and what is refused."""

from plone import api
import pytest
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


@pytest.fixture
def feelgood(demo_portal):
    return demo_portal["avtal"]["feelgood"]


def deviation_ids(agreement):
    transaction.begin()
    return {o.getId() for o in agreement.objectValues() if o.portal_type == "Avvikelse"}


def test_the_form_creates_a_deviation_only_the_reporter_and_hr_read(feelgood, demo_app, http):
    before = deviation_ids(feelgood)
    browser = browser_as(demo_app, "sekreterare")
    browser.open(feelgood.absolute_url() + "/rapportera-avvikelse")
    browser.getControl(name="form.widgets.kategori:list").displayValue = ["Bemötande"]
    browser.getControl(name="form.widgets.beskrivning").value = "Otrevligt bemötande i telefon."
    browser.getControl(name="form.widgets.datum").value = "2026-11-20"
    browser.getControl(name="form.buttons.submit").click()
    assert "Tack! Avvikelsen är registrerad." in browser.contents
    (new_id,) = deviation_ids(feelgood) - before
    deviation = feelgood[new_id]
    assert deviation.reporter == "sekreterare"
    assert deviation.category == "bemotande"
    assert deviation.description.startswith("Otrevligt bemötande i telefon.")
    assert "När hände det?: 2026-11-20" in deviation.description
    assert api.content.get_state(deviation) == "registrerad"
    assert deviation.due() == deviation.reported_on + __import__("datetime").timedelta(days=7)
    readers = {
        user: http(user).get(rest_url(deviation)).status_code == 200
        for user in ("sekreterare", "hr", "medarbetare", "chef", "saco")
    }
    assert readers == {
        "sekreterare": True,
        "hr": True,
        "medarbetare": False,
        "chef": False,
        "saco": False,
    }


def test_the_form_without_a_description_creates_nothing(feelgood, demo_app):
    before = deviation_ids(feelgood)
    browser = browser_as(demo_app, "sekreterare")
    browser.open(feelgood.absolute_url() + "/rapportera-avvikelse")
    browser.getControl(name="form.buttons.submit").click()
    assert "Tack! Avvikelsen är registrerad." not in browser.contents
    assert "Obligatoriskt fält: fyll i ett värde." in browser.contents
    assert "Formuläret innehåller fel." in browser.contents
    assert deviation_ids(feelgood) == before


def test_a_field_hr_adds_to_the_form_is_kept_in_the_deviation(feelgood, demo_app):
    form = feelgood["rapportera-avvikelse"]
    with api.env.adopt_user(username="hr"):
        assert api.user.has_permission("Modify portal content", obj=form)
        form.fields_model = form.fields_model.replace(
            "  </schema>",
            '    <field name="plats" type="zope.schema.TextLine">\n'
            "      <title>Var hände det?</title>\n      <required>False</required>\n"
            "    </field>\n  </schema>",
        )
    transaction.commit()
    before = deviation_ids(feelgood)
    browser = browser_as(demo_app, "medarbetare")
    browser.open(form.absolute_url())
    browser.getControl(name="form.widgets.kategori:list").displayValue = [
        "Kvalitet i utfört uppdrag"
    ]
    browser.getControl(name="form.widgets.beskrivning").value = "Fel på ergonomironden."
    browser.getControl(name="form.widgets.plats").value = "Kulturhuset"
    browser.getControl(name="form.buttons.submit").click()
    (new_id,) = deviation_ids(feelgood) - before
    assert "Var hände det?: Kulturhuset" in feelgood[new_id].description


def test_hr_edits_the_form_fields_through_the_web_and_employees_cannot(feelgood, http):
    fields = feelgood["rapportera-avvikelse"].absolute_url() + "/fields"
    assert http("hr").get(fields, headers={"Accept": "text/html"}).status_code == 200
    employee = http("medarbetare").get(
        fields, headers={"Accept": "text/html"}, allow_redirects=False
    )
    assert employee.status_code != 200


def test_reporting_over_rest(feelgood, http):
    before = deviation_ids(feelgood)
    good = http("chef").post(
        rest_url(feelgood, "/@avvikelser"),
        json={"kategori": "fakturering", "beskrivning": "Faktura utan inköpsordernummer."},
    )
    assert good.status_code == 201
    assert good.json()["state"] == "registrerad"
    bad = http("chef").post(
        rest_url(feelgood, "/@avvikelser"), json={"kategori": "annat", "beskrivning": " "}
    )
    assert bad.status_code == 400
    assert bad.json()["error"]["messages"] == [
        "Välj vad avvikelsen gäller.",
        "Beskriv vad som hänt.",
    ]
    assert len(deviation_ids(feelgood) - before) == 1


def test_marking_answered_needs_the_suppliers_answer(feelgood, http):
    deviation = next(o for o in feelgood.objectValues() if o.portal_type == "Avvikelse")
    hr = http("hr")
    refused = hr.post(rest_url(deviation, "/@workflow/besvara"))
    assert refused.status_code == 400
    assert (
        hr.patch(
            rest_url(deviation), json={"supplier_answer": "Vi har ringt upp medarbetaren."}
        ).status_code
        == 204
    )
    assert http("medarbetare").post(rest_url(deviation, "/@workflow/besvara")).status_code != 200
    assert hr.post(rest_url(deviation, "/@workflow/besvara")).status_code == 200
    transaction.begin()
    assert api.content.get_state(deviation) == "besvarad"
    assert not deviation.overdue()  # answered: no longer waiting for the supplier
    assert hr.post(rest_url(deviation, "/@workflow/stang")).status_code == 200
    closed = hr.patch(rest_url(deviation), json={"supplier_answer": "Ändrat"})
    assert closed.status_code in (401, 403)
