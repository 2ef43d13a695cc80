"""The FVG's meeting cycle in the demo: the årshjul 2025 from the seed
(bilaga 2 of the protocol of 2025-01-13), its meetings, the meeting of
2025-01-13 with the agenda the seed protocol followed and linked to that
protocol, this year's årshjul copied from it, and the next meeting with its
agenda, a question from DIK (taken in) and written positions from
Akademikerförbundet SSR (not handled yet)."""

from datetime import date
from datetime import time
from kuf.samportal.demo import seed_protocol as seed
from kuf.samportal.demo.handbook import ROUTINE_ID
from kuf.samportal.demo.pdf import tiny_pdf
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings import protocol as protocol_logic
from kuf.samportal.meetings import questions
from kuf.samportal.meetings.questions import next_handling_id
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.meetings.vocabularies import upcoming_meetings
from plone import api
from plone.namedfile.file import NamedBlobFile


PLAN_ID = "arshjul-2025"
SEED_PROTOCOL_ID = "protokoll-2025-01-13"

# The seed's columns: "1 (13/1) 2 (18/2) ... 10 (9/12)", 09:00-10:30 at Askebykroken.
MEETING_DAYS_2025 = (
    (1, 13),
    (2, 18),
    (3, 25),
    (4, 22),
    (5, 20),
    (6, 10),
    (9, 30),
    (10, 21),
    (11, 11),
    (12, 9),
)

# (title, responsible, standing item it is handled under, linked content,
#  {meeting number: (kind, note)}). The seed's text keeps each row's cells in
# order but loses their columns; where a column is not certain the cell sits
# where the city's year puts it (README, "Demo").
THEMES_2025 = (
    (
        "Budget, verksamhetsplan och kompetensförsörjningsplan",
        "Administrativ chef",
        "Verksamhetsfrågor",
        None,
        {
            1: ("samverkan", "2025"),
            6: ("information", "tidplan 2026"),
            8: ("information", "2026"),
            10: ("information", "extra tillfälle, dialog 2026"),
        },
    ),
    ("Sjukfrånvaro/IA-anmälningar", "HR-chef", "Arbetsmiljö och hälsa", None,
     {2: ("information", "")}),
    ("Uppföljning företagshälsovård", "HR-chef", "Arbetsmiljö och hälsa", "feelgood",
     {6: ("information", "")}),
    ("SAM – uppföljning", "HR-chef", "Arbetsmiljö och hälsa", "rutin",
     {5: ("information", "")}),
    ("Semesterplanering", "HR-chef", "Verksamhetsfrågor", None, {3: ("information", "")}),
    ("Lika rättigheter och möjligheter", "HR-chef", "Lika rättigheter och möjligheter", "rutin",
     {6: ("information", "")}),
    (
        "T1, T2 och verksamhetsberättelse (VB)",
        "Administrativ chef",
        "Ekonomifrågor",
        None,
        {2: ("information", "VB"), 5: ("information", "T1"), 7: ("information", "T2")},
    ),
    ("3-åringen", "Administrativ chef", "Ekonomifrågor", None, {4: ("information", "")}),
    ("Resultat medarbetarenkät", "HR-chef", "Arbetsmiljö och hälsa", None,
     {9: ("information", "")}),
    ("Schema för FVG-, SVG- och APT-tider för följande år", "Chefssekreterare",
     "Information till och från FG", None, {9: ("information", "")}),
    ("Årshjul FVG för kommande år", "Chefssekreterare", "Information till och från FG", None,
     {10: ("information", "")}),
)  # fmt: skip

NOTE_2025 = "Samverkan budget, VP och kompetensförsörjningsplan 2025 sker på FVG 13 januari 2025."

DIK_QUESTION = {
    "party": "dik",
    "heading": "Sociala medier",
    "text": "DIK vill veta vilka riktlinjer som gäller när medarbetare företräder "
    "förvaltningen i sociala medier, och vilket stöd arbetsgivaren ger den som utsätts "
    "för hot eller hat där.",
    "wanted_kind": "information",
}

SSR_POSITIONS = {
    "party": "ssr",
    "heading": "Yrkanden gällande verksamhetsplanen",
    "text": "1. Akademikerförbundet SSR yrkar att förvaltningen vid personaltoaletterna "
    "tillhandahåller mensskydd för sina anställda.\n"
    "2. Akademikerförbundet SSR yrkar att förvaltningen i samband med tertialrapporter och "
    "verksamhetsberättelse redovisar medarbetare per chef för respektive verksamhet.\n"
    "3. Akademikerförbundet SSR yrkar att förvaltningen undersöker vilket val majoriteten "
    "av medarbetarna föredrar, friskvårdstimme eller höjt friskvårdsbidrag, och beslutar "
    "utifrån det.\n"
    "4. Akademikerförbundet SSR yrkar att förvaltningen ändrar sin chefspolicy till att "
    "enbart anställa chefer med anställningsformen tillsvidare.",
    "wanted_kind": "samverkan",
    "submission_kind": "skriftliga_synpunkter",
}


