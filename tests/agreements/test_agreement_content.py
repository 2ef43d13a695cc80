"""The agreement itself: bad dates refused in Swedish, status over REST, and
the local roles that follow its fields."""

from plone import api
import pytest
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


@pytest.fixture
def section(demo_portal):
    return demo_portal["avtal"]


NEW = {
    "@type": "Leverantorsavtal",
    "title": "Testavtal",
    "supplier": "Testbolaget AB",
    "area": "annat",
    "purpose": "Prov.",
    "order_steps": ["Ring leverantören."],
    "deviation_days": 7,
}


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        ({"start": "2026-01-01", "end": "2025-12-31"}, "Avtalet slutar innan det börjar."),
        (
            {"start": "2026-01-01", "end": "2027-12-31", "latest_end": "2027-06-30"},
            "Senaste möjliga slut ligger före avtalets slut.",
        ),
    ],
)
def test_bad_dates_are_refused_over_rest(section, http, dates, message):
    before = list(section.objectIds())
    response = http("hr").post(rest_url(section), json={**NEW, **dates})
    assert response.status_code == 400
    assert message in str(response.json())
    transaction.begin()
    assert list(section.objectIds()) == before


def test_bad_dates_in_the_classic_edit_form(section, demo_app):
    agreement = section["aventus"]
    browser = browser_as(demo_app, "hr")
    browser.open(agreement.absolute_url() + "/edit")
    browser.getControl(name="form.widgets.end").value = "2024-12-31"
    browser.getControl(name="form.buttons.save").click()
    assert "Avtalet slutar innan det börjar." in browser.contents
    transaction.begin()
    assert agreement.end.isoformat() == "2027-12-31"


def test_status_and_extension_over_rest(section, http):
    feelgood = http("medarbetare").get(rest_url(section["feelgood"])).json()
    assert feelgood["status"] == "loper_ut"  # ends 2027-04-30 in the demo
    assert feelgood["decide_on_extension"] is True
    aventus = http("medarbetare").get(rest_url(section["aventus"])).json()
    assert aventus["status"] == "aktivt"
    assert aventus["order_steps"][0].startswith("Ta kontakt med Aventus")


def test_new_agreement_gets_its_deviation_form_and_managers(section, http):
    response = http("hr").post(
        rest_url(section),
        json={**NEW, "start": "2026-01-01", "end": "2027-12-31", "managers": ["chef"]},
    )
    assert response.status_code == 201, response.text[:3000]
    transaction.begin()
    agreement = section[response.json()["id"]]
    assert "rapportera-avvikelse" in agreement.objectIds()
    assert "KufAgreementManager" in api.user.get_roles(username="chef", obj=agreement)
    assert http("chef").get(rest_url(agreement, "/@statistik")).ok


def test_statistics_readers_hold_their_role_on_the_section_only(demo_portal):
    section = demo_portal["avtal"]
    assert "KufStatisticsReader" in section.get_local_roles_for_userid("part-saco")
    assert "KufStatisticsReader" in section.get_local_roles_for_userid("funktion-chefer")
    assert not demo_portal["samverkan"].get_local_roles_for_userid("funktion-chefer")
