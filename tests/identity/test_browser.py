"""Login through the identity provider and signing with BankID in Debian's
Chromium: the administrator maps the provider's groups in the control
panel; a new user with the Saco group logs in and sees the FVG protocol in
justering, and loses it when the provider takes the group away; two
justerare sign with BankID at the same moment.

Set KUF_SCREENSHOTS to a folder to keep screenshots (1366 and 390 px)."""

from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity.bankid_signing import use_bankid
from kuf.samportal.signatures import signatures
from plone import api
import pytest
import re
from tests.accessibility.conftest import chromium  # noqa: F401 (fixture)
from tests.accessibility.conftest import logged_in_page
from tests.accessibility.conftest import screenshots
from tests.accessibility.conftest import serious_violations
from tests.accessibility.conftest import themed  # noqa: F401 (fixture)
import transaction
from ZPublisher.HTTPRequest import HTTPRequest


JUSTERING = "samverkan/fvg/protokoll-pagaende-justering"


def test_saco_group_from_the_provider_opens_the_fvg_protocol(themed, chromium, provider):  # noqa: F811
    # The administrator maps the provider's Saco group in the control panel.
    page = chromium.new_page(locale="sv-SE")
    page.goto(themed.absolute_url() + "/login")
    page.fill("#__ac_name", "admin")
    page.fill("#__ac_password", "secret")
    page.click("#buttons-login")
    page.wait_for_load_state()
    page.goto(themed.absolute_url() + "/@@identitet")
    assert "Inloggning och signering" in page.content()
    page.fill("#provider-0", "KuF-Saco")
    page.select_option("#portal-0", "part-saco")
    with page.expect_navigation():
        page.click("button:has-text('Spara kopplingen')")
    assert "Gruppkopplingen är sparad" in page.content()
    assert serious_violations(page) == []
    screenshots(page, "kontrollpanel-identitet")
    page.close()

    provider.login_as(
        "nora.saco",
        email="nora.berg@saco.example.org",
        given_name="Nora",
        family_name="Berg",
        groups=["KuF-Saco", "Alla-medarbetare"],
    )
    user = chromium.new_context(locale="sv-SE")
    page = user.new_page()
    page.goto(f"{themed.absolute_url()}/{JUSTERING}")
    assert "/inloggning" in page.url
    assert serious_violations(page) == []
    screenshots(page, "inloggning")
    with page.expect_navigation(url=re.compile(JUSTERING)):
        page.click("a.kuf-login-sso")
    assert "Under justering" in page.content()
    assert "Nora Berg" in page.content()

    # The provider takes the group away: at the next login the access goes.
    provider.login_as("nora.saco", email="nora.berg@saco.example.org", name="Nora Berg", groups=[])
    page.goto(f"{themed.absolute_url()}/logout")
    assert provider.logouts
    page.goto(f"{themed.absolute_url()}/{JUSTERING}")
    page.click("a.kuf-login-sso")
    page.wait_for_load_state()
    assert "Under justering" not in page.content()
    transaction.begin()
    assert "nora.saco" not in api.group.get(groupname="part-saco").getGroupMemberIds()

    # And back again.
    provider.login_as("nora.saco", email="nora.berg@saco.example.org", groups=["KuF-Saco"])
    page.goto(f"{themed.absolute_url()}/logout")
    page.goto(f"{themed.absolute_url()}/{JUSTERING}")
    with page.expect_navigation(url=re.compile(JUSTERING)):
        page.click("a.kuf-login-sso")
    assert "Under justering" in page.content()
    user.close()


@pytest.fixture
def two_justerare_with_bankid(themed, make_protocol, bankid, monkeypatch):  # noqa: F811
    monkeypatch.setattr(HTTPRequest, "retry_max_count", 10)
    protocol = make_protocol(
        themed["samverkan"]["fvg"], id="bankid-samtidigt", justerare=["arbetsgivare", "saco"]
    )
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
        use_bankid(True)
        personal_numbers.set_for("arbetsgivare", "191212121212")
        personal_numbers.set_for("saco", "199001010017")
    transaction.commit()
    return protocol


def test_two_justerare_sign_with_bankid_at_once(two_justerare_with_bankid, chromium, bankid):  # noqa: F811
    protocol = two_justerare_with_bankid
    pages = {}
    for user in ("arbetsgivare", "saco"):
        page = logged_in_page(chromium, api.portal.get(), user)
        page.goto(protocol.absolute_url())
        with page.expect_navigation():
            page.click("button:has-text('Signera med BankID')")
        page.check("#kuf-bekraftar")  # the confirmation page
        with page.expect_navigation():
            page.click("button:has-text('Starta BankID')")
        page.wait_for_selector(".kuf-bankid-qr svg")
        pages[user] = page
    page = pages["saco"]
    page.wait_for_function(
        "document.querySelector('.kuf-bankid-message').textContent.includes('Starta BankID-appen')"
    )
    assert serious_violations(page) == []
    screenshots(page, "signera-bankid")
    tokens = {
        user: re.search(
            r"autostarttoken=([0-9a-f-]+)", page.get_attribute("a.kuf-bankid-this-device", "href")
        ).group(1)
        for user, page in pages.items()
    }
    bankid.approve(tokens["arbetsgivare"], "191212121212", name="Eva Lindqvist")
    bankid.approve(tokens["saco"], "199001010017", name="Carl Korch")
    for page in pages.values():
        page.wait_for_url(protocol.absolute_url(), timeout=20_000)
    content = pages["saco"].content()
    assert "Signerat med BankID" in content
    screenshots(pages["saco"], "protokoll-signerat-bankid")
    transaction.begin()
    given = signatures(protocol)
    assert sorted(given) == ["arbetsgivare", "saco"]
    assert {record["method"] for record in given.values()} == {"bankid"}
    assert api.content.get_state(protocol) == "signed"
    history = protocol.workflow_history["kuf_protokoll_workflow"]
    assert [entry["action"] for entry in history].count("finalize") == 1


def test_a_cancelled_order_in_the_browser_says_why(two_justerare_with_bankid, chromium, bankid):  # noqa: F811
    page = logged_in_page(chromium, api.portal.get(), "saco")
    page.goto(two_justerare_with_bankid.absolute_url() + "/@@signera-bankid")
    with page.expect_navigation():
        page.click("button:has-text('Starta BankID')")
    token = re.search(
        r"autostarttoken=([0-9a-f-]+)", page.get_attribute("a.kuf-bankid-this-device", "href")
    ).group(1)
    bankid.fail(token, "userCancel")
    page.wait_for_function(
        "document.querySelector('.kuf-bankid-message').textContent === 'Åtgärden avbruten.'"
    )
    assert page.is_visible("a:has-text('Försök igen')")
    transaction.begin()
    assert signatures(two_justerare_with_bankid) == {}
