"""Signing with BankID over real HTTP, through pybankid and mutual TLS, to
the fake BankID server: complete, every failure hint, cancel, the wrong
person, a changed protocol, and no way around BankID."""

import base64
import httpx
import json
from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity.bankid_signing import use_bankid
from kuf.samportal.signatures import signatures
from plone import api
import pytest
import re
import transaction


NUMBERS = {"arbetsgivare": "191212121212", "saco": "199001010017"}


@pytest.fixture
def justering_with_bankid(demo_portal, make_protocol, bankid):
    protocol = make_protocol(
        demo_portal["samverkan"]["fvg"], id="bankid-justeras", justerare=["arbetsgivare", "saco"]
    )
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
        use_bankid(True)
        for user_id, number in NUMBERS.items():
            personal_numbers.set_for(user_id, number)
    transaction.commit()
    return protocol


class Justerare:
    """A justerare's browser session on the BankID page (no JavaScript)."""

    def __init__(self, http, user, protocol):
        self.session = http(user)
        self.session.headers["Accept"] = "text/html"
        self.url = protocol.absolute_url() + "/@@signera-bankid"
        self.status_url = protocol.absolute_url() + "/@@signera-bankid-status"

    def page(self):
        return self.session.get(self.url, timeout=30).text

    def token(self):
        return re.search(r'name="_authenticator" value="([^"]+)"', self.page()).group(1)

    def post(self, action):
        return self.session.post(
            self.url, data={"action": action, "_authenticator": self.token()}, timeout=30
        )

    def start(self):
        self.post("start")
        return re.search(r"autostarttoken=([0-9a-f-]+)", self.page()).group(1)

    def status(self):
        response = self.session.post(
            self.status_url, data={"_authenticator": self.token()}, timeout=30
        )
        return response.json()


def signed_by(protocol):
    transaction.begin()
    return signatures(protocol)


def test_pending_then_complete_records_the_bankid_signature(justering_with_bankid, http, bankid):
    protocol = justering_with_bankid
    saco = Justerare(http, "saco", protocol)
    token = saco.start()
    assert "Jag justerar" in bankid.visible_text(token)
    assert protocol.Title() in bankid.visible_text(token)
    first = saco.status()
    assert first["status"] == "pending"
    assert first["message"] == "Starta BankID-appen."
    assert first["qr"].startswith("<svg")
    bankid.start_signing(token)
    assert (
        saco.status()["message"] == "Skriv in din säkerhetskod i BankID-appen och välj Skriv under."
    )
    bankid.approve(token, NUMBERS["saco"], name="Carl Korch")
    done = saco.status()
    assert done["status"] == "complete"
    assert done["message"] == "Du har signerat protokollet."
    record = signed_by(protocol)["saco"]
    assert record["method"] == "bankid"
    details = record["bankid"]
    assert details["name"] == "Carl Korch"
    assert NUMBERS["saco"] not in json.dumps(record["bankid"]["personal_number_hash"])
    assert details["personal_number_hash"] == personal_numbers.hashed(NUMBERS["saco"])
    assert base64.b64decode(details["ocsp_response"]).startswith(b"OCSP good")
    assert "bankIdSignedData" in base64.b64decode(details["signature"]).decode()
    signed = base64.b64decode(details["signature"]).decode()
    non_visible = re.search(r"<usrNonVisibleData>([^<]+)<", signed).group(1)
    assert record["fingerprint"] in base64.b64decode(non_visible).decode()
    page = saco.session.get(protocol.absolute_url(), timeout=30).text
    assert "Signerat med BankID" in page
    assert "Carl Korch" in page
    assert api.content.get_state(protocol) == "justering"


@pytest.mark.parametrize(
    ("hint", "message"),
    [
        ("userCancel", "Åtgärden avbruten."),
        ("expiredTransaction", "BankID-appen svarar inte."),
        ("certificateErr", "för gammalt eller spärrat"),
        ("startFailed", "Misslyckades att läsa av QR-koden."),
        ("cancelled", "Åtgärden avbruten. Försök igen."),
        ("transactionRiskBlocked", "risk för bedrägeri"),
        ("notSupportedByUserApp", "Uppdatera BankID-appen"),
        ("userDeclinedCall", "Åtgärden avbruten."),
    ],
)
def test_a_failed_order_signs_nothing_and_says_why(
    justering_with_bankid, http, bankid, hint, message
):
    arbetsgivare = Justerare(http, "arbetsgivare", justering_with_bankid)
    token = arbetsgivare.start()
    bankid.fail(token, hint)
    answer = arbetsgivare.status()
    assert answer["status"] == "failed"
    assert message in answer["message"]
    assert signed_by(justering_with_bankid) == {}
    assert arbetsgivare.status()["status"] == "failed"  # the order is gone


def test_cancelling_signs_nothing_and_cancels_at_bankid(justering_with_bankid, http, bankid):
    saco = Justerare(http, "saco", justering_with_bankid)
    saco.start()
    assert len(bankid.orders) == 1
    response = saco.post("cancel")
    assert "Signeringen avbröts. Inget har signerats." in response.text
    assert bankid.orders == {}
    assert signed_by(justering_with_bankid) == {}


def test_another_persons_bankid_is_refused(justering_with_bankid, http, bankid):
    saco = Justerare(http, "saco", justering_with_bankid)
    token = saco.start()
    bankid.approve(token, NUMBERS["arbetsgivare"])
    answer = saco.status()
    assert answer["status"] == "failed"
    assert "hör inte till ditt konto" in answer["message"]
    assert signed_by(justering_with_bankid) == {}


def test_a_change_during_signing_signs_nothing(justering_with_bankid, http, bankid):
    protocol = justering_with_bankid
    saco = Justerare(http, "saco", protocol)
    token = saco.start()
    with api.env.adopt_roles(["Manager"]):
        protocol.place = "Kulturhuset"
    transaction.commit()
    bankid.approve(token, NUMBERS["saco"])
    answer = saco.status()
    assert answer["status"] == "failed"
    assert "ändrades medan du signerade" in answer["message"]
    assert signed_by(protocol) == {}


def test_without_bankid_there_is_no_signing(justering_with_bankid, http):
    protocol = justering_with_bankid
    portal_url = api.portal.get().absolute_url()
    rest = protocol.absolute_url().replace(portal_url, portal_url + "/++api++") + "/@sign"
    response = http("saco").post(rest, timeout=30)
    assert response.status_code == 403
    assert "BankID" in response.json()["error"]["message"]
    assert signed_by(protocol) == {}


def test_no_personal_number_no_order(justering_with_bankid, http, bankid):
    with api.env.adopt_roles(["Manager"]):
        personal_numbers.remove_for("saco")
    transaction.commit()
    page = Justerare(http, "saco", justering_with_bankid).page()
    assert "inget personnummer kopplat" in page
    assert 'value="start"' not in page
    assert bankid.orders == {}


def test_bankid_requires_the_portals_client_certificate(bankid):
    url = bankid.environment()["BANKID_API_URL"] + "sign"
    with pytest.raises(httpx.HTTPError):
        httpx.post(url, json={}, verify=bankid.files["ca"], timeout=5)
