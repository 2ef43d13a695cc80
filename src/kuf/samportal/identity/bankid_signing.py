"""BankID as the site's signing provider (``ISigningProvider``).

A justerare signs in ``@@signera-bankid``: the page starts a BankID sign
order and collects it; when BankID says ``complete``, the page calls
``kuf.samportal.signing.sign`` with the completion at hand
(``completed_order``). This provider then turns it into the signature
record, and refuses a signature with no completed BankID order behind it
(the plain sign button, ``@sign`` over REST) or one whose signed data does
not match the protocol as it is now.

The site chooses its provider: the control panel registers this one as a
local utility of the site (the logged-in provider, the global utility, is
the default and stays it for the demo).
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC
from datetime import datetime
from kuf.samportal import _
from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity import signed_data
from kuf.samportal.rules.signing import Refusal
from kuf.samportal.signing import ISigningProvider
from kuf.samportal.signing import SigningRefused
from plone import api
from zope.component import getSiteManager
from zope.component import queryUtility
from zope.interface import implementer


METHOD = "bankid"

USE_BANKID = Refusal(
    403,
    _(
        "refusal_use_bankid",
        default="Protocols are signed with BankID here: use the BankID button.",
    ),
)
CHANGED = Refusal(
    409,
    _(
        "refusal_bankid_changed",
        default="The protocol changed while you were signing. Nothing was signed: sign again.",
    ),
)
WRONG_PERSON = Refusal(
    403,
    _(
        "refusal_bankid_wrong_person",
        default="The BankID used does not belong to your account. Nothing was signed.",
    ),
)
UNREADABLE = Refusal(
    502,
    _(
        "refusal_bankid_unreadable",
        default="BankID's answer could not be read. Nothing was signed: try again.",
    ),
)


@dataclass(frozen=True)
class CompletedOrder:
    protocol_uid: str
    user_id: str
    fingerprint: str
    order_ref: str
    completion: dict


_completed = ContextVar("kuf_bankid_completed", default=None)


@contextmanager
def completed_order(order: CompletedOrder):
    """The BankID view's completed order, seen by the provider during ``sign``."""
    token = _completed.set(order)
    try:
        yield
    finally:
        _completed.reset(token)


def completion_refusal(order, protocol_uid, user_id, fingerprint):
    """None when ``order`` is a signature of this user over this content."""
    if order is None or order.protocol_uid != protocol_uid or order.user_id != user_id:
        return USE_BANKID
    if order.fingerprint != fingerprint:
        return CHANGED
    completion = order.completion
    personal_number = str(completion.get("user", {}).get("personalNumber", ""))
    if not personal_numbers.belongs_to(user_id, personal_number):
        return WRONG_PERSON
    signed = signed_data.read(completion.get("signature", ""))
    if signed is None:
        return UNREADABLE
    if signed.non_visible != {"protokoll": protocol_uid, "fingerprint": fingerprint}:
        return CHANGED
    return None


@implementer(ISigningProvider)
class BankIDSigning:
    """The justerare signs with BankID (RP API v6)."""

    method = METHOD

    def sign(self, protocol, user_id, content_fingerprint):
        order = _completed.get()
        refusal = completion_refusal(order, protocol.UID(), user_id, content_fingerprint)
        if refusal is not None:
            raise SigningRefused(refusal)
        completion = order.completion
        user = completion.get("user", {})
        return {
            "user_id": user_id,
            "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "fingerprint": content_fingerprint,
            "method": METHOD,
            "bankid": {
                "order_ref": order.order_ref,
                "name": user.get("name", ""),
                "personal_number_hash": personal_numbers.hashed(user.get("personalNumber", "")),
                "signature": completion.get("signature", ""),
                "ocsp_response": completion.get("ocspResponse", ""),
                "signature_sha256": signed_data.sha256_of_b64(completion.get("signature", "")),
                "ocsp_sha256": signed_data.sha256_of_b64(completion.get("ocspResponse", "")),
                "bankid_issue_date": completion.get("bankIdIssueDate", ""),
            },
        }


def site_uses_bankid() -> bool:
    return isinstance(queryUtility(ISigningProvider), BankIDSigning)


def use_bankid(enabled: bool):
    """Choose the site's signing provider (a local utility of the site)."""
    manager = getSiteManager(api.portal.get())
    local = manager.queryUtility(ISigningProvider)
    if enabled and not isinstance(local, BankIDSigning):
        manager.registerUtility(BankIDSigning(), ISigningProvider)
    if not enabled and isinstance(local, BankIDSigning):
        manager.unregisterUtility(provided=ISigningProvider)
