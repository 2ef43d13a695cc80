"""The supplier agreements in a real browser: an employee finds how to order
crisis support in two clicks and reports a deviation through the form; the
pages pass axe-core's WCAG 2.1 AA rules (no serious or critical violations)."""

from tests.accessibility.conftest import logged_in_page
from tests.accessibility.conftest import serious_violations
from tests.accessibility.conftest import violations_on


def test_order_crisis_support_in_two_clicks_and_report_a_deviation(themed, chromium):
    page = logged_in_page(chromium, themed, "medarbetare")
    page.goto(themed.absolute_url())
    page.click("#kuf-sections a:has-text('Avtal och leverantörer')")  # click 1
    page.wait_for_load_state()
    page.click("a:has-text('Krisstöd: så beställer du')")  # click 2
    page.wait_for_load_state()
    assert page.url.endswith("/avtal/avonova-krisstod#bestall")
    assert "Akut krisstöd dygnet runt" in page.content()
    assert serious_violations(page) == []
    page.click("a:has-text('Rapportera avvikelse')")
    page.wait_for_load_state()
    assert serious_violations(page) == []
    page.select_option("#form-widgets-kategori", label="Bemötande")
    page.fill("#form-widgets-beskrivning", "Ingen återkoppling efter samtalet.")
    with page.expect_navigation():
        page.click("#form-buttons-submit")
    assert "Tack! Avvikelsen är registrerad." in page.content()


def test_agreement_pages_pass_wcag_21_aa(themed, chromium):
    page = logged_in_page(chromium, themed, "hr")
    paths = (
        "avtal",
        "avtal/feelgood",
        "avtal/feelgood/@@statistik",
        "avtal/feelgood/@@importera-anvandning",
    )
    assert violations_on(page, themed, paths) == {}
