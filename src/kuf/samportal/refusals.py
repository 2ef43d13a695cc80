"""Refusals of bad input: raised by the logic, answered in the user's language
by the views (a message on the page) and the REST services (400)."""

from zope.i18n import translate


class Refusal(ValueError):
    """``messages`` are msgids looked up in a module's message table, or
    texts already in Swedish (CSV row errors)."""

    def __init__(self, messages):
        super().__init__(messages)
        self.messages = list(messages)


def texts(ids, table, request) -> list[str]:
    """The refusals ``ids`` translated through ``table`` (msgid -> Message)."""
    return [translate(table.get(mid, mid), context=request) for mid in ids]


def bad_request(request, messages, status=400, **extra) -> dict:
    """The REST answer to a refusal: ``messages`` are translated texts."""
    request.response.setStatus(status)
    return {
        "error": {
            "type": "BadRequest",
            "message": " ".join(messages),
            "messages": messages,
            **extra,
        }
    }
