"""Vocabularies of the meeting cycle (kuf.samportal.*)."""

from datetime import date
from kuf.samportal.content import find_parent
from kuf.samportal.content.samverkansgrupp import ISamverkansgrupp
from kuf.samportal.meetings.rules import questions as question_rules
from kuf.samportal.vocabularies import ITEM_KIND_TITLES
from kuf.samportal.vocabularies import simple
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


LINKED_TYPES = ("Rutin", "Stodmaterial", "Leverantorsavtal", "Checklista")


@provider(IVocabularyFactory)
def question_kinds(context):
    return simple((kind, ITEM_KIND_TITLES[kind]) for kind in question_rules.WANTED_KINDS)


@provider(IVocabularyFactory)
def submission_kinds(context):
    return simple(question_rules.SUBMISSION_KINDS)


@provider(IVocabularyFactory)
def arshjul_links(context):
    """Routines, material, agreements and checklists a theme can belong to."""
    brains = api.content.find(portal_type=LINKED_TYPES, sort_on="sortable_title")
    return SimpleVocabulary([SimpleTerm(b.UID, b.UID, b.Title) for b in brains])


def group_of(context):
    return find_parent(context, ISamverkansgrupp) if context is not None else None


def upcoming_meetings(group, today=None, limit=None):
    """The group's meetings that still receive questions, by date, as
    (meeting, deadline). Read without checking View: a union's
    representative sends questions before the kallelse makes the meeting
    readable, and the dates are in the published årshjul anyway."""
    today = today or date.today()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Mote",
        path="/".join(group.getPhysicalPath()),
        review_state=("planerat", "kallat"),
        kuf_motesdatum={"query": today.isoformat(), "range": "min"},
        sort_on="kuf_motesdatum",
    )
    meetings = [brain._unrestrictedGetObject() for brain in brains[:limit]]
    return [(m, m.question_deadline()) for m in meetings]


@provider(IVocabularyFactory)
def open_meetings(context):
    """Kuf.samportal.UpcomingMeetings: for the form "Anmäl fråga till mötet"."""
    group = group_of(context)
    if group is None:
        return SimpleVocabulary([])
    terms = []
    for meeting, deadline in upcoming_meetings(group):
        label = f"{meeting.Title()} (sista dag för frågor {deadline.isoformat()})"
        terms.append(SimpleTerm(meeting.UID(), meeting.UID(), label))
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def question_parties(context):
    """The unions of the group the current user may send questions for."""
    from kuf.samportal.meetings.questions import allowed_parties
    from kuf.samportal.parties import PARTIES

    group = group_of(context)
    if group is None or api.user.is_anonymous():
        return SimpleVocabulary([])
    titles = {party.id: party.title for party in PARTIES}
    allowed = allowed_parties(group, api.user.get_current())
    return simple((party, titles[party]) for party in allowed)
