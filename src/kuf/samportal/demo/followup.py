"""Demo of the yearly follow-up: the organisation tree, this year's opened
checklists, submitted answers from most nodes (analyses in the words of the
seed's bilaga 3) and the action plans (bilaga 4).

The unit Kungsholmen och Norrmalm is left in progress, so that the demo chef
and skyddsombud can finish, confirm and submit it themselves.
"""

import datetime
from kuf.samportal import followup as logic
from kuf.samportal.structure import FVG_ID
from plone import api
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zope.component import getUtility


TREE = (
    (
        "kulturforvaltningen",
        "Kulturförvaltningen",
        "forvaltning",
        {
            "chef": "forvaltningschef",
            "skyddsombud": ["huvudskyddsombud"],
            "ledning": ["arbetsgivare"],
            "fvg": True,
        },
        (
            (
                "stadsbiblioteket",
                "Stockholms stadsbibliotek",
                "avdelning",
                {"chef": "bibliotekschef", "skyddsombud": ["huvudskyddsombud"]},
                (
                    (
                        "kungsholmen-och-norrmalm",
                        "Kungsholmen och Norrmalm",
                        "enhet",
                        {
                            "chef": "chef",
                            "skyddsombud": ["skyddsombud"],
                            "medarbetare": ["medarbetare"],
                        },
                        (),
                    ),
                    ("jarva", "Järva", "enhet", {}, ()),
                    ("bromma", "Bromma", "enhet", {}, ()),
                    ("farsta-och-skarpnack", "Farsta och Skarpnäck", "enhet", {}, ()),
                    (
                        "skarholmen-och-hagersten-liljeholmen",
                        "Skärholmen, Hägersten-Liljeholmen",
                        "enhet",
                        {},
                        (),
                    ),
                    ("enheten-for-samlingar", "Enheten för samlingar", "enhet", {}, ()),
                    (
                        "enheten-for-kunskapsutveckling",
                        "Enheten för kunskapsutveckling",
                        "enhet",
                        {},
                        (),
                    ),
                ),
            ),
            (
                "kulturskolan",
                "Kulturskolan Stockholm",
                "avdelning",
                {},
                (("resurscenter", "Resurscenter", "enhet", {}, ()),),
            ),
            (
                "museer-och-konst",
                "Museer och konst",
                "avdelning",
                {},
                (("museer-och-konst-enheten", "Museer & konst", "enhet", {}, ()),),
            ),
            ("evenemangsavdelningen", "Evenemangsavdelningen", "avdelning", {}, ()),
            ("liljevalchs", "Liljevalchs konsthall", "avdelning", {}, ()),
            (
                "administrativa-staben",
                "Administrativa staben",
                "avdelning",
                {},
                (("ekonomienheten", "Ekonomienheten", "enhet", {}, ()),),
            ),
        ),
    ),
)

IN_PROGRESS = "kungsholmen-och-norrmalm"

# Bilaga 3 of the seed: the units' analyses of the policy question.
POLICY_ANALYSES = {
    "ekonomienheten": "Utskickad 28 jan, i samband med info om medarbetarsamtal.",
    "resurscenter": "Ja.",
    "farsta-och-skarpnack": "Är förmodligen känd av många i personalgruppen, men bra om vi går "
    "igenom den igen och säkerställer att den verkligen är det.",
    "jarva": "Personalpolicyn har gåtts igenom på APT i uppstart av läsåret.",
    "museer-och-konst-enheten": "Fortsätta att ha regelbundna informationer på resp enhets APT.",
    "enheten-for-kunskapsutveckling": "Vi informerar löpande på APT.",
    "skarholmen-och-hagersten-liljeholmen": "Ja, den går vi igenom en gång på APT årligen.",
    "kulturforvaltningen": "Påminnelse till alla chefer kring vikten av att skapa kännedom samt "
    "information om stödmaterial för att arbeta med personalpolicyn.",
}

# Some nodes see shortcomings; the rest agree fully.
PARTIAL = {
    "farsta-och-skarpnack": {"f1", "f13"},
    "bromma": {"f16", "f19"},
    "kulturforvaltningen": {"f4", "f13", "f16", "f19", "f21"},
    "stadsbiblioteket": {"f16"},
    "resurscenter": {"f20"},
}
NOT_AT_ALL = {"bromma": {"f20"}}

