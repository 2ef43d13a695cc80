"""The personal number linked to each account, for checking BankID signatures.

Kept as a keyed hash (``personnummer.keyed_hash``) in an OOBTree on the
site, with a secret made once per site. HR sets it (``@@personnummer``),
or the identity provider sends it in a claim (``OIDC_PERSONNUMMER_CLAIM``).
"""

from BTrees.OOBTree import OOBTree
from kuf.samportal.identity.personnummer import keyed_hash
from kuf.samportal.identity.personnummer import matches
from plone import api
import secrets
from zope.annotation.interfaces import IAnnotations


STORE_KEY = "kuf.samportal.identity.personal_numbers"
SECRET_KEY = "kuf.samportal.identity.personal_number_secret"  # noqa: S105 (a key name)


def _annotations():
    return IAnnotations(api.portal.get())


def site_secret() -> bytes:
    annotations = _annotations()
    if SECRET_KEY not in annotations:
        annotations[SECRET_KEY] = secrets.token_bytes(32)
    return annotations[SECRET_KEY]


def hashed(personnummer: str) -> str:
    return keyed_hash(personnummer, site_secret())


def set_for(user_id: str, personnummer: str):
    annotations = _annotations()
    if STORE_KEY not in annotations:
        annotations[STORE_KEY] = OOBTree()
    value = hashed(personnummer)
    if annotations[STORE_KEY].get(user_id) != value:
        annotations[STORE_KEY][user_id] = value


def remove_for(user_id: str):
    store = _annotations().get(STORE_KEY)
    if store is not None and user_id in store:
        del store[user_id]


def has_number(user_id: str) -> bool:
    store = _annotations().get(STORE_KEY)
    return store is not None and user_id in store


def belongs_to(user_id: str, personnummer: str) -> bool:
    store = _annotations().get(STORE_KEY)
    stored = store.get(user_id, "") if store is not None else ""
    return matches(personnummer, stored, site_secret())


def users_with_numbers():
    store = _annotations().get(STORE_KEY)
    return sorted(store.keys()) if store is not None else []
