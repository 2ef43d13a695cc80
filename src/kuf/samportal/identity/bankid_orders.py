"""BankID orders under way: one per justerare and protocol.

An order's references and QR secret stay on the server (an OOBTree on the
site: two justerare signing at once touch different keys, which BTrees
resolve without a conflict). An order is removed when it completes, fails
or is cancelled; an abandoned one is replaced by the next start and is
gone after BankID's own limit.
"""

from BTrees.OOBTree import OOBTree
from plone import api
import time
from zope.annotation.interfaces import IAnnotations


STORE_KEY = "kuf.samportal.identity.bankid_orders"
# BankID lets an order live 3 minutes (RP API v6); a little margin.
MAX_AGE_SECONDS = 200


def _store(create=False):
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree()
    return annotations.get(STORE_KEY)


def key_for(protocol, user_id):
    return f"{protocol.UID()}/{user_id}"


def current(protocol, user_id, now=None):
    store = _store()
    if store is None:
        return None
    order = store.get(key_for(protocol, user_id))
    if order is None or (now or time.time()) - order["started"] > MAX_AGE_SECONDS:
        return None
    return dict(order)


def save(protocol, user_id, order):
    store = _store(create=True)
    store[key_for(protocol, user_id)] = dict(order)
    now = time.time()
    for key in [k for k, v in store.items() if now - v["started"] > MAX_AGE_SECONDS]:
        del store[key]


def remove(protocol, user_id):
    store = _store()
    key = key_for(protocol, user_id)
    if store is not None and key in store:
        del store[key]
