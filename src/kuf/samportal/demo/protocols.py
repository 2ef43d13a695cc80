"""Demo protocols in the FVG: the signed seed protocol of 2025-01-13 and a
protocol in justering whose deadline lies ahead of the day the step runs."""

from DateTime import DateTime
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from kuf.samportal.content.protokoll import TIMEZONE
from kuf.samportal.demo import seed_protocol as seed
from kuf.samportal.demo.pdf import tiny_pdf
from kuf.samportal.records.seal import seal
from kuf.samportal.signatures import writable_signatures
from kuf.samportal.signing import close_synpunkter
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
from zope.lifecycleevent import modified


SIGNED_ID = "protokoll-2025-01-13"
JUSTERING_ID = "protokoll-pagaende-justering"


def create_demo_protocols(portal):
    fvg = portal["samverkan"]["fvg"]
    if not fvg.secretary:
        fvg.secretary = "sekreterare"
        fvg.chair = "arbetsgivare"
        modified(fvg)
    if SIGNED_ID not in fvg.objectIds():
        create_signed_seed_protocol(fvg)
    if JUSTERING_ID not in fvg.objectIds():
        create_protocol_in_justering(fvg)


def rich(html):
    return RichTextValue(html, "text/html", "text/x-html-safe")


def replace_items(protocol, items, bilaga_uids):
    api.content.delete(objects=protocol.punkter())
    for number, letter, kind, heading, body, refs in items:
        api.content.create(
            container=protocol,
            type="Protokollspunkt",
            id=f"punkt-{number}{letter}",
            number=number,
            letter=letter,
            kind=kind,
            heading=heading,
            body=rich(body) if body else None,
            bilagor=[bilaga_uids[ref - 1] for ref in refs],
        )


def add_bilagor(protocol, titles):
    uids = []
    for index, title in enumerate(titles, start=1):
        bilaga = api.content.create(
            container=protocol,
            type="Bilaga",
            id=f"bilaga-{index}",
            title=title,
            file=NamedBlobFile(tiny_pdf(title), filename=f"bilaga-{index}.pdf"),
        )
        uids.append(bilaga.UID())
    return uids


def create_signed_seed_protocol(fvg):
    protocol = api.content.create(
        container=fvg,
        type="Protokoll",
        id=SIGNED_ID,
        present=seed.PRESENT,
        absent=seed.ABSENT,
        adjunct=[],
        secretary="sekreterare",
        justerare=seed.JUSTERARE,
        **seed.MEETING,
    )
    uids = add_bilagor(protocol, seed.BILAGOR)
    replace_items(protocol, seed.ITEMS, uids)
    import_as_signed(protocol, seed.MEETING["signing_date"])
    return protocol


def import_as_signed(protocol, signing_date):
    """Record an already signed paper protocol as signed (historic import).

    The guarded transitions are for protocols justerade in the portal; an
    imported record gets its state and signatures directly, and its history
    says so.
    """
    signed_at = datetime.combine(signing_date, time(10, 0), TIMEZONE).isoformat()
    store = writable_signatures(protocol)
    for user_id in protocol.justerare:
        store[user_id] = {"signed_at": signed_at, "method": "import"}
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow_tool.setStatusOf(
        "kuf_protokoll_workflow",
        protocol,
        {
            "review_state": "signed",
            "action": "finalize",
            "actor": "sekreterare",
            "time": DateTime(signed_at),
            "comments": "Importerat från det signerade originalet.",
        },
    )
    workflow_tool.getWorkflowById("kuf_protokoll_workflow").updateRoleMappingsFor(protocol)
    protocol.reindexObject()
    protocol.reindexObjectSecurity()
    close_synpunkter(protocol)
    seal(protocol)


def create_protocol_in_justering(fvg, today=None):
    today = today or date.today()
    protocol = api.content.create(
        container=fvg,
        type="Protokoll",
        id=JUSTERING_ID,
        meeting_date=today,
        start_time=time(9, 0),
        end_time=time(10, 30),
        place="Askebykroken",
        present=[
            {
                "name": "Anna Karlsson",
                "role": "Administrativ chef",
                "party": "arbetsgivaren",
                "user_id": "arbetsgivare",
                "note": None,
            },
            {
                "name": "Eva Lindqvist",
                "role": "Chefssekreterare",
                "party": "arbetsgivaren",
                "user_id": "sekreterare",
                "note": None,
            },
            {
                "name": "Karin Nyström",
                "role": "Saco",
                "party": "saco",
                "user_id": "saco",
                "note": None,
            },
            {
                "name": "Peter Ek",
                "role": "Vision",
                "party": "vision",
                "user_id": "vision",
                "note": "punkt 4–12",
            },
            {
                "name": "Lena Sjöberg",
                "role": "DIK och skyddsombud",
                "party": "dik",
                "user_id": "dik",
                "note": None,
            },
        ],
        absent=[
            {
                "name": "Helena Ström",
                "role": "Ledarna",
                "party": "ledarna",
                "user_id": "ledarna",
                "note": None,
            },
        ],
        sent_out=today,
        comment_deadline=datetime.combine(today + timedelta(days=7), time(12, 0)),
        signing_date=today + timedelta(days=10),
        next_meeting_date=today + timedelta(days=28),
        next_meeting_time=time(9, 0),
        next_meeting_place="Askebykroken",
        secretary="sekreterare",
        justerare=["arbetsgivare", "saco", "vision"],
    )
    bodies = {
        "Föregående protokoll": "<p>Föregående protokoll lades till handlingarna.</p>",
        "Godkännande av dagordning": "<p>Dagordningen godkändes.</p>",
        "Arbetsmiljö och hälsa": "<p>Arbetsgivaren informerade om resultatet av den "
        "årliga uppföljningen av det systematiska arbetsmiljöarbetet (bilaga 1).</p>",
    }
    uids = add_bilagor(protocol, ["Uppföljning SAM – sammanställning"])
    for item in protocol.punkter():
        if item.heading in bodies:
            item.body = rich(bodies[item.heading])
            if item.heading == "Arbetsmiljö och hälsa":
                item.bilagor = uids
                item.kind = "information"
            item.reindexObject()
    api.content.transition(obj=protocol, transition="send_to_justering")
    with api.env.adopt_user(username="saco"):
        api.content.create(
            container=protocol,
            type="Synpunkt",
            id="synpunkt-saco",
            punkt=protocol.punkter()[4].UID(),
            text="Saco vill att det framgår att resultatet ska presenteras på APT "
            "innan det tas upp i SVG.",
        )
    return protocol
