"""Vocabularies, registered as kuf.samportal.*.

Vocabularies that list people are protected in the @vocabularies endpoint
and in the widgets' @@getVocabulary view (see ``protect_people_vocabularies``).
"""

from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content.protokoll import group_of
from kuf.samportal.content.protokollspunkt import protocol_of
from kuf.samportal.content.uppfoljning import IUppfoljning
from kuf.samportal.parties import PARTIES
from kuf.samportal.rules import followup as followup_rules
from kuf.samportal.rules.agreements import DEVIATION_CATEGORIES
from kuf.samportal.rules.participation import party_of
from plone import api
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


GROUP_LEVELS = (
    ("forvaltning", _("level_forvaltning", default="Administration")),
    ("avdelning", _("level_avdelning", default="Department")),
    ("arbetsplats", _("level_arbetsplats", default="Workplace")),
)

ITEM_KINDS = (
    ("information", "Information"),
    ("samverkan", "Samverkan"),
    ("forhandling", "Förhandling"),
    ("anmald_fraga", "Anmäld fråga"),
    ("beslut", "Beslut"),
    ("diskussion", "Diskussion"),
    ("ovrigt", "Övrigt"),
)

# The kinds are the protocol's own prefixes ("Information:", "Samverkan:"):
# Swedish terms of the domain, shown as they are in every language.
ITEM_KIND_TITLES = dict(ITEM_KINDS)


def item_kind_title(kind):
    return ITEM_KIND_TITLES.get(kind, "") if kind else ""


PARTY_TITLES = {party.id: party.title for party in PARTIES}


def party_title(party_id):
    return PARTY_TITLES.get(party_id, "") if party_id else ""


def simple(pairs):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in pairs])


@provider(IVocabularyFactory)
def group_levels(context):
    return simple(GROUP_LEVELS)


@provider(IVocabularyFactory)
def item_kinds(context):
    return simple(ITEM_KINDS)


@provider(IVocabularyFactory)
def parties(context):
    return simple((party.id, party.title) for party in PARTIES)


@provider(IVocabularyFactory)
def group_participants(context):
    """Users who take part in the context's samverkansgrupp, with their party."""
    group = group_of(context)
    if group is None:
        return SimpleVocabulary([])
    titles = {party.id: party.title for party in PARTIES}
    terms = []
    seen = set()
    for party in PARTIES:
        if party.id not in (group.parties or []):
            continue
        for user in api.user.get_users(groupname=party.group_id):
            user_id = user.getId()
            if user_id in seen:
                continue
            seen.add(user_id)
            party_id = party_of(set(user.getGroups()), group.parties)
            name = user.getProperty("fullname") or user_id
            terms.append(SimpleTerm(user_id, user_id, f"{name} ({titles[party_id]})"))
    return SimpleVocabulary(sorted(terms, key=lambda term: term.title))


HANDBOOK_AREAS = (
    ("sam", "Systematiskt arbetsmiljöarbete"),
    ("aktiva_atgarder", "Aktiva åtgärder mot diskriminering"),
    ("halsa", "Hälsa och rehabilitering"),
    ("kris", "Kris och hot"),
    ("organisatorisk", "Organisatorisk och social arbetsmiljö"),
)

AUDIENCES = (
    ("chefer", "Chefer"),
    ("skyddsombud", "Skyddsombud"),
    ("medarbetare", "Medarbetare"),
    ("apt", "APT"),
)


@provider(IVocabularyFactory)
def handbook_areas(context):
    return simple(HANDBOOK_AREAS)


@provider(IVocabularyFactory)
def audiences(context):
    return simple(AUDIENCES)


SYNPUNKT_STATUS = (
    ("open", _("synpunkt_open", default="Not handled")),
    ("accepted", _("synpunkt_accepted", default="Accepted: the protocol was changed")),
    ("not_accepted", _("synpunkt_not_accepted", default="Not accepted")),
)


@provider(IVocabularyFactory)
def synpunkt_status(context):
    return simple(SYNPUNKT_STATUS)