ACTIONS = {
    ("kulturforvaltningen", "sam"): (
        {
            "title": "Utbildning i Sunt arbetslivs verktyg för friskfaktorer",
            "question": "f13",
            "description": "Utbildning för chefer och skyddsombud inom Sunt arbetslivs verktyg "
            "för friskfaktorer för fortsatt användande inom verksamheten.",
            "responsible": "HR-enheten",
            "status": "pagaende",
            "start": datetime.date(2026, 5, 15),
            "end": datetime.date(2026, 12, 31),
        },
        {
            "title": "Pulsmätning som komplement till medarbetarenkäten",
            "question": "f14",
            "description": "Möjlighet till pulsmätning för att följa upp arbetet med "
            "friskfaktorer och löpande följa upp delar av arbetsmiljön.",
            "responsible": "HR-enheten",
            "status": "ej_paborjad",
            "start": datetime.date(2026, 9, 1),
            "end": datetime.date(2027, 3, 31),
        },
        {
            "title": "Utbildning i riskbedömning och förslag till övergripande skyddsrond",
            "question": "f16",
            "description": "Hr-enheten planerar och genomför en lärande insats kring "
            "riskbedömning.",
            "responsible": "HR-enheten och huvudskyddsombud",
            "status": "pagaende",
            "start": datetime.date(2026, 5, 8),
            "end": datetime.date(2026, 12, 31),
        },
        {
            "title": "Workshop om samverkansprocessen i varje samverkansgrupp",
            "question": "f21",
            "description": "Fortsatt gemensam utveckling av samverkansprocessen och översyn av "
            "befintligt APT-material kring samverkan.",
            "responsible": "Förvaltningschef",
            "status": "ej_paborjad",
            "start": datetime.date(2026, 9, 1),
            "end": datetime.date(2026, 12, 31),
        },
    ),
    ("kulturforvaltningen", "aktiva_atgarder"): (
        {
            "title": "Förebyggande dialog med Starck & Partner om kränkande särbehandling",
            "question": "f3",
            "description": "Förberedande och förebyggande dialog med Starck & Partner kring "
            "anmälningar av kränkande särbehandling samt information till skyddsombud och "
            "chefer.",
            "responsible": "HR-enheten",
            "status": "pagaende",
            "start": datetime.date(2026, 5, 8),
            "end": datetime.date(2026, 12, 31),
        },
    ),
    ("kungsholmen-och-norrmalm", "sam"): (
        {
            "title": "Gå igenom personalpolicyn på APT",
            "question": "f1",
            "description": "Personalpolicyn tas upp på APT i maj/juni.",
            "responsible": "Mikael Andersson",
            "status": "pagaende",
            "start": datetime.date(2026, 5, 1),
            "end": datetime.date(2026, 6, 30),
        },
    ),
}


def create_demo_followup(portal):
    section = portal["uppfoljning"]
    fvg_uid = portal["samverkan"][FVG_ID].UID()
    with api.env.adopt_roles(["Manager"]):
        for spec in TREE:
            ensure_node(section, spec, fvg_uid)
        for checklist in section.objectValues():
            if checklist.portal_type != "Checklista":
                continue
            if api.content.get_state(checklist) == "utkast":
                api.content.transition(obj=checklist, transition="oppna")
                answer_all(section["kulturforvaltningen"], checklist)


def ensure_node(container, spec, fvg_uid):
    node_id, title, level, people, children = spec
    if node_id not in container.objectIds():
        node = api.content.create(
            container=container,
            type="Organisationsenhet",
            id=node_id,
            title=title,
            level=level,
            chef=people.get("chef"),
            skyddsombud=people.get("skyddsombud", []),
            ledning=people.get("ledning", []),
            medarbetare=people.get("medarbetare", []),
            samverkansgrupp=fvg_uid if people.get("fvg") else None,
        )
        api.content.transition(obj=node, transition="publish")
        logic.sync_node_roles(node)
    for child in children:
        ensure_node(container[node_id], child, fvg_uid)


def answer_all(root, checklist):
    for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
        portal_type="Uppfoljning",
        kuf_checklista=checklist.UID(),
        path="/".join(root.getPhysicalPath()),
    ):
        followup = brain._unrestrictedGetObject()
        node = followup.node()
        answer(followup, node, checklist)
        add_actions(followup, node.getId(), checklist.kind)


def answer(followup, node, checklist):
    node_id = node.getId()
    values = checklist.scale_definition().value_ids
    in_progress = node_id == IN_PROGRESS
    questions = checklist.question_ids()
    for index, qid in enumerate(questions):
        if in_progress and index >= 5:
            break
        value = values[0]
        if qid in PARTIAL.get(node_id, ()):
            value = values[1]
        if qid in NOT_AT_ALL.get(node_id, ()):
            value = values[2]
        analysis = (
            POLICY_ANALYSES.get(node_id, "") if qid == "f1" and checklist.kind == "sam" else ""
        )
        if not analysis and value != values[0]:
            analysis = "Behöver förbättras; åtgärd i handlingsplanen."
        followup.answers[qid] = {"svar": value, "analys": analysis}
    if in_progress:
        followup.reindexObject()
        return
    when = datetime.datetime(checklist.year, 3, 20, 9, 0, tzinfo=datetime.UTC).isoformat()
    for who, user_ids in (("chef", [node.chef]), ("skyddsombud", node.skyddsombud or [])):
        followup.confirmations[who] = {"user": next(iter(filter(None, user_ids)), ""), "at": when}
    api.content.transition(obj=followup, transition="lamna_in")
    start, end = followup.period()
    followup.submitted_on = end - datetime.timedelta(days=3)
    followup.reindexObject()


def add_actions(followup, node_id, kind):
    for fields in ACTIONS.get((node_id, kind), ()):
        action_id = getUtility(IIDNormalizer).normalize(fields["title"], max_length=60)
        if action_id not in followup.objectIds():
            api.content.create(container=followup, type="Atgard", id=action_id, **fields)
