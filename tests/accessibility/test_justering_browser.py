"""The justerare's way in Debian's Chromium: "Att justera" on the start
page, the confirmation before signing (leaving it signs nothing; confirmed,
it signs), and a synpunkt given from an item, which comes back to the item.

Set KUF_SCREENSHOTS to a folder to keep screenshots (1366 and 390 px):
justering-startsida, justering-bekraftelse, justering-gruppsida."""

from kuf.samportal.signatures import signatures
from plone import api
from tests.accessibility.conftest import logged_in_page
from tests.accessibility.conftest import screenshots
from tests.accessibility.conftest import serious_violations
import transaction


JUSTERING = "samverkan/fvg/protokoll-pagaende-justering"


def signed_by(protocol):
    transaction.begin()
    return sorted(signatures(protocol))


def test_justerare_confirms_before_signing(themed, chromium):
    protocol = themed.unrestrictedTraverse(JUSTERING)
    page = logged_in_page(chromium, themed, "saco")
    page.goto(themed.absolute_url())
    block = page.locator("#kuf-att-justera")
    assert "Väntar på din signatur" in block.inner_text()
    assert protocol.Title() in block.inner_text()
    assert serious_violations(page) == []
    screenshots(page, "justering-startsida")

    # From the start page to the confirmation, and away again: nothing signed.
    with page.expect_navigation():
        block.locator("a.kuf-sign-link").first.click()
    assert "@@signera" in page.url
    fingerprint = page.inner_text(".kuf-sign-fingerprint")
    assert len(fingerprint) == 64
    counts = page.inner_text(".kuf-sign-counts")
    assert f"{len([i for i in protocol.punkter() if not i.letter])} punkter" in counts
    bilagor = len(protocol.bilagor())
    assert (f"{bilagor} bilagor" if bilagor != 1 else "1 bilaga") in counts
    assert "Saco" in page.inner_text(".kuf-sign-synpunkter")  # the demo's open synpunkt
    assert serious_violations(page) == []
    screenshots(page, "justering-bekraftelse")
    with page.expect_navigation():
        page.click("text=Tillbaka till protokollet utan att signera")
    assert signed_by(protocol) == []

    # The protocol's button; the box not ticked: the browser does not send it.
    with page.expect_navigation():
        page.click("form.kuf-sign button")
    page.click(".kuf-sign-confirm button[type=submit]")
    assert "@@signera" in page.url
    assert signed_by(protocol) == []

    page.check("#kuf-bekraftar")
    with page.expect_navigation():
        page.click(".kuf-sign-confirm button[type=submit]")
    assert page.url.rstrip("/") == protocol.absolute_url()
    assert "Du har signerat protokollet." in page.content()
    assert signed_by(protocol) == ["saco"]
    page.goto(themed.absolute_url())
    assert "Väntar på din signatur" not in page.inner_text("#kuf-att-justera")

    page.goto(themed.absolute_url() + "/samverkan/fvg")
    assert "Under justering" in page.inner_text("table.kuf-protocols")
    screenshots(page, "justering-gruppsida")


def test_synpunkt_from_an_item_returns_to_the_item(themed, chromium):
    protocol = themed.unrestrictedTraverse(JUSTERING)
    item = protocol.punkter()[1]
    page = logged_in_page(chromium, themed, "vision")
    page.goto(protocol.absolute_url())
    with page.expect_navigation():
        page.locator("#punkt-2 a.kuf-comment-link").first.click()
    assert page.input_value("#form-widgets-punkt") == item.UID()
    page.fill("#form-widgets-text", "Punkt 2 saknar beslutet.")
    with page.expect_navigation():
        page.click("#form-buttons-save")
    assert page.url == protocol.absolute_url() + "#punkt-2"
    assert "Punkt 2 saknar beslutet." in page.inner_text("#punkt-2")
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        assert [s.punkt for s in protocol.synpunkter() if s.text.startswith("Punkt 2")] == [
            item.UID()
        ]
