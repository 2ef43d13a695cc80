"""Shared fixtures of the browser tests: the themed demo site and a logged-in
page in Debian's headless Chromium, with axe-core at hand."""

import os
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
def chromium():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium saknas: kör make test (scripts/system-deps.sh)"
    assert AXE.exists(), "axe-core saknas: kör make test (npm ci)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


def logged_in_page(browser, portal, user):
    page = browser.new_page(locale="sv-SE")
    page.goto(portal.absolute_url() + "/login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", "samverkan")
    page.click("#buttons-login")
    page.wait_for_load_state()
    return page


@pytest.fixture
def browser_page(themed, chromium):
    return logged_in_page(chromium, themed, "medarbetare")


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


def violations_on(page, portal, paths):
    """Serious or critical axe violations per page; pages must not be the login."""
    found = {}
    for path in paths:
        page.goto(f"{portal.absolute_url()}/{path}")
        assert "Logga in" not in page.title(), path
        violations = serious_violations(page)
        if violations:
            found[path] = violations
    return found


WIDTHS = (1366, 390)


def screenshots(page, name):
    """With KUF_SCREENSHOTS=<folder>, keep the page at 1366 and 390 px."""
    folder = os.environ.get("KUF_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=f"{folder}/{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})
