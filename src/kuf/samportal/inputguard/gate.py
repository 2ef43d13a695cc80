"""The door of REST writes (POST, PATCH, PUT, DELETE to a plone.rest service).

After traversal, before any service reads the body:

- a write authenticated by the login cookie alone (no Authorization header)
  must be JSON from the portal's own pages: Content-Type application/json and
  an Origin (or, failing that, a Referer) of the portal itself. A page on
  another site can make a browser send the cookie with a text/plain POST;
  it can neither set that Content-Type nor forge Origin without a CORS
  preflight, which the portal does not allow. Basic and JWT clients send an
  Authorization header and are not affected.
- the body must be one JSON object, within the size limit, nested at most
  ``JSON_DEPTH_LIMIT`` deep, with finite numbers and no control characters or
  broken (lone surrogate) characters in any text.
- a content POST names its type, id and title as texts.
"""

from AccessControl import getSecurityManager
import json
from kuf.samportal import _
from kuf.samportal.inputguard import rules
from kuf.samportal.inputguard.fields import field_problem
from kuf.samportal.inputguard.services import BODY_FIELDS
from kuf.samportal.inputguard.services import as_checked
from kuf.samportal.interfaces import IKufSamportalLayer
from kuf.samportal.intranet import is_anonymous
from plone.rest.interfaces import IAPIRequest
from plone.rest.service import Service
from plone.restapi.services.content.add import FolderPost
from zExceptions import BadRequest
from zExceptions import Forbidden
from zExceptions import HTTPRequestEntityTooLarge
from zope.i18n import translate
from zope.i18nmessageid import Message


WRITES = frozenset({"POST", "PATCH", "PUT", "DELETE"})
CONTENT_POST_KEYS = ("@type", "id", "title", "UID", "translation_of", "language")

COOKIE_WRITE = _(
    "error_cookie_write",
    default="Changes with the login cookie must come from the portal's own pages "
    "(JSON from the same site). Other clients sign in with an Authorization header "
    "(Basic or JWT).",
)
TOO_LARGE = _("error_body_too_large", default="The request is too large (at most ${limit} MB).")
NOT_JSON = _(
    "error_body_not_json",
    default="The request body must be a valid JSON object (with finite numbers).",
)
TOO_DEEP = _(
    "error_body_too_deep", default="The request body nests too deeply (at most ${limit} levels)."
)
BAD_CHARACTERS = _(
    "error_body_characters",
    default='"${key}": the text holds control characters or broken characters that '
    "cannot be saved.",
)
WRONG_KEY = _("error_body_wrong_key", default='"${key}": the value has the wrong form.')


def wrong_key(key, request) -> dict:
    message = translate(Message(WRONG_KEY, mapping={"key": key}), context=request)
    return {"field": key, "message": message, "error": "ValidationError"}


def is_rest_write(request) -> bool:
    return (
        request.get("REQUEST_METHOD", "GET").upper() in WRITES
        and IAPIRequest.providedBy(request)
        and isinstance(request.get("PUBLISHED"), Service)
    )


def check_rest_write(event):
    request = event.request
    if not IKufSamportalLayer.providedBy(request) or not is_rest_write(request):
        return
    if cookie_authenticated(request) and not from_the_portal(request):
        raise Forbidden(translate(COOKIE_WRITE, context=request))
    check_body(request)


# Plone's session cookie, and plone.restapi's JWT when a browser keeps it in a cookie.
CREDENTIAL_COOKIES = ("__ac", "auth_token")


def cookie_authenticated(request) -> bool:
    """Logged in, not by an Authorization header, with a login cookie sent
    (credentials in the body of @login are not a cookie)."""
    if request._auth or request.get("HTTP_AUTHORIZATION"):
        return False
    if not any(request.cookies.get(name) for name in CREDENTIAL_COOKIES):
        return False
    return not is_anonymous(getSecurityManager().getUser())


def service_name(request) -> str:
    """ "@workflow" of the published plone.rest service POST_application_json_@workflow."""
    name = getattr(request.get("PUBLISHED"), "__name__", "") or ""
    return name[name.find("@") :] if "@" in name else ""


def service_problems(request, data):
    """plone.restapi's own write services: their keys fit their fields."""
    service = service_name(request)
    errors = []
    for key, field in BODY_FIELDS.get(service, {}).items():
        if key in data:
            problem = field_problem(field, as_checked(service, key, data[key]), request)
            if problem is not None:
                message = translate(problem, context=request)
                errors.append({"field": key, "message": message, "error": "ValidationError"})
    if errors:
        raise BadRequest(errors)


def media_type(request) -> str:
    return (request.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()


def from_the_portal(request) -> bool:
    """JSON (or no body) sent by a page of this site."""
    body = request.get("BODY") or b""
    if body and media_type(request) != "application/json":
        return False
    own = request.get("SERVER_URL", "").rstrip("/").lower()
    origin = (request.get_header("Origin") or "").rstrip("/").lower()
    if origin:
        return origin == own
    referer = (request.get_header("Referer") or "").lower()
    return referer == own or referer.startswith(own + "/")


def body_limit(request) -> int:
    # plone:service makes a class of its own around the factory: look at the bases.
    classes = type(request.get("PUBLISHED")).__mro__
    ours = any(cls.__module__.startswith("kuf.samportal") for cls in classes)
    return rules.SERVICE_BODY_LIMIT if ours else rules.JSON_BODY_LIMIT


def refuse_constant(name):
    raise ValueError(name)  # NaN, Infinity, -Infinity are not JSON


def finite_float(text):
    value = float(text)
    if not rules.finite_number(value):
        raise ValueError(text)
    return value


def check_body(request):
    body = request.get("BODY") or b""
    limit = body_limit(request)
    if len(body) > limit:
        message = Message(TOO_LARGE, mapping={"limit": limit // (1024 * 1024)})
        raise HTTPRequestEntityTooLarge(translate(message, context=request))
    if not body.strip():
        return
    try:
        data = json.loads(body, parse_constant=refuse_constant, parse_float=finite_float)
    except RecursionError:
        raise BadRequest(
            translate(Message(TOO_DEEP, mapping={"limit": rules.JSON_DEPTH_LIMIT}), context=request)
        ) from None
    except ValueError:
        raise BadRequest(translate(NOT_JSON, context=request)) from None
    if not isinstance(data, dict):
        raise BadRequest(translate(NOT_JSON, context=request))
    if rules.json_depth(data) > rules.JSON_DEPTH_LIMIT:
        message = Message(TOO_DEEP, mapping={"limit": rules.JSON_DEPTH_LIMIT})
        raise BadRequest(translate(message, context=request))
    if getattr(request.get("PUBLISHED"), "checks_own_text", False):
        return  # e.g. the usage import, which names the bad CSV line
    for key, value in data.items():
        if any(rules.bad_characters(text) for text in rules.strings_in({key: value})):
            shown = rules.strip_bad_characters(key)[:60]
            raise BadRequest(
                translate(Message(BAD_CHARACTERS, mapping={"key": shown}), context=request)
            )
    service_problems(request, data)
    if isinstance(request.get("PUBLISHED"), FolderPost):
        errors = [
            wrong_key(key, request)
            for key in CONTENT_POST_KEYS
            if key in data
            and not (isinstance(data[key], str) and len(data[key]) <= rules.LINE_LIMIT)
        ]
        if errors:
            raise BadRequest(errors)
