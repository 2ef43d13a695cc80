"""The protocols of the gold set, as structures: the seed of 2025-01-13
(base-fvg-2025-01-13.json, checked against the demo's hand-written copy)
and the protocols written for the variants. make_gold.py writes each as
Word, PDF or text in a different layout; the structure is what the parser
must find (the JSON beside each file)."""

from copy import deepcopy
from datetime import date
from datetime import datetime
from datetime import time
import json
from kuf.samportal.importing.model import TIMEZONE
from kuf.samportal.importing.model import Attendee
from kuf.samportal.importing.model import BilagaRef
from kuf.samportal.importing.model import Protocol
from kuf.samportal.importing.model import Punkt
from pathlib import Path


GOLD = Path(__file__).parent / "gold"
NOTHING = "<p>Inget att notera.</p>"


def base() -> Protocol:
    """The FVG protocol of 2025-01-13 (the seed)."""
    data = json.loads((GOLD / "base-fvg-2025-01-13.json").read_text(encoding="utf-8"))
    return Protocol.from_json(data)


def with_notes(protocol: Protocol) -> Protocol:
    """Some people took part in only some items."""
    protocol = deepcopy(protocol)
    for person in protocol.present:
        if person.name == "Carl Korch":
            person.note = "punkt 4–12"
        if person.name == "Maria Sundström":
            person.note = "punkt 1–3"
    return protocol


def paragraf_numbered(protocol: Protocol, first: int) -> Protocol:
    """Items numbered through the year (§ 12, § 13 ...), sub-items without kinds."""
    protocol = deepcopy(protocol)
    for punkt in protocol.punkter:
        punkt.number += first - 1
        punkt.kind = None
    return protocol


def p(*paragraphs) -> str:
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def person(name, role, party, note=""):
    return Attendee(name=name, role=role, party=party, note=note)


def fvg_2026_06_01() -> Protocol:
    """A later FVG protocol, with the six bilagor of the seed of 2026-06-01."""
    return Protocol(
        group_name="Kulturförvaltningens förvaltningsgrupp",
        meeting_date=date(2026, 6, 1),
        start_time=time(9, 0),
        end_time=time(11, 0),
        place="Askebykroken, sal Lyran",
        present=[
            person("Maria Jansén", "Förvaltningschef", "arbetsgivaren"),
            person("Lena Nilsson", "Administrativ chef", "arbetsgivaren"),
            person("Frida Strömberg", "HR-chef", "arbetsgivaren"),
            person("Annasara Yderstedt Karlsson", "Chefssekreterare", "arbetsgivaren"),
            person("Johanna Berglund", "HR-strateg", "arbetsgivaren", "punkt 5"),
            person("Patrick Linderoth", "DIK och huvudskyddsombud", "dik"),
            person("Carl Korch", "Saco", "saco"),
            person("Ernesto Garzón", "Vision", "vision", "punkt 1–9"),
            person("Mats Gustafsson", "Sveriges Lärare", "sveriges-larare"),
            person("Daniel Knudsen", "Akademikerförbundet SSR", "ssr"),
        ],
        absent=[
            person("Karin Wrannvik", "Ledarna", "ledarna"),
            person("Marie Norlander", "Kommunal", "kommunal"),
        ],
        adjunct=[person("Petra Lindahl", "Företagshälsovården Feelgood", None, "punkt 4 a")],
        sent_out=date(2026, 6, 3),
        comment_deadline=datetime(2026, 6, 4, 12, 0, tzinfo=TIMEZONE),
        signing_date=date(2026, 6, 8),
        next_meeting_date=date(2026, 9, 14),
        next_meeting_time=time(9, 0),
        next_meeting_place="Askebykroken",
        punkter=[
            Punkt(
                1,
                "",
                None,
                "Föregående protokoll",
                None,
                p("Föregående protokoll lades till handlingarna."),
            ),
            Punkt(
                2,
                "",
                None,
                "Godkännande av dagordning",
                None,
                p("Övriga frågor anmäldes av DIK. Dagordningen godkändes."),
            ),
            Punkt(
                3,
                "",
                None,
                "Fastställande av datum för justering",
                None,
                "<p>Följande beslutades kring dagens protokoll:</p><ul>"
                "<li>Protokollet skickas ut onsdag 3 juni.</li>"
                "<li>Synpunkter ska skickas senast torsdag 4 juni kl. 12.</li>"
                "<li>Protokollet signeras måndag 8 juni.</li></ul>",
            ),
            Punkt(4, "", None, "Verksamhetsfrågor", None, ""),
            Punkt(
                4,
                "a",
                "information",
                "Uppföljning av företagshälsovården 2025",
                None,
                p(
                    "Feelgood presenterade återkopplingen av statistiken för 2025. Totalt "
                    "nyttjades tjänster för 703 tkr jämfört med 351 tkr året innan.",
                    "Saco undrade varför andelen förebyggande insatser har ökat. Arbetsgivaren "
                    "svarade att fler chefer har beställt chefsstöd och utbildning.",
                ),
                [1],
            ),
            Punkt(5, "", None, "Arbetsmiljö och hälsa", None, ""),
            Punkt(
                5,
                "a",
                "samverkan",
                "Årlig uppföljning av SAM och aktiva åtgärder 2026",
                None,
                p(
                    "Arbetsgivaren redogjorde för analysen av checklistorna, handlingsplanen "
                    "och resultatet av checklistan för aktiva åtgärder.",
                    "Vision lyfte att uppföljningen av åtgärderna behöver ske på APT. "
                    "Arbetsgivaren tar med sig synpunkten.",
                    "Parterna är överens om analysen och handlingsplanen.",
                ),
                [2, 3, 4],
            ),
            Punkt(6, "", None, "Ekonomifrågor", None, NOTHING),
            Punkt(7, "", None, "Information till och från FG", None, NOTHING),
            Punkt(8, "", None, "Lika rättigheter och möjligheter", None, NOTHING),
            Punkt(9, "", None, "Utbildnings- och utvecklingsfrågor", None, NOTHING),
            Punkt(10, "", None, "Samverkan", None, ""),
            Punkt(10, "a", None, "Stadsbiblioteket", None, NOTHING),
            Punkt(
                10,
                "b",
                None,
                "Kulturskolan",
                None,
                p("Sveriges Lärare informerade om arbetsbelastningen inför terminsstarten."),
            ),
            Punkt(11, "", None, "Övriga förvaltningsövergripande frågor", None, ""),
            Punkt(
                11,
                "a",
                "anmald_fraga",
                "Sociala medier och avvecklingen av IG-konton",
                "dik",
                p(
                    "DIK har skickat frågor inför mötet, kompletterade med frågor från Vision. "
                    "Arbetsgivarens skriftliga svar biläggs protokollet.",
                    "DIK undrade hur stress kopplad till bevakning av kontona har "
                    "uppmärksammats. Arbetsgivaren svarade att frågan tas upp på APT.",
                ),
                [5, 6],
            ),
            Punkt(
                12,
                "",
                None,
                "Nästa förvaltningsgrupp",
                None,
                p("Måndag 14 september kl. 09:00, Askebykroken."),
            ),
        ],
        bilagor=[
            BilagaRef(1, "Återkoppling statistik Feelgood 2025"),
            BilagaRef(2, "Analys – årlig uppföljning av SAM 2026"),
            BilagaRef(3, "Handlingsplan – åtgärder från checklistorna 2026"),
            BilagaRef(4, "Resultat av checklistan för aktiva åtgärder 2026"),
            BilagaRef(5, "Frågor från DIK om sociala medier och avvecklingen av IG-konton"),
            BilagaRef(6, "Arbetsgivarens svar på frågor från DIK och Vision"),
        ],
        secretary_name="Annasara Yderstedt Karlsson",
        justerare_names=["Maria Jansén", "Patrick Linderoth"],
    )


