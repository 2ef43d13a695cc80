"""WCAG 2.1 AA on the handbook's pages: axe-core in a real headless Chromium
(Debian's, never a downloaded one), plus keyboard navigation to the search.

`make test` installs Chromium and axe-core (scripts/system-deps.sh --test,
npm ci); without them this test fails rather than being skipped.
"""

import pytest
from tests.accessibility.conftest import violations_on


PAGES = [
    "arbetsmiljohandbok",
    "arbetsmiljohandbok/arlig-uppfoljning-sam-och-aktiva-atgarder",
    "stodmaterial/chefens-checklista",
    "stodmaterial",
]


def test_handbook_pages_pass_wcag_21_aa(themed, browser_page):
    assert violations_on(browser_page, themed, PAGES) == {}


def test_keyboard_reaches_the_handbook_search(themed, browser_page):
    browser_page.goto(f"{themed.absolute_url()}/arbetsmiljohandbok")
    for _ in range(60):
        browser_page.keyboard.press("Tab")
        if browser_page.evaluate("document.activeElement.id") == "kuf-handbook-q":
            break
    else:
        pytest.fail("The handbook's search field cannot be reached with the keyboard")
    browser_page.keyboard.type("kulturnämnden")
    with browser_page.expect_navigation():
        browser_page.keyboard.press("Enter")
    browser_page.wait_for_load_state()
    assert "/@@search" in browser_page.url
    assert "Rutin årlig uppföljning" in browser_page.content()


def test_hrs_routine_form_passes_wcag_21_aa(themed, chromium):
    """The add form of a routine (its related-items widget draws an icon-only
    link to the site after load) is checked as soon as it has loaded."""
    from tests.accessibility.conftest import logged_in_page

    page = logged_in_page(chromium, themed, "hr")
    assert violations_on(page, themed, ["arbetsmiljohandbok/++add++Rutin"]) == {}
    page.close()
