"""Error pages and REST error answers without tracebacks, for everyone.

plone.rest adds the traceback to every REST error answered to a user with
"Manage portal", and Plone's error page shows it to managers; Zope's debug
mode is not asked. Here no one gets a traceback: the log has it, under an
error id that the answer gives. Refusals of bad input keep their status and
get their messages in Swedish; an unexpected error is a 500 with a Swedish
message and the error id.
"""

import json
from kuf.samportal import _
from kuf.samportal.inputguard.gate import NOT_JSON
from kuf.samportal.inputguard.gate import TOO_DEEP
from kuf.samportal.inputguard.loginguard import LOCKED_FLAG
from kuf.samportal.inputguard.loginguard import locked_message
from kuf.samportal.inputguard.rules import JSON_DEPTH_LIMIT
import logging
import os
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from plone.restapi.exceptions import DeserializationError
from Products.CMFPlone import browser as plone_browser
from Products.CMFPlone.browser.exceptions import ExceptionView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import re
import uuid
from zExceptions import BadRequest
from zExceptions import HTTPException
from zExceptions import Unauthorized
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.publisher.interfaces import NotFound as ZopeNotFound


logger = logging.getLogger("kuf.samportal.errors")

UNEXPECTED = _(
    "error_unexpected",
    default="Something went wrong on our side. Try again; if it happens again, give "
    "the portal's support the error id ${error_id}.",
)


def expected(exception) -> bool:
    """An HTTP answer the code chose (400, 401, 404, ...), not a bug."""
    return isinstance(exception, HTTPException | Unauthorized | ZopeNotFound)


def log_unexpected(exception, request) -> str:
    error_id = uuid.uuid4().hex[:12]
    logger.error(
        "Error %s on %s %s",
        error_id,
        request.get("REQUEST_METHOD"),
        request.get("URL"),
        exc_info=True,
    )
    return error_id


def too_deep(exception) -> bool:
    """A JSON body nested beyond Python's stack: plone.restapi's PAS plugin
    reads every body while authenticating, before the gate can refuse it."""
    return isinstance(exception, RecursionError) and "JSON" in str(exception)


SERVICE_ID = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|OPTIONS)_[\w.+-]*_[\w.+-]*$")
NEEDS_JSON = _(
    "error_accept_json",
    default="Send the header Accept: application/json with changes to the REST API.",
)


def unreachable_service(exception) -> bool:
    """ZPublisher's check that a PATCH or DELETE target is not acquired asks
    ``name in`` plone.rest's wrapper, which cannot answer: with any Accept
    but JSON the service is then "missing" (AttributeError, a 500)."""
    return isinstance(exception, AttributeError) and bool(SERVICE_ID.match(str(exception)))


NOT_LOGGED_IN = _(
    "error_rest_unauthorized_anonymous",
    default="Log in to reach this resource.",
)
NOT_ALLOWED = _(
    "error_rest_unauthorized",
    default="You are not authorized to access this resource.",
)
FORBIDDEN = _("error_rest_forbidden", default="This is not allowed.")
NOT_FOUND = _("error_rest_not_found", default="There is nothing at ${url}.")
# Zope's, plone.rest's and plone.restapi's own English for 401 and 403.
STOCK_ENGLISH = re.compile(
    r"^(|You are not authorized to access this resource\.|You are not allowed to .*"
    r"|Forbidden|Unauthorized|Insufficient [Pp]rivileges.*)$"
)


def swedish_refusal(exception, request):
    """Swedish instead of the stock English of a 401, 403 or 404."""
    from plone import api
    from zExceptions import Forbidden
    from zExceptions import NotFound

    if isinstance(exception, Unauthorized) and STOCK_ENGLISH.match(str(exception)):
        # The error view may run before the user is known: credentials sent
        # count as logged in.
        sent = bool(request._auth or request.cookies.get("__ac"))
        anonymous = api.user.is_anonymous() and not sent
        return translate(NOT_LOGGED_IN if anonymous else NOT_ALLOWED, context=request)
    if isinstance(exception, Forbidden) and STOCK_ENGLISH.match(str(exception)):
        return translate(FORBIDDEN, context=request)
    if isinstance(exception, NotFound | ZopeNotFound):
        return translate(Message(NOT_FOUND, mapping={"url": request.getURL()}), context=request)
    return None


def field_errors(exception):
    """plone.restapi's BadRequest of a deserializer carries a list of
    {"field", "message"}: its messages, one text."""
    payload = exception.args[0] if exception.args else None
    if isinstance(payload, list) and all(isinstance(e, dict) for e in payload):
        return [{"field": e.get("field"), "message": str(e.get("message", ""))} for e in payload]
    return None


class RestErrorView(ErrorHandling):
    """plone.rest's error answer: same shape, no traceback, Swedish texts."""

    def __call__(self):
        exception = self.context
        status = exception.getStatus() if hasattr(exception, "getStatus") else type(exception)
        if (
            isinstance(exception, DeserializationError)
            or too_deep(exception)
            or unreachable_service(exception)
        ):
            status = 400
        elif not expected(exception):
            status = 500
        data = self.render_exception(exception)
        seconds = self.request.get(LOCKED_FLAG)
        if isinstance(exception, Unauthorized) and seconds:
            status = 429  # HTTP Basic with a locked login
            data = {"type": "TooManyRequests", "message": locked_message(seconds, self.request)}
            self.request.response.setHeader("Retry-After", str(int(seconds) + 1))
        response = self.request.response
        response.setHeader("Content-Type", "application/json")
        response.setStatus(status, lock=1)
        response.setBody(json.dumps(data, indent=2, sort_keys=True), lock=1)
        response._has_challenged = True

    def render_exception(self, exception):
        result = super().render_exception(exception)
        if result is None:  # a redirect was answered
            return None
        result.pop("traceback", None)
        if isinstance(exception, DeserializationError):
            result.update(type="BadRequest", message=translate(NOT_JSON, context=self.request))
        elif unreachable_service(exception):
            result.update(type="BadRequest", message=translate(NEEDS_JSON, context=self.request))
        elif too_deep(exception):
            message = Message(TOO_DEEP, mapping={"limit": JSON_DEPTH_LIMIT})
            result.update(type="BadRequest", message=translate(message, context=self.request))
        elif swedish_refusal(exception, self.request) is not None:
            result["message"] = swedish_refusal(exception, self.request)
        elif isinstance(exception, BadRequest) and field_errors(exception) is not None:
            errors = field_errors(exception)
            result["errors"] = errors
            result["message"] = " ".join(error["message"] for error in errors)
        elif not expected(exception):
            error_id = log_unexpected(exception, self.request)
            message = Message(UNEXPECTED, mapping={"error_id": error_id})
            result.update(
                type="InternalServerError",
                message=translate(message, context=self.request),
                error_id=error_id,
            )
        return result


class ErrorView(ExceptionView):
    """Plone's error page without the traceback; REST requests get JSON."""

    index = ViewPageTemplateFile(
        "templates/error_message.pt", _prefix=os.path.dirname(plone_browser.__file__)
    )

    def is_manager(self):
        return False  # the page would show managers the traceback

    def __call__(self):
        if IAPIRequest.providedBy(self.request):
            return RestErrorView(self.context, self.request)()
        if not expected(self.context):
            log_unexpected(self.context, self.request)
        return super().__call__()
