"""Demo of the supplier agreements: the four framework agreements of the
seeds (the FVG slides of 2025-01-13, bilaga 3), two reported deviations and
Feelgood's usage for 2024 and 2025 (the FVG material of 2026-06-01, bilaga 1),
imported through the same CSV importer HR uses.

Feelgood's dates are not in the seeds; the demo lets it end within six
months, so the listing shows an agreement to decide on.
"""

import datetime
from kuf.samportal import agreements as logic
from pathlib import Path
from plone import api


DATA = Path(__file__).parent / "data"
D = datetime.date
AGRESSO_SUPPORT = {
    "name": "Inköpssupport Agresso",
    "role": "Frågor om beställning i Agresso",
    "phone": "08-508 11 020",
    "email": "inkopssupport@stockholm.se",
}


# Where the ordering routines send people, as the seeds give them (the FVG
# slides of 2025-01-13, bilaga 3). The seeds have no phone number of the
# suppliers themselves; HR adds them in the agreement's form.
AGRESSO_ORDER = {
    "what": "Inköpssupport för beställning i Agresso",
    "phone": "08-508 11 020",
    "email": "inkopssupport@stockholm.se",
    "address": "",
}
INTRANET_ORDER = {
    "what": "Tjänstebeskrivningar och beställningsrutiner på Arbetsmiljösidan",
    "phone": "",
    "email": "",
    "address": "intranat.stockholm.se: Anställning och arbetsmiljö – Arbetsmiljö – "
    "Företagshälsovård",
}


def service(level, name, description=""):
    return {"level": level, "service": name, "description": description}


SERVICE_LEVELS = {"answer_days": 2, "start_days": 10, "deviation_days": 7}

AGREEMENTS = (
    {
        "id": "feelgood",
        "title": "Företagshälsovård – Feelgood",
        "supplier": "Feelgood",
        "area": "foretagshalsovard",
        "purpose": "Företagshälsovård som stöd i det systematiska arbetsmiljöarbetet: "
        "främjande, förebyggande och efterhjälpande insatser för individ, grupp och "
        "organisation, inklusive arbetsanpassning och rehabilitering.",
        "start": D(2023, 5, 1),
        "end": D(2027, 4, 30),
        "extension": "1 + 1 år",
        "latest_end": D(2029, 4, 30),
        "services": [
            service("individ", "Stödsamtal", "Förebyggande och efterhjälpande"),
            service("individ", "Rehabiliteringssamordning"),
            service("grupp", "Handledning i grupp"),
            service("organisation", "Arbetsmiljömätningar och chefsstöd"),
        ],
        "order_steps": [
            "Kontakta Feelgood för överenskommelse om insats och kostnad.",
            "Lägg beställningen i Agresso.",
            "Feelgood bekräftar beställningen via mejl.",
        ],
        "order_contacts": [AGRESSO_ORDER, INTRANET_ORDER],
        "contacts": [AGRESSO_SUPPORT],
    },
    {
        "id": "avonova-krisstod",
        "title": "Krisstöd – Avonova Hälsa AB",
        "supplier": "Avonova Hälsa AB",
        "area": "krisstod",
        "purpose": "Bidra till ett gott omhändertagande i den akuta situationen för att mildra "
        "stressreaktioner och förebygga framtida sjukdomstillstånd hos stadens medarbetare. "
        "Med krisstöd avses det psykiska och sociala omhändertagande som behöver vidtas i "
        "samband med olyckor, akuta krissituationer och liknande allvarliga händelser.",
        "start": D(2025, 1, 1),
        "end": D(2027, 12, 31),
        "extension": "1 + 1 år",
        "latest_end": D(2029, 12, 31),
        "services": [
            service(
                "organisation",
                "Chefsstöd i det förebyggande arbetet",
                "Handlingsplaner och riskbedömningar gällande krisstöd",
            ),
            service(
                "grupp",
                "Utbildning i krisstöd",
                "För nyckelpersoner i krisorganisation, chefer, hr eller medarbetare",
            ),
            service(
                "individ",
                "Akut krisstöd dygnet runt, årets alla dagar",
                "Per telefon eller på plats, omedelbar kontakt med krisspecialist",
            ),
            service("organisation", "Återkoppling efter en händelse"),
        ],
        "order_steps": [
            "Kontakta leverantören för överenskommelse om uppdrag och kostnadsförslag/offert, "
            "till exempel via mejl.",
            "Lägg beställningen i Agresso och bifoga eventuellt underlag.",
            "Avonova bekräftar beställningen av uppdraget via mejl.",
            "Vid akuta insatser läggs beställningen in i Agresso vid ett senare tillfälle.",
            "Faktura kommer månadsvis per uppdrag och inköpsordernummer eller efter genomfört "
            "uppdrag.",
        ],
        "order_contacts": [AGRESSO_ORDER, INTRANET_ORDER],
        "contacts": [AGRESSO_SUPPORT],
    },
    {
        "id": "aventus",
        "title": "Stöd till medarbetare och outplacement – Aventus AB",
        "supplier": "Aventus AB",
        "area": "stod_outplacement",
        "purpose": "Ge chefer och hr förutsättningar och hjälp att hantera situationer kring "
        "beteenden som inte följer stadens personalpolicy och styrdokument, och stöd till "
        "medarbetare som behöver utveckla och hantera arbetsrelaterade utmaningar.",
        "start": D(2025, 1, 1),
        "end": D(2027, 12, 31),
        "extension": "1 + 1 år",
        "latest_end": D(2029, 12, 31),
        "services": [
            service("organisation", "Stöd till chef och hr"),
            service("individ", "Kartläggning", "Styrkor, resurser och stödbehov"),
            service("individ", "Arbetslivscoachning och vägledning"),
            service(
                "individ",
                "Outplacement",
                "Omställning till en ny arbetsgivare eller annan aktivitet",
            ),
        ],
        "order_steps": [
            "Ta kontakt med Aventus via kontaktpersonen, genom en första beställning i "
            "portalen eller via e-post stockholmsstad@aventus.se.",
            "Beställaren (chef eller hr) diskuterar insats och kostnad med Aventus.",
            "Lägg beställningen i Agresso.",
            "Lägg in beställningen i Aventus portal; beställningsbekräftelsen finns där.",
            "Insatsen startar och återkopplas efter överenskommelse.",
        ],
        "order_contacts": [
            {
                "what": "Aventus: kontaktpersonen Camilla Elvin, beställningar",
                "phone": "",
                "email": "stockholmsstad@aventus.se",
                "address": "",
            },
            AGRESSO_ORDER,
            INTRANET_ORDER,
        ],
        "contacts": [
            {
                "name": "Camilla Elvin",
                "role": "Kontaktperson, Aventus AB",
                "phone": "",
                "email": "stockholmsstad@aventus.se",
            },
            AGRESSO_SUPPORT,
        ],
    },
    {
        "id": "starck-partner",
        "title": "Stöd och utredning vid kränkande särbehandling – Starck & Partner AB",
        "supplier": "Starck & Partner AB",
        "area": "krankande_sarbehandling",
        "purpose": "Stöd och utredning vid misstanke om kränkande särbehandling, med "
        "objektivitet, oberoende och förtroende som ledord. Tjänsterna kan även beställas "
        "av hr, och leverantören kan vara ett stöd för hr.",
        "start": D(2025, 1, 1),
        "end": D(2027, 12, 31),
        "extension": "1 + 1 år",
        "latest_end": D(2029, 12, 31),
        "services": [
            service(
                "organisation",
                "Stöd till chef och hr",
                "Råd, tydliggörande samtal, stöd kring en anmälan",
            ),
            service(
                "individ",
                "Utredning vid misstanke om kränkande särbehandling",
                "Även sexuella trakasserier",
            ),
            service("grupp", "Utbildning", "Förebygga och hantera kränkande särbehandling"),
        ],
        "order_steps": [
            "Kontakta förvaltningens hr-funktion för stöd innan beslut om hantering tas.",
            "Kontakta Starck & Partner för överenskommelse om uppdrag och kostnadsförslag/offert.",
            "Sök fram S&P i Agresso och registrera rekvisition/inköpsorder på hela beloppet; "
            "bifoga underlag som extern bilaga.",
            "Starck & Partner bekräftar beställningen av uppdraget via mejl.",
        ],
        "order_contacts": [AGRESSO_ORDER, INTRANET_ORDER],
        "contacts": [AGRESSO_SUPPORT],
    },
)

