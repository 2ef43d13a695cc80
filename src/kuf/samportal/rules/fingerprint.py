"""The fingerprint of a protocol's content: what a justerare signs.

Plain Python: the caller gathers the content; this module only decides
the canonical form, so that the same content always gives the same hash.
"""

import hashlib
import json


def canonical(content: dict) -> bytes:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def fingerprint(content: dict) -> str:
    """SHA-256 (hex) of the canonical JSON of ``content``."""
    return hashlib.sha256(canonical(content)).hexdigest()


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data or b"").hexdigest()