def plan_rows(portal):
    related = {
        "rutin": portal["arbetsmiljohandbok"].get(ROUTINE_ID),
        "feelgood": portal["avtal"].get("feelgood"),
    }
    meetings = [
        {
            "id": f"m{number}",
            "date": date(2025, month, day),
            "start_time": time(9, 0),
            "end_time": time(10, 30),
            "place": "Askebykroken",
        }
        for number, (month, day) in enumerate(MEETING_DAYS_2025, start=1)
    ]
    themes, cells = [], []
    for index, (title, responsible, under, link, placed) in enumerate(THEMES_2025, start=1):
        target = related.get(link) if link else None
        themes.append(
            {
                "id": f"t{index}",
                "title": title,
                "responsible": responsible,
                "agenda_item": under,
                "related": target.UID() if target is not None else None,
            }
        )
        for number, (kind, note) in placed.items():
            cells.append(
                {"theme": f"t{index}", "meeting": f"m{number}", "kind": kind, "note": note}
            )
    return meetings, themes, cells


def create_demo_meetings(portal, today=None):
    today = today or date.today()
    fvg = portal["samverkan"]["fvg"]
    with api.env.adopt_roles(["Manager"]):
        plan = ensure_plan_2025(portal, fvg)
        link_seed_meeting(fvg, plan)
        while plan.year < today.year or not upcoming_meetings(fvg, today):
            plan = cycle.plan_of_year(fvg, plan.year + 1) or publish(cycle.copy_to_next_year(plan))
        next_meeting = upcoming_meetings(fvg, today)[0][0]
        prepare_next_meeting(next_meeting, today)


def publish(plan):
    api.content.transition(obj=plan, transition="publish")
    return plan


def ensure_plan_2025(portal, fvg):
    """The seed's årshjul; it replaces the page with a table earlier demos made."""
    existing = fvg.get(PLAN_ID)
    if existing is not None and existing.portal_type == "Arshjul":
        return existing
    if existing is not None:
        api.content.delete(obj=existing, check_linkintegrity=False)
    meetings, themes, cells = plan_rows(portal)
    plan = api.content.create(
        container=fvg,
        type="Arshjul",
        id=PLAN_ID,
        year=2025,
        description=NOTE_2025,
        meetings=meetings,
        themes=themes,
    )
    plan.cells = cells
    return publish(plan)


def link_seed_meeting(fvg, plan):
    """The meeting of 2025-01-13 had the agenda the seed protocol follows,
    with its three bilagor as handlingar; the protocol is linked to it."""
    protocol = fvg.get(SEED_PROTOCOL_ID)
    meeting = next(
        (m for m in cycle.meetings_of(fvg) if m.meeting_date == seed.MEETING["meeting_date"]),
        None,
    )
    if protocol is None or meeting is None or meeting.protocol_uid:
        return
    for index, title in enumerate(seed.BILAGOR, start=1):
        add_handling(meeting, title, party="ssr" if index == 1 else None)
    meeting.agenda = [
        agenda_rules.row(
            heading,
            sub=bool(letter),
            kind=kind,
            handlingar=agenda_rules.format_refs(refs),
        )
        for _number, letter, kind, heading, _body, refs in seed.ITEMS
    ]
    protocol_logic.link(meeting, protocol)


def add_handling(meeting, title, party=None):
    return api.content.create(
        container=meeting,
        type="Handling",
        id=next_handling_id(meeting),
        title=title,
        file=NamedBlobFile(tiny_pdf(title), filename=f"{title}.pdf", contentType="application/pdf"),
        party=party,
    )


def prepare_next_meeting(meeting, today):
    if meeting.fragor():
        return
    plan = meeting.arshjul()
    themes = plan.themes_at(meeting.arshjul_meeting_id) if plan is not None else []
    if themes:
        theme, cell = themes[0]
        handling = add_handling(meeting, f"Underlag: {theme['title']}")
        heading = cycle.theme_heading(theme, cell)
        meeting.agenda = [
            {**row, "handlingar": str(handling.number)} if row["heading"] == heading else row
            for row in meeting.agenda_rows()
        ]
    with api.env.adopt_user(username="dik"):
        question = questions.submit_question(meeting, api.user.get_current(), **DIK_QUESTION)
    with api.env.adopt_user(username="sekreterare"):
        questions.accept_question(question, "item")
    with api.env.adopt_user(username="ssr"):
        title = "Akademikerförbundet SSR yrkanden gällande verksamhetsplanen"
        questions.submit_question(
            meeting,
            api.user.get_current(),
            files=[(f"{title}.pdf", tiny_pdf(title), "application/pdf")],
            **SSR_POSITIONS,
        )
    with api.env.adopt_user(username="sekreterare"):
        cycle.send_kallelse(meeting)
    with api.env.adopt_user(username="ledarna"):
        cycle.set_forhinder(meeting, "ledarna", True)
