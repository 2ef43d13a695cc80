"""Catalog indexers of the meeting cycle."""

from AccessControl.PermissionRole import rolesForPermissionOn
from kuf.samportal.meetings.content.fraga import IFraga
from kuf.samportal.meetings.content.handling import IHandling
from kuf.samportal.meetings.content.mote import IMote
from plone.indexer import indexer
from Products.CMFCore.utils import getToolByName


@indexer(IMote)
def meeting_date(meeting):
    """ "2025-05-20": upcoming meetings are a range query, sorted by date."""
    return meeting.meeting_date.isoformat() if meeting.meeting_date else None


@indexer(IMote)
def meeting_protocol(meeting):
    """The protocol made from (or linked to) the meeting: a protocol's page
    finds its meeting by this instead of waking every object of the group."""
    return meeting.protocol_uid or None


@indexer(IMote)
def meeting_searchable_text(meeting):
    rows = meeting.agenda or []
    return " ".join(
        filter(
            None,
            [meeting.Title(), meeting.place or ""] + [row.get("heading") or "" for row in rows],
        )
    )


@indexer(IFraga)
def question_searchable_text(question):
    return " ".join(filter(None, [question.Title(), question.text or "", question.answer or ""]))


@indexer(IMote)
def meeting_viewers(meeting):
    return viewers(meeting)


@indexer(IHandling)
def handling_viewers(handling):
    return viewers(handling)


def viewers(obj):
    """allowedRolesAndUsers by View, not by Access contents information.

    Plone indexes who may access an object's metadata. A union's
    representative may reach a meeting before its kallelse (to send
    questions to it), but must not find the draft dagordning's meeting or
    its handlingar in search and listings: those follow View.
    """
    allowed = set(rolesForPermissionOn("View", obj))
    for shortcut in ("Anonymous", "Authenticated"):
        if shortcut in allowed:
            return [shortcut]
    acl_users = getToolByName(obj, "acl_users", None)
    local = acl_users._getAllLocalRoles(obj) if acl_users is not None else {}
    for principal, roles in local.items():
        if allowed.intersection(roles):
            allowed.add(f"user:{principal}")
    allowed.discard("Owner")
    return sorted(allowed)
