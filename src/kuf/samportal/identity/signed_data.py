"""What a BankID signature says was signed. Plain Python (lxml).

BankID returns the signature as base64 of an XML-DSig document whose
``bankIdSignedData`` holds the text shown to the user
(``usrVisibleData``) and the data not shown (``usrNonVisibleData``), each
base64. The portal puts the protocol's content fingerprint in the latter
and checks that it is there before it records the signature.
"""

import base64
import binascii
from dataclasses import dataclass
import hashlib
import json
from lxml import etree


@dataclass(frozen=True)
class SignedData:
    visible: str
    non_visible: dict


def non_visible_payload(protocol_uid: str, fingerprint: str) -> str:
    return json.dumps({"protokoll": protocol_uid, "fingerprint": fingerprint}, sort_keys=True)


def _decode(text) -> str:
    return base64.b64decode((text or "").strip()).decode("utf-8")


def read(signature_b64: str) -> SignedData | None:
    """The signed texts, or None when the signature cannot be read."""
    try:
        xml = base64.b64decode(signature_b64 or "", validate=True)
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        root = etree.fromstring(xml, parser=parser)
        visible = root.xpath("//*[local-name()='usrVisibleData']")
        hidden = root.xpath("//*[local-name()='usrNonVisibleData']")
        return SignedData(
            visible=_decode(visible[0].text) if visible else "",
            non_visible=json.loads(_decode(hidden[0].text)) if hidden else {},
        )
    except (binascii.Error, ValueError, etree.XMLSyntaxError, UnicodeDecodeError):
        return None


def sha256_of_b64(value: str) -> str:
    try:
        raw = base64.b64decode(value or "")
    except (binascii.Error, ValueError):
        raw = b""
    return hashlib.sha256(raw).hexdigest()
