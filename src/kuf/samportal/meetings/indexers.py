"""Catalog indexers of the meeting cycle."""

from kuf.samportal.meetings.content.fraga import IFraga
from kuf.samportal.meetings.content.mote import IMote
from plone.indexer import indexer


@indexer(IMote)
def meeting_date(meeting):
    """ "2025-05-20": upcoming meetings are a range query, sorted by date."""
    return meeting.meeting_date.isoformat() if meeting.meeting_date else None


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
