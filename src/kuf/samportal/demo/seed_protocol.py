"""The FVG protocol of 2025-01-13 (the seed document), as structured data."""

from datetime import date
from datetime import datetime
from datetime import time


MEETING = {
    "meeting_date": date(2025, 1, 13),
    "start_time": time(9, 0),
    "end_time": time(10, 30),
    "place": "Askebykroken",
    "sent_out": date(2025, 1, 15),
    "comment_deadline": datetime(2025, 1, 16, 12, 0),
    "signing_date": date(2025, 1, 20),
    "next_meeting_date": date(2025, 2, 10),
    "next_meeting_time": time(9, 0),
    "next_meeting_place": "Askebykroken",
}


def person(name, role, party=None, note=None):
    return {"name": name, "role": role, "party": party, "user_id": None, "note": note}


PRESENT = [
    person("Maria Jansén", "Förvaltningschef", "arbetsgivaren"),
    person("Lena Nilsson", "Administrativ chef", "arbetsgivaren"),
    person("Frida Strömberg", "HR-chef", "arbetsgivaren"),
    person("Annasara Yderstedt Karlsson", "Chefssekreterare", "arbetsgivaren"),
    person("Patrick Linderoth", "DIK och skyddsombud", "dik"),
    person("Carl Korch", "Saco", "saco"),
    person("Ernesto Garzón", "Vision", "vision"),
    person("Mats Gustafsson", "Sveriges Lärare", "sveriges-larare"),
    person("Marie Norlander", "Kommunal", "kommunal"),
    person("Maria Sundström", "DIK", "dik"),
]

ABSENT = [
    person("Karin Wrannvik", "Ledarna", "ledarna"),
    person("Daniel Knudsen", "Akademikerförbundet SSR", "ssr"),
    person("Åsa Reiding", "HR-konsult", "arbetsgivaren"),
]

NOTHING = "<p>Inget att notera.</p>"