DEVIATIONS = (
    (
        "feelgood",
        "medarbetare",
        "tillganglighet",
        "Jag fick ingen återkoppling på min bokning av stödsamtal trots två påminnelser.",
        12,
        None,
    ),
    (
        "avonova-krisstod",
        "chef",
        "tillganglighet",
        "Krisstödet svarade först efter 40 minuter vid larm en kväll.",
        20,
        "Avonova beklagar; en bemanningsbrist under kvällen är åtgärdad och rutinen uppdaterad.",
    ),
)


def create_demo_agreements(portal):
    section = portal["avtal"]
    with api.env.adopt_roles(["Manager"]):
        for spec in AGREEMENTS:
            if spec["id"] in section.objectIds():
                existing = section[spec["id"]]
                if not getattr(existing, "order_contacts", None):  # added in issue 17
                    existing.order_contacts = spec.get("order_contacts", [])
                continue
            fields = {k: v for k, v in spec.items() if k != "id"}
            agreement = api.content.create(
                container=section,
                type="Leverantorsavtal",
                id=spec["id"],
                managers=["hr"],
                **SERVICE_LEVELS,
                **fields,
            )
            api.content.transition(obj=agreement, transition="publish")
            if spec["id"] == "feelgood":
                for year in (2024, 2025):
                    text = (DATA / f"feelgood-{year}.csv").read_text(encoding="utf-8")
                    logic.import_usage(agreement, year, text)
        for agreement_id, reporter, category, text, days_ago, answer in DEVIATIONS:
            agreement = section[agreement_id]
            if any(o.portal_type == "Avvikelse" for o in agreement.objectValues()):
                continue
            with api.env.adopt_user(username=reporter):
                deviation = logic.create_deviation(agreement, reporter, category, text)
            deviation.reported_on = datetime.date.today() - datetime.timedelta(days=days_ago)
            deviation.update_title()
            if answer:
                deviation.supplier_answer = answer
                deviation.answered_on = deviation.reported_on + datetime.timedelta(days=5)
                api.content.transition(obj=deviation, transition="besvara")
            deviation.reindexObject()
