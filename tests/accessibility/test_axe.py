"""WCAG 2.1 AA on the handbook's pages: axe-core in a real headless Chromium
(Debian's, never a downloaded one), plus keyboard navigation to the search.

`make test` installs Chromium and axe-core (scripts/system-deps.sh --test,
npm ci); without them this test fails rather than being skipped.
"""

from pathlib import Path
from plone import api
from plone.app.testing import applyProfile
import pytest
import transaction


ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules/axe-core/axe.min.js"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def themed(demo_portal):
    """The demo site with the Classic UI theme, as users get it."""
    with api.env.adopt_roles(["Manager"]):
        applyProfile(demo_portal, "plonetheme.barceloneta:default")
    transaction.commit()
    return demo_portal


@pytest.fixture
def browser_page(themed):
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium saknas: kör make test (scripts/system-deps.sh)"
    assert AXE.exists(), "axe-core saknas: kör make test (npm ci)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(locale="sv-SE")
        page.goto(themed.absolute_url() + "/login")
        page.fill("#__ac_name", "medarbetare")
        page.fill("#__ac_password", "samverkan")
        page.click("#buttons-login")
        page.wait_for_load_state()
        yield page
        browser.close()


def serious_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG,
    )
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]])
        for violation in result["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


PAGES = [
    "arbetsmiljohandbok",
    "arbetsmiljohandbok/arlig-uppfoljning-sam-och-aktiva-atgarder",
    "stodmaterial/chefens-checklista",
    "stodmaterial",
]


def test_handbook_pages_pass_wcag_21_aa(themed, browser_page):
    found = {}
    for path in PAGES:
        browser_page.goto(f"{themed.absolute_url()}/{path}")
        assert "Logga in" not in browser_page.title()
        violations = serious_violations(browser_page)
        if violations:
            found[path] = violations
    assert found == {}, found


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
