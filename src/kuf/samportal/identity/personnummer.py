"""Swedish personal numbers (personnummer) as BankID gives them: 12 digits.

The portal never keeps a personal number in clear: the account holds a
keyed hash (HMAC-SHA-256 with the site's own secret), and the signature
record holds the same hash (README, "Personnummer").
"""

import hashlib
import hmac
import re


def normalize(value: str, century_hint: int | None = None) -> str | None:
    """``YYYYMMDDNNNN`` from common spellings, or None when it is no personal number.

    Accepts ``YYYYMMDD-NNNN``, ``YYYYMMDDNNNN`` and, with ``century_hint``
    (e.g. 19), ``YYMMDD-NNNN``. The check digit must be right.
    """
    digits = re.sub(r"[\s-]", "", str(value or ""))
    if not digits.isdigit():
        return None
    if len(digits) == 10 and century_hint is not None:
        digits = f"{century_hint:02d}{digits}"
    if len(digits) != 12:
        return None
    month, day = int(digits[4:6]), int(digits[6:8])
    # Samordningsnummer add 60 to the day.
    if not 1 <= month <= 12 or not (1 <= day <= 31 or 61 <= day <= 91):
        return None
    return digits if luhn_valid(digits[2:]) else None


def luhn_valid(ten_digits: str) -> bool:
    total = 0
    for index, char in enumerate(ten_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return total % 10 == 0


def keyed_hash(personnummer: str, secret: bytes) -> str:
    return hmac.new(secret, personnummer.encode("ascii"), hashlib.sha256).hexdigest()


def matches(personnummer: str, stored_hash: str, secret: bytes) -> bool:
    if not stored_hash or not personnummer:
        return False
    return hmac.compare_digest(keyed_hash(personnummer, secret), stored_hash)