def apt_no_subitems() -> Protocol:
    """A workplace meeting (APT): no sub-items, dates written 10/6."""
    return Protocol(
        group_name="Arbetsplatsträff Kungsholmen och Norrmalm",
        meeting_date=date(2026, 6, 8),
        start_time=time(13, 0),
        end_time=time(14, 30),
        place="Kungsholmens bibliotek, konferensrummet",
        present=[
            person("Mikael Andersson", "Enhetschef", "arbetsgivaren"),
            person("Nina Persson", "Vision, skyddsombud", "vision"),
            person("Oskar Lind", "DIK", "dik"),
            person("Sara Ekholm", "Biträdande enhetschef", "arbetsgivaren"),
            person("Ahmed Yusuf", "Kommunal", "kommunal", "från punkt 3"),
            person("Lisa Bergström", "Saco", "saco"),
        ],
        absent=[person("Jonas Wikström", "Vision", "vision")],
        sent_out=date(2026, 6, 10),
        comment_deadline=datetime(2026, 6, 12, 12, 0, tzinfo=TIMEZONE),
        signing_date=date(2026, 6, 15),
        next_meeting_date=date(2026, 8, 24),
        next_meeting_time=time(13, 0),
        punkter=[
            Punkt(1, "", None, "Mötets öppnande", None, p("Enhetschefen öppnade mötet.")),
            Punkt(
                2,
                "",
                None,
                "Föregående protokoll",
                None,
                p("Protokollet från 11 maj gicks igenom och lades till handlingarna."),
            ),
            Punkt(
                3,
                "",
                None,
                "Justering",
                None,
                p(
                    "Protokollet skickas ut 10/6. Synpunkter ska lämnas senast 12/6 kl. "
                    "12.00. Protokollet signeras 15/6."
                ),
            ),
            Punkt(
                4,
                "",
                "information",
                "Sommarens öppettider",
                None,
                "<p>Biblioteket har sommaröppet från 22/6.</p><ul><li>Måndag–torsdag "
                "10–19</li><li>Fredag 10–16</li><li>Lördag stängt</li></ul>",
            ),
            Punkt(
                5,
                "",
                "samverkan",
                "Riskbedömning inför ombyggnaden av entrén",
                None,
                p(
                    "Skyddsombudet och enhetschefen har gjort en riskbedömning. Risken för "
                    "buller under ombyggnaden bedöms som hög.",
                    "Åtgärder: arbetet med bullriga moment läggs före öppning. Uppföljning "
                    "sker på nästa APT.",
                ),
            ),
            Punkt(
                6,
                "",
                None,
                "Arbetsmiljö",
                None,
                p("Inga tillbud har rapporterats sedan förra mötet."),
            ),
            Punkt(7, "", None, "Övriga frågor", None, NOTHING),
            Punkt(8, "", None, "Nästa möte", None, p("24/8 kl. 13.00.")),
        ],
        bilagor=[],
        secretary_name="Sara Ekholm",
        justerare_names=["Nina Persson"],
    )


