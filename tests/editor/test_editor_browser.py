"""The one-page editor in Debian's Chromium: the secretary writes an item's
text in TinyMCE (in Swedish), adds an item, moves it, saves once and reads
the result in the protocol. Screenshots at 1366 and 390 px for review."""

from pathlib import Path
from plone import api
from tests.accessibility.conftest import logged_in_page
from tests.accessibility.conftest import serious_violations
import transaction


SCREENS = Path("/work/screens")


def press(page, selector):
    with page.expect_navigation():
        page.click(selector)
    page.wait_for_load_state()


def wait_for_editors(page):
    page.wait_for_selector(".tox-tinymce", timeout=20000)


def short_draft(portal, make_protocol):
    """A draft with two of the FVG's standing items (fewer editors to load)."""
    protocol = make_protocol(portal["samverkan"]["fvg"], id="utkast")
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(objects=protocol.punkter()[2:])
    transaction.commit()
    return protocol


def test_secretary_writes_the_protocol_on_one_page(themed, chromium, make_protocol):
    protocol = short_draft(themed, make_protocol)
    page = logged_in_page(chromium, themed, "sekreterare")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(protocol.absolute_url())
    press(page, "a:has-text('Skriv protokollet')")
    assert page.url.endswith("/utkast/@@skriv")
    wait_for_editors(page)
    if SCREENS.is_dir():
        page.screenshot(path=str(SCREENS / "editor-1366.png"))
        page.screenshot(path=str(SCREENS / "editor-1366-hela.png"), full_page=True)
    # TinyMCE speaks Swedish and offers no format picker.
    assert page.locator(".tox-tbtn[aria-label='Fet']").count() >= 1
    assert page.locator("select[name$='mimeType']").count() == 0
    assert page.get_attribute("#f-p-0-body_ifr", "title") == "Textredigerare: Text"
    headings = page.locator("input[name$='.heading']")
    count = headings.count()
    assert count >= 1
    page.fill("#f-place", "Kulturhuset, Sergels torg")
    page.frame_locator("iframe.tox-edit-area__iframe").first.locator("body").fill(
        "Protokollet från förra mötet lades till handlingarna."
    )
    press(page, "button[value='lagg-till-punkt']")
    wait_for_editors(page)
    assert headings.count() == count + 1
    page.fill(f"input[name='p.{count}.heading']", "Arbetsmiljön i Kulturhuset")
    page.select_option(f"select[name='p.{count}.kind']", "information")
    press(page, f"button[value='upp:{count}']")
    wait_for_editors(page)
    assert page.input_value(f"input[name='p.{count - 1}.heading']") == "Arbetsmiljön i Kulturhuset"
    violations = serious_violations(page)
    assert violations == [], violations
    # A bad value: nothing is saved, the message stands at the field.
    page.fill("#f-end_time", "08:00")
    press(page, ".kuf-skriv-bar button[value='spara-visa']")
    assert "Mötet måste sluta efter att det har börjat." in page.inner_text("#mote")
    if SCREENS.is_dir():
        page.screenshot(path=str(SCREENS / "editor-1366-fel.png"))
    wait_for_editors(page)
    page.fill("#f-end_time", "11:00")
    press(page, ".kuf-skriv-bar button[value='spara-visa']")
    assert "Protokollet är sparat." in page.content()
    text = page.inner_text(".kuf-protokoll")
    assert f"{count}. Information: Arbetsmiljön i Kulturhuset" in text
    assert "lades till handlingarna" in text
    assert "Kulturhuset, Sergels torg" in text
    transaction.begin()
    assert protocol.punkter()[count - 1].heading == "Arbetsmiljön i Kulturhuset"
    assert api.content.get_state(protocol) == "draft"


def test_editor_at_phone_width(themed, chromium, make_protocol):
    protocol = short_draft(themed, make_protocol)
    page = logged_in_page(chromium, themed, "sekreterare")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{protocol.absolute_url()}/@@skriv")
    wait_for_editors(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390 + 1, f"the page scrolls sideways ({width} px)"
    if SCREENS.is_dir():
        page.screenshot(path=str(SCREENS / "editor-390.png"), full_page=False)
        page.locator("#punkter").screenshot(path=str(SCREENS / "editor-390-punkter.png"))
