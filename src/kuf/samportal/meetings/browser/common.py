"""Shared pieces of the meeting pages."""

from kuf.samportal import _
from kuf.samportal.parties import PARTIES
from kuf.samportal.vocabularies import item_kind_title
from plone.protect import CheckAuthenticator
from zExceptions import BadRequest
from zope.i18n import translate


PARTY_TITLES = {party.id: party.title for party in PARTIES}

MEETING_STATES = {
    "planerat": _("meeting_state_planerat", default="Planned"),
    "kallat": _("meeting_state_kallat", default="Kallelse sent"),
    "protokollfort": _("meeting_state_protokollfort", default="Protocol made"),
}
QUESTION_STATES = {
    "inskickad": _("question_state_inskickad", default="Not handled yet"),
    "accepterad": _("question_state_accepterad", default="Taken into the agenda"),
    "avvisad": _("question_state_avvisad", default="Not taken up"),
}


def time_span(start, end) -> str:
    if start and end:
        return f"kl. {start:%H:%M}–{end:%H:%M}"
    if start or end:
        return f"kl. {(start or end):%H:%M}"
    return ""


def agenda_heading(row) -> str:
    """As the protocol writes it: "Anmäld fråga från DIK: Sociala medier"."""
    kind = item_kind_title(row.get("kind"))
    if row.get("kind") == "anmald_fraga" and row.get("raised_by"):
        kind = f"{kind} från {PARTY_TITLES.get(row['raised_by'], row['raised_by'])}"
    heading = row.get("heading") or ""
    return f"{kind}: {heading}" if kind else heading


def translated(messages, request) -> list[str]:
    return [translate(message, context=request) for message in messages]


def require_post(request):
    """Actions change data: POST with Plone's CSRF token only."""
    if request.get("REQUEST_METHOD", "GET").upper() != "POST":
        raise BadRequest("POST")
    CheckAuthenticator(request)
