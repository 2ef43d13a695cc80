"""Records are immutable: a repeat view of a signed or archived protocol
(page, REST, PDF) is answered 304 Not Modified.

A strong ETag is computed after traversal, before anything is rendered, for
a GET of a record protocol's page (its default view or ``view``), its
``protokoll.pdf`` and its REST representation. It covers everything the
answer depends on:

- the record: its UID, its state and its object serial, and the catalog's
  counter, which moves on every change anywhere in the site (a new item in
  the navigation, a new meeting in the viewlet, a synpunkt) — conservative,
  but never stale;
- who asks: the user id, the user's roles here and groups, and the key
  ring the page's CSRF tokens come from;
- how it is asked: the view, the query string, ``Accept`` and
  ``Accept-Language``; the day (Europe/Stockholm), for texts that say
  "today"; the code (CODE_STAMP, the add-on's version and its files' times).

The answer is ``Cache-Control: private, no-cache`` (any browser may keep it
but must ask again each time; no shared cache may store it) with ``Vary``
on what the answer varies on. A request with pending status messages is
never answered 304, and nothing but record protocols gets an ETag: a
protocol in justering is always rendered afresh.

plone.app.caching (pinned, not installed) was not used: its rulesets are
registry records installed by a profile, its operations apply site-wide,
and its ETag components do not know our record states; this is one
subscriber pair with its rule in one place.
"""

from AccessControl import getSecurityManager
from datetime import datetime
from hashlib import sha256
from importlib.metadata import version
from kuf.samportal.interfaces import IKufSamportalLayer
from kuf.samportal.records import PROTOCOL_WORKFLOW
from kuf.samportal.records import current_state
from kuf.samportal.records import is_record_protocol
from pathlib import Path
from zoneinfo import ZoneInfo


STOCKHOLM = ZoneInfo("Europe/Stockholm")
ETAG_KEY = "kuf.samportal.caching.etag"
CACHE_CONTROL = "private, no-cache"
PAGE_VIEWS = frozenset({"view", "protokoll_view", ""})
PDF_VIEW = "protokoll.pdf"


class NotModified(Exception):
    """Raised after traversal to answer 304 (the exception's name gives the
    status); its view answers with an empty body."""

    def __init__(self, headers):
        super().__init__("Not Modified")
        self.headers = headers


class NotModifiedView:
    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self):
        return ""


def _code_stamp() -> str:
    package = Path(__file__).resolve().parent.parent
    newest = max(
        (path.stat().st_mtime for pattern in ("*.py", "*.pt") for path in package.rglob(pattern)),
        default=0,
    )
    try:
        installed = version("kuf.samportal")
    except Exception:  # noqa: BLE001 - only a part of a cache key
        installed = "?"
    return f"{installed}:{newest:.0f}"


CODE_STAMP = _code_stamp()


def record_answer(request):
    """(protocol, kind) when the request is a GET of a record protocol's page,
    PDF or REST representation; (None, None) otherwise."""
    from kuf.samportal.content.protokoll import IProtokoll
    from plone.rest.interfaces import IService
    from zope.publisher.interfaces.browser import IBrowserView

    if request.get("REQUEST_METHOD", "GET") != "GET":
        return None, None
    published = request.get("PUBLISHED")
    context = getattr(published, "context", None)
    if context is None or not IProtokoll.providedBy(context):
        return None, None
    if IService.providedBy(published):
        if any(step.startswith("@") for step in request.steps):
            return None, None  # @workflow, @history, ...: not the record itself
        kind = "rest"
    elif IBrowserView.providedBy(published):
        name = (getattr(published, "__name__", "") or "").removeprefix("@@")
        if name == PDF_VIEW:
            kind = "pdf"
        elif name in PAGE_VIEWS:
            kind = "page"
        else:
            return None, None
    else:
        return None, None
    if not is_record_protocol(context):
        return None, None
    return context, kind


def compute_etag(protocol, kind, request) -> str:
    from plone import api

    security = getSecurityManager()
    user = security.getUser()
    catalog = api.portal.get_tool("portal_catalog")
    groups = sorted(getattr(user, "getGroups", lambda: [])() or [])
    parts = [
        "kuf-record-1",
        CODE_STAMP,
        kind,
        protocol.UID(),
        current_state(protocol, PROTOCOL_WORKFLOW) or "",
        repr(getattr(protocol, "_p_serial", b"")),
        str(catalog.getCounter()),
        user.getId() or "",
        ",".join(sorted(user.getRolesInContext(protocol))),
        ",".join(groups),
        keyring_stamp() if kind == "page" else "",
        request.get("QUERY_STRING", ""),
        request.getHeader("Accept", ""),
        request.getHeader("Accept-Language", ""),
        datetime.now(STOCKHOLM).date().isoformat(),
    ]
    return '"' + digest_of(parts)[:40] + '"'


def digest_of(parts) -> str:
    """SHA-256 of the parts of a key or tag, one per line."""
    return sha256("\n".join(parts).encode()).hexdigest()


def keyring_stamp() -> str:
    """What the page's CSRF tokens are made from: the user's key ring. Each
    token is made from a random key of the ring, and any key of it is
    accepted, so a page kept by the browser stays usable until the ring is
    rotated, which changes the stamp."""
    from plone.protect.authenticator import _getKeyring
    from plone.protect.authenticator import _getUserName

    ring = _getKeyring(_getUserName())
    return sha256("".join(key or "" for key in ring).encode()).hexdigest()[:16]


def matches(if_none_match: str, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return etag in candidates or "*" in candidates


def is_anonymous() -> bool:
    user = getSecurityManager().getUser()
    return user is None or user.getUserName() == "Anonymous User"


def check_record(event):
    """Subscriber of IPubAfterTraversal: ETag for a record's answer, 304 when
    the browser already holds it."""
    request = event.request
    if not IKufSamportalLayer.providedBy(request) or is_anonymous():
        return
    protocol, kind = record_answer(request)
    if protocol is None:
        return
    if not getSecurityManager().checkPermission("View", protocol):
        return  # refused elsewhere; never a 304 for who may not see it
    if request.cookies.get("statusmessages"):
        return  # a message waits to be shown on this page
    etag = compute_etag(protocol, kind, request)
    request.environ[ETAG_KEY] = etag
    if matches(request.getHeader("If-None-Match", ""), etag):
        headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, "Vary": vary()}
        raise NotModified(headers)


def vary() -> str:
    return "Accept, Accept-Language, Cookie, Authorization"


def add_headers(event):
    """Subscriber of IPubBeforeCommit: the ETag on a record's 200 answer."""
    request = event.request
    etag = request.environ.get(ETAG_KEY)
    if not etag:
        return
    response = request.response
    if response.getStatus() != 200:
        return
    response.setHeader("ETag", etag)
    response.setHeader("Cache-Control", CACHE_CONTROL)
    response.setHeader("Vary", vary())