@provider(IVocabularyFactory)
def protocol_items(context):
    protocol = protocol_of(context)
    if protocol is None:
        return SimpleVocabulary([])
    return SimpleVocabulary(
        [SimpleTerm(item.UID(), item.UID(), item.Title()) for item in protocol.punkter()]
    )


@provider(IVocabularyFactory)
def protocol_bilagor(context):
    protocol = protocol_of(context)
    if protocol is None:
        return SimpleVocabulary([])
    return SimpleVocabulary(
        [
            SimpleTerm(bilaga.UID(), bilaga.UID(), f"{bilaga.label()}: {bilaga.Title()}")
            for bilaga in protocol.bilagor()
        ]
    )


@provider(IVocabularyFactory)
def org_levels(context):
    return simple((level, followup_rules.LEVEL_TITLES[level]) for level in followup_rules.LEVELS)


@provider(IVocabularyFactory)
def checklist_kinds(context):
    return simple(followup_rules.KINDS.items())


@provider(IVocabularyFactory)
def answer_scales(context):
    return simple((scale.id, scale.title) for scale in followup_rules.SCALES.values())


@provider(IVocabularyFactory)
def action_statuses(context):
    return simple(followup_rules.ACTION_STATUSES)


@provider(IVocabularyFactory)
def samverkansgrupper(context):
    brains = api.content.find(portal_type="Samverkansgrupp", sort_on="sortable_title")
    return SimpleVocabulary([SimpleTerm(b.UID, b.UID, b.Title) for b in brains])


@provider(IVocabularyFactory)
def followup_questions(context):
    """The questions of the checklist an action's follow-up answers."""
    followup = find_parent(context, IUppfoljning) if context is not None else None
    checklist = followup.checklist() if followup is not None else None
    if checklist is None:
        return SimpleVocabulary([])
    return SimpleVocabulary(
        [
            SimpleTerm(row["id"], row["id"], f"{row['area']}: {row['text']}")
            for row in checklist.question_list()
        ]
    )


AGREEMENT_AREAS = (
    ("foretagshalsovard", "Företagshälsovård"),
    ("krisstod", "Krisstöd"),
    ("stod_outplacement", "Stöd till medarbetare och outplacement"),
    ("krankande_sarbehandling", "Stöd vid misstanke om kränkande särbehandling"),
    ("annat", "Annat stöd"),
)
AGREEMENT_AREA_TITLES = dict(AGREEMENT_AREAS)
SERVICE_LEVELS = (("individ", "Individ"), ("grupp", "Grupp"), ("organisation", "Organisation"))


@provider(IVocabularyFactory)
def agreement_areas(context):
    return simple(AGREEMENT_AREAS)


@provider(IVocabularyFactory)
def service_levels(context):
    return simple(SERVICE_LEVELS)


@provider(IVocabularyFactory)
def deviation_categories(context):
    return simple(DEVIATION_CATEGORIES)


# Who a group's participants are, and any list of the portal's users and
# groups, tells which party a person belongs to (special category data,
# GDPR art. 9): only HR, the secretaries and administrators list people.
LIST_PEOPLE = "kuf.samportal: List people"
PEOPLE_VOCABULARIES = {
    "kuf.samportal.GroupParticipants": LIST_PEOPLE,
    "plone.app.vocabularies.Users": LIST_PEOPLE,
    "plone.app.vocabularies.Principals": LIST_PEOPLE,
    "plone.app.vocabularies.Groups": LIST_PEOPLE,
}


def protect_people_vocabularies():
    """Vocabularies of people need LIST_PEOPLE on the context they are asked on."""
    from plone.app.content.browser.vocabulary import PERMISSIONS

    PERMISSIONS.update(PEOPLE_VOCABULARIES)
    PERMISSIONS["kuf.samportal.ProtocolBilagor"] = "View"
    PERMISSIONS["kuf.samportal.ProtocolItems"] = "View"
    PERMISSIONS["kuf.samportal.FollowupQuestions"] = "View"


protect_people_vocabularies()