# (number, letter, kind, heading, body html, bilaga numbers referred to)
ITEMS = [
    (
        1,
        "",
        None,
        "Föregående protokoll",
        "<p>Föregående protokoll lades till handlingarna.</p>",
        [],
    ),
    (
        2,
        "",
        None,
        "Godkännande av dagordning",
        "<p>Inga övriga frågor anmäldes. Dagordningen godkändes.</p>",
        [],
    ),
    (
        3,
        "",
        None,
        "Fastställande av datum för justering",
        "<p>Följande beslutades kring dagens protokoll:</p><ul>"
        "<li>Protokollet skickas ut onsdag 15 januari.</li>"
        "<li>Synpunkter ska skickas senast torsdag 16 januari kl. 12.</li>"
        "<li>Protokollet signeras måndag 20 januari.</li></ul>",
        [],
    ),
    (4, "", None, "Verksamhetsfrågor", "", []),
    (
        4,
        "a",
        "information",
        "Kulturnämndsärenden",
        "<p>Arbetsgivaren informerade om att ärenden som är aktuella för nämnden den "
        "21 januari publiceras på stadens webbplats för nämndhandlingar.</p>"
        "<p>Saco önskade mer information om förändringarna kring de särskilda villkoren "
        "för stöd till de sverigefinska, samiska och tornedalska minoriteterna och om "
        "arbetsbelastningen förväntas öka för handläggarna. Arbetsgivaren svarade att "
        "förändringen innebär att organisationer, oavsett organisationsform, kan söka "
        "stödet som tidigare endast har kunnat sökas av föreningar. Arbetsgivaren bedömer "
        "inte att förändringen kommer att öka arbetsbelastningen för medarbetarna.</p>"
        "<p>Saco undrade hur förvaltningen kommer att implementera stadens handlingsplan "
        "för arbete mot rasism. Arbetsgivaren svarade att handlingsplanen är ute på remiss "
        "och därför har inte arbetet med implementering påbörjats.</p>",
        [],
    ),
    (
        4,
        "b",
        "samverkan",
        "Verksamhetsplan, budget och kompetensförsörjningsplan 2025",
        "<p>Arbetsgivaren informerade om förvaltningens verksamhetsplan, "
        "kompetensförsörjningsplan och budget för 2025. Skriftliga synpunkter från "
        "fackliga parter biläggs till protokollet.</p>"
        "<p>Skriftliga synpunkter har mottagits inför mötet från Akademikerförbundet SSR, "
        "arbetsgivaren noterar de inkomna synpunkterna.</p>"
        "<p>Sveriges Lärare anser att det är otydligt formulerat i verksamhetsplanen och "
        "önskade förtydligande kring om förvaltningen har som mål att alla barn ska delta "
        "eller ska kunna delta i Kulturskolans verksamhet. Arbetsgivaren svarade att alla "
        "Stockholms barn och unga ska kunna delta i Kulturskolans verksamhet.</p>"
        "<p>Saco undrade hur många biblioteksvärdar Stockholms stadsbibliotek avser att "
        "anställa under 2025. Arbetsgivaren svarade att Stockholms stadsbibliotek avser "
        "anställa cirka 50 biblioteksvärdar för att utöka öppettiderna på biblioteken.</p>"
        "<p>DIK undrade hur förvaltningen arbetar med utmaningarna kring att rekrytera "
        "IT-kompetens. Arbetsgivaren svarade att det går bättre nu än tidigare och att det "
        "även påverkas av konjunkturläget.</p>"
        "<p>Arbetsgivaren återkopplade till Kommunal kring frågan från föregående möte och "
        "svarade att det finns 50 arbetstagare i arbetsmarknadspolitiska insatser på "
        "förvaltningen.</p>",
        [1],
    ),
    (5, "", None, "Arbetsmiljö och hälsa", NOTHING, []),
    (6, "", None, "Ekonomifrågor", NOTHING, []),
    (7, "", None, "Information till och från FG", "", []),
    (
        7,
        "a",
        "information",
        "Årsplanering förvaltningsgruppen 2025",
        "<p>Arbetsgivaren presenterade ett förslag på årsplanering för förvaltningsgruppen "
        "2025. Parterna enades om förslaget.</p>",
        [2],
    ),
    (
        7,
        "b",
        "information",
        "Nya ramavtal inom företagshälsovård",
        "<p>Arbetsgivaren informerade om att staden anslutit nya ramavtal från 1 januari "
        "2025 inom krisstöd, stöd till medarbetare och outplacement och stöd vid misstanke "
        "om kränkande särbehandling.</p>",
        [3],
    ),
    (8, "", None, "Lika rättigheter och möjligheter", NOTHING, []),
    (9, "", None, "Utbildnings- och utvecklingsfrågor", NOTHING, []),
    (10, "", None, "Samverkan", "", []),
    (10, "a", None, "Evenemangsavdelningen", NOTHING, []),
    (10, "b", None, "Liljevalchs konsthall", NOTHING, []),
    (10, "c", None, "Administrativa staben", NOTHING, []),
    (10, "d", None, "Kulturstrategiska staben", NOTHING, []),
    (10, "e", None, "Kommunikationsstaben", NOTHING, []),
    (11, "", None, "Övriga förvaltningsövergripande frågor", NOTHING, []),
    (12, "", None, "Nästa förvaltningsgrupp", "<p>Måndag 10 februari kl. 9:00.</p>", []),
]

BILAGOR = [
    "Akademikerförbundet SSR yrkanden gällande Kulturförvaltningens VP 2025",
    "Årshjul förvaltningsgrupp KuF 2025",
    "Info om nya ramavtal inom företagshälsovård",
]

# Demo users who sign for the parties that were present.
JUSTERARE = ["arbetsgivare", "dik", "saco", "vision", "sveriges-larare", "kommunal"]
