"""The identity package's plain rules: claims, group mapping, personal
numbers, BankID's messages and signed data (no Zope)."""

import base64
from kuf.samportal.identity import groupmap
from kuf.samportal.identity import hints
from kuf.samportal.identity import signed_data
from kuf.samportal.identity.claims import claims_refusal
from kuf.samportal.identity.claims import fullname
from kuf.samportal.identity.claims import provider_groups
from kuf.samportal.identity.claims import refusal_for_exception
from kuf.samportal.identity.config import bankid_settings
from kuf.samportal.identity.config import oidc_settings
from kuf.samportal.identity.personnummer import keyed_hash
from kuf.samportal.identity.personnummer import matches
from kuf.samportal.identity.personnummer import normalize
import pytest


NOW = 1_800_000_000
GOOD = {
    "iss": "https://login.example.org",
    "aud": "samportal",
    "exp": NOW + 300,
    "iat": NOW,
    "nonce": "n-1",
    "sub": "anna",
    "email": "anna@example.org",
}


def refusal(**changes):
    claims = {**GOOD, **changes}
    claims = {key: value for key, value in claims.items() if value is not None}
    found = claims_refusal(
        claims, issuer="https://login.example.org/", client_id="samportal", nonce="n-1", now=NOW
    )
    return found.reason if found else None


def test_good_claims_pass():
    assert refusal() is None
    assert refusal(aud=["samportal", "other"], azp="samportal") is None


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"iss": "https://evil.example.org"}, "issuer"),
        ({"aud": "other-app"}, "audience"),
        ({"aud": ["samportal", "other"]}, "audience"),
        ({"exp": NOW - 3600}, "expired"),
        ({"exp": None}, "expired"),
        ({"nonce": "replayed"}, "nonce"),
        ({"sub": ""}, "subject"),
        ({"email": None}, "email"),
        ({"email": "  "}, "email"),
    ],
)
def test_bad_claims_are_refused_with_their_reason(changes, reason):
    assert refusal(**changes) == reason


def test_library_exceptions_map_to_reasons():
    class IssuerMismatch(Exception):
        pass

    class BadSignature(Exception):
        pass

    class Surprise(Exception):
        pass

    assert refusal_for_exception(IssuerMismatch()).reason == "issuer"
    assert refusal_for_exception(BadSignature()).reason == "signature"
    assert refusal_for_exception(Surprise()).reason == "provider_error"


def test_names_and_groups_from_claims():
    assert fullname({"name": "Anna Andersson", "given_name": "X"}) == "Anna Andersson"
    assert fullname({"given_name": "Anna", "family_name": "Andersson"}) == "Anna Andersson"
    assert provider_groups({"groups": "KuF-Saco"}) == ["KuF-Saco"]
    assert provider_groups({"roles": ["a", " "]}, "roles") == ["a"]


PAIRS = groupmap.parse(["KuF-Saco|part-saco", "KuF-HR|funktion-hr", "bad line", "|part-dik"])


def test_mapping_lines_round_trip():
    assert PAIRS == [("KuF-Saco", "part-saco"), ("KuF-HR", "funktion-hr")]
    assert groupmap.parse(groupmap.serialize(PAIRS)) == PAIRS


def test_unmapped_groups_are_ignored():
    assert groupmap.desired_groups(PAIRS, ["KuF-Saco", "Alla-anställda"]) == {"part-saco"}


def test_login_adds_and_removes_only_what_the_provider_gave():
    mapped = groupmap.mapped_portal_groups(PAIRS)
    first = groupmap.plan(current=set(), managed=set(), desired={"part-saco"}, mapped=mapped)
    assert first.add == {"part-saco"}
    assert first.remove == set()
    assert first.managed == {"part-saco"}
    # The provider no longer gives Saco: the membership it gave goes.
    later = groupmap.plan({"part-saco"}, first.managed, set(), mapped)
    assert later.remove == {"part-saco"}
    assert later.managed == set()


def test_membership_set_by_hand_is_kept_and_reported():
    mapped = groupmap.mapped_portal_groups(PAIRS)
    step = groupmap.plan({"funktion-hr", "part-vision"}, set(), set(), mapped)
    assert step.remove == set()
    assert step.kept_by_hand == {"funktion-hr"}  # part-vision is not mapped


def test_mapping_to_an_unknown_or_foreign_group_is_an_error():
    pairs = [("A", "part-saco"), ("B", "Administrators"), ("C", "part-nope")]
    known = ["part-saco", "Administrators"]
    assert groupmap.validation_errors(pairs, known) == [("B", "Administrators"), ("C", "part-nope")]


def test_personal_numbers():
    assert normalize("19121212-1212") == "191212121212"
    assert normalize("121212-1212", century_hint=19) == "191212121212"
    assert normalize("19121212-1213") is None  # check digit
    assert normalize("19121312-1212") is None  # month 13
    assert normalize("abc") is None
    secret = b"s" * 32
    digest = keyed_hash("191212121212", secret)
    assert "191212121212" not in digest
    assert matches("191212121212", digest, secret)
    assert not matches("191212121212", digest, b"t" * 32)
    assert not matches("", digest, secret)


def test_bankid_messages_are_bankids_recommended_ones():
    assert hints.failed_message("userCancel") is hints.RFA6
    assert hints.failed_message("expiredTransaction") is hints.RFA8
    assert hints.failed_message("certificateErr") is hints.RFA16
    assert hints.failed_message("startFailed") is hints.RFA17
    assert hints.failed_message("somethingNew") is hints.RFA22
    assert hints.pending_message("userSign") is hints.RFA9
    assert hints.pending_message("outstandingTransaction", autostarted=True) is hints.RFA13
    assert hints.error_message("alreadyInProgress") is hints.RFA4


def b64(text):
    return base64.b64encode(text.encode()).decode()


def test_signed_data_is_read_from_the_signature_xml():
    payload = signed_data.non_visible_payload("uid-1", "abc")
    xml = (
        '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><Object>'
        '<bankIdSignedData xmlns="http://www.bankid.com/signature/v1.0.0/types">'
        f"<usrVisibleData>{b64('Jag justerar')}</usrVisibleData>"
        f"<usrNonVisibleData>{b64(payload)}</usrNonVisibleData>"
        "</bankIdSignedData></Object></Signature>"
    )
    read = signed_data.read(b64(xml))
    assert read.visible == "Jag justerar"
    assert read.non_visible == {"protokoll": "uid-1", "fingerprint": "abc"}
    assert signed_data.read("not base64!") is None
    assert signed_data.read(b64("<unclosed")) is None


def test_settings_from_the_environment():
    assert not oidc_settings({}).configured
    settings = oidc_settings(
        {
            "OIDC_ISSUER": "https://login.example.org/",
            "OIDC_CLIENT_ID": "samportal",
            "OIDC_SCOPES": "profile,email groups",
            "OIDC_SESSION_HOURS": "8.5",
        }
    )
    assert settings.configured
    assert settings.issuer == "https://login.example.org"
    assert settings.scopes == ("openid", "profile", "email", "groups")
    assert settings.session_seconds == 8.5 * 3600
    assert oidc_settings({"OIDC_SESSION_HOURS": "never"}).session_hours == 9.0
    assert not bankid_settings({}).configured
    production = bankid_settings(
        {"BANKID_CERT": "c", "BANKID_KEY": "k", "BANKID_ENVIRONMENT": "prod"}
    )
    assert production.configured
    assert not production.is_test
    assert bankid_settings({"BANKID_ENVIRONMENT": "whatever"}).is_test