def svg_beslut() -> Protocol:
    """A department's samverkansgrupp with decisions ("Beslut: ...") and MBL."""
    return Protocol(
        group_name="Samverkansgrupp Museer och konst",
        meeting_date=date(2025, 10, 21),
        start_time=time(10, 0),
        end_time=time(12, 0),
        place="Liljevalchs konsthall, mötesrummet",
        present=[
            person("Helena Sjöberg", "Avdelningschef", "arbetsgivaren"),
            person("Tomas Hedlund", "HR-partner", "arbetsgivaren"),
            person("Elin Ström", "Enhetschef samlingar", "arbetsgivaren", "punkt 1–4"),
            person("Karin Holm", "DIK", "dik"),
            person("Peter Nyberg", "Vision", "vision"),
            person("Anna Lund", "Saco", "saco", "punkt 3–6"),
        ],
        absent=[person("Erik Dahl", "Kommunal", "kommunal")],
        sent_out=date(2025, 10, 23),
        comment_deadline=datetime(2025, 10, 24, 15, 0, tzinfo=TIMEZONE),
        signing_date=date(2025, 10, 28),
        next_meeting_date=date(2025, 11, 18),
        next_meeting_time=time(10, 0),
        punkter=[
            Punkt(
                1,
                "",
                None,
                "Föregående protokoll",
                None,
                p("Föregående protokoll lades till handlingarna."),
            ),
            Punkt(
                2,
                "",
                None,
                "Fastställande av datum för justering",
                None,
                p(
                    "Protokollet skickas ut torsdag 23 oktober. Synpunkter senast fredag 24 "
                    "oktober kl. 15.00. Protokollet signeras tisdag 28 oktober."
                ),
            ),
            Punkt(3, "", None, "Organisationsfrågor", None, ""),
            Punkt(
                3,
                "a",
                "forhandling",
                "Ny organisation för Enheten för samlingar",
                None,
                p(
                    "Arbetsgivaren redogjorde för förslaget till ny organisation. DIK och "
                    "Vision ställde frågor om bemanningen under övergången.",
                    "Beslut: Parterna är överens om den nya organisationen. Förhandlingen "
                    "avslutas i enighet.",
                ),
                [1],
            ),
            Punkt(
                3,
                "b",
                "beslut",
                "Tidplan för flytten av magasinet",
                None,
                p(
                    "Beslut: Flytten genomförs under januari 2026 enligt tidplanen.",
                    "Saco noterade att tidplanen är snäv.",
                ),
                [2],
            ),
            Punkt(
                3,
                "c",
                None,
                "Rekrytering av konservator",
                None,
                p("Arbetsgivaren informerade om att tjänsten annonseras i november."),
            ),
            Punkt(
                4,
                "",
                "information",
                "Budgetläget efter tertial 2",
                None,
                p("Avdelningen prognostiserar ett underskott på 1,2 miljoner kronor."),
            ),
            Punkt(5, "", None, "Arbetsmiljö", None, ""),
            Punkt(
                5,
                "a",
                "samverkan",
                "Riskbedömning av nya öppettider",
                None,
                p(
                    "Vision lyfte att kvällsöppet ökar ensamarbetet.",
                    "Beslut: Riskbedömningen kompletteras med åtgärder mot ensamarbete och "
                    "återrapporteras på nästa möte.",
                ),
            ),
            Punkt(6, "", None, "Nästa möte", None, p("Tisdag 18 november kl. 10.00.")),
        ],
        bilagor=[
            BilagaRef(1, "Förslag till ny organisation för Enheten för samlingar"),
            BilagaRef(2, "Tidplan för flytten av magasinet"),
        ],
        secretary_name="Tomas Hedlund",
        justerare_names=["Helena Sjöberg", "Karin Holm"],
    )
