"""Demo handbook: the routine of the seed and two pieces of material."""

from datetime import date
from plone import api
from plone.app.textfield.value import RichTextValue
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import modified


ROUTINE_ID = "arlig-uppfoljning-sam-och-aktiva-atgarder"


def rich(html):
    return RichTextValue(html, "text/html", "text/x-html-safe")


def routine_fields():
    """Fresh values each time: a RichTextValue belongs to one database."""
    return {
        "title": "Rutin årlig uppföljning av det systematiska arbetsmiljöarbetet "
        "och aktiva åtgärder",
        "description": "I Kulturförvaltningens rutin integreras arbetet med aktiva åtgärder med "
        "processen för årlig uppföljning av det systematiska arbetsmiljöarbetet.",
        "area": "sam",
        "purpose": rich(
            "<ul><li>Undersöka och säkerställa att vi bedriver arbetsmiljöarbetet enligt "
            "föreskrifterna om systematiskt arbetsmiljöarbete, AFS 2023:1, samt se över hur vi i "
            "praktiken arbetar med dessa frågor.</li>"
            "<li>Ge en överblick för att styra och förbättra arbetsmiljöarbetet.</li>"
            "<li>Identifiera och undanröja risker för diskriminering och andra hinder för lika "
            "rättigheter och möjligheter, i fyra steg (undersöka, analysera, åtgärda samt följa "
            "upp och utvärdera).</li></ul>"
        ),
        "background": rich(
            "<p>Alla arbetsgivare ska årligen gå igenom det systematiska arbetsmiljöarbetet för "
            "att se efter om det fungerar och hur det kan förbättras. Det är inte arbetsmiljön som "
            "ska granskas utan hur man arbetar med arbetsmiljön.</p>"
            "<p>Alla arbetsgivare har ansvar för att förebygga diskriminering och främja lika "
            "rättigheter och möjligheter på arbetet, oavsett diskrimineringsgrund. I "
            "diskrimineringslagen kallas det för aktiva åtgärder.</p>"
        ),
        "legal_basis": [
            {"reference": "AFS 2023:1 Systematiskt arbetsmiljöarbete", "link": None},
            {"reference": "Diskrimineringslag (2008:567) 3 kap. 2, 3, 5 och 16 §§", "link": None},
        ],
        "responsibilities": [
            {
                "who": "Chefen för respektive nivå",
                "what": "den årliga uppföljningen och "
                "besvarandet av checklistan för aktiva åtgärder",
            },
            {
                "who": "Ansvarig chef och skyddsombud",
                "what": "deltar alltid och tar tillsammans "
                "fram handlingsplan för att åtgärda brister",
            },
            {"who": "HR-enheten", "what": "förmedlar datum för redovisning till alla chefer"},
        ],
        "steps": [
            {
                "when": "Februari–mars",
                "what": "Förvaltningens enheter följer upp och besvarar checklistorna",
            },
            {
                "when": "April",
                "what": "Avdelningarna följer upp; resultat på APT (mars/april) och i SVG",
            },
            {"when": "Maj", "what": "Förvaltningen som helhet; resultat i FVG"},
            {"when": "Juni", "what": "Årlig uppföljning redovisas för kulturnämnden"},
        ],
        "owner": "HR-enheten",
        "adopted": date(2025, 1, 20),
        "next_review": date(2027, 1, 20),
    }


def material_fields():
    return [
        (
            "apt-material-arlig-uppfoljning",
            {
                "title": "APT-material: årlig uppföljning av arbetsmiljöarbetet",
                "audience": ["apt", "medarbetare"],
                "topic": "Årlig uppföljning",
                "text": rich(
                    "<p>Presentera enhetens resultat och handlingsplan på APT i mars eller "
                    "april. Gå igenom varje åtgärd: ansvarig, status och när den följs upp.</p>"
                ),
            },
        ),
        (
            "chefens-checklista",
            {
                "title": "Chefens checklista inför uppföljningen",
                "audience": ["chefer"],
                "topic": "Årlig uppföljning",
                "text": rich(
                    "<ul><li>Boka tid med skyddsombudet.</li><li>Besvara alla frågor "
                    "tillsammans.</li><li>Ta fram handlingsplan och registrera åtgärderna.</li>"
                    "</ul>"
                ),
            },
        ),
    ]


def create_demo_handbook(portal):
    handbook = portal["arbetsmiljohandbok"]
    if ROUTINE_ID not in handbook.objectIds():
        routine = api.content.create(
            container=handbook, type="Rutin", id=ROUTINE_ID, **routine_fields()
        )
        api.content.transition(obj=routine, transition="publish")
    material = portal["stodmaterial"]
    for material_id, fields in material_fields():
        if material_id not in material.objectIds():
            item = api.content.create(
                container=material, type="Stodmaterial", id=material_id, **fields
            )
            api.content.transition(obj=item, transition="publish")
    routine = handbook[ROUTINE_ID]
    if not routine.material:
        intids = getUtility(IIntIds)
        routine.material = [
            RelationValue(intids.getId(material[material_id]))
            for material_id, _fields in material_fields()
        ]
        modified(routine)
