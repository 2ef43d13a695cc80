"""Who sees and does what in the meeting cycle, over real HTTP.

user × object (the årshjul, the question form, a meeting before the
kallelse, after it and after its protocol, a handling and a question in
each, and a bilaga of the signed protocol made from the agenda) × action
(HTML page, REST GET, @search, REST edit, download, sending a question).
A failure lists every cell that differs from the table of the issue.
"""

from concurrent.futures import ThreadPoolExecutor
from kuf.samportal.demo.protocols import import_as_signed
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings import questions
from kuf.samportal.meetings.protocol import create_protocol
from plone import api
import pytest
from tests.helpers import rest_url
from tests.meetings.conftest import add_handling
import transaction


ANONYMOUS = "anonymous"
USERS = (ANONYMOUS, "medarbetare", "saco", "hr", "dik", "arbetsgivare", "sekreterare")
EMPLOYEES = set(USERS) - {ANONYMOUS}
GROUP = {"dik", "arbetsgivare", "sekreterare"}  # saco does not take part
DRAFT_READERS = {"arbetsgivare", "sekreterare"}  # the employer side and the secretary

STATES = ("planerat", "kallat", "protokollfort")
VIEW = {
    "arshjul": EMPLOYEES,
    "form": GROUP | {"hr"},
    "bilaga (signed protocol)": EMPLOYEES,
    **{f"meeting {s}": DRAFT_READERS if s == "planerat" else GROUP for s in STATES},
    **{f"handling {s}": DRAFT_READERS if s == "planerat" else GROUP for s in STATES},
    "question": GROUP,  # in every state of its meeting (its own workflow)
}
EDIT = {
    "arshjul": {"sekreterare"},
    "form": {"sekreterare", "hr"},
    "bilaga (signed protocol)": set(),
    **{f"meeting {s}": {"sekreterare"} if s != "protokollfort" else set() for s in STATES},
    **{f"handling {s}": {"sekreterare"} if s != "protokollfort" else set() for s in STATES},
    "question": set(),
}
SUBMIT = {s: {"dik", "sekreterare"} if s != "protokollfort" else set() for s in STATES}
DOWNLOADS = ("handling", "question", "bilaga")
PATCHES = {
    "arshjul": {"description": "Ändrad"},
    "form": {"title": "Ändrad"},
    "meeting": {"place": "Ändrad"},
    "handling": {"title": "Ändrad"},
    "question": {"heading": "Ändrad"},
    "bilaga": {"title": "Ändrad"},
}


@pytest.fixture
def objects(svg):
    group, plan, planned = svg
    made = {"planerat": planned}
    with api.env.adopt_roles(["Manager"]):
        for offset, state in enumerate(("kallat", "protokollfort"), start=1):
            made[state] = api.content.create(
                container=group,
                type="Mote",
                id=f"mote-{state}",
                meeting_date=planned.meeting_date.replace(day=1) if offset else None,
            )
    found = {"arshjul": plan, "form": group["anmal-fraga"]}
    for state, meeting in made.items():
        handling = add_handling(meeting, f"Handling {state}")
        meeting.agenda = [{**meeting.agenda_rows()[0], "handlingar": "1"}]
        with api.env.adopt_user(username="dik"):
            question = questions.submit_question(
                meeting,
                api.user.get_current(),
                party="dik",
                heading=f"Fråga {state}",
                text="Text",
                wanted_kind="information",
                files=[("fil.txt", f"fil {state}".encode(), "text/plain")],
            )
        with api.env.adopt_user(username="sekreterare"):
            if state != "planerat":
                cycle.send_kallelse(meeting)
            if state == "protokollfort":
                meeting.meeting_date = meeting.meeting_date.replace(year=2025)
                protocol = create_protocol(meeting)
        found[f"meeting {state}"] = meeting
        found[f"handling {state}"] = handling
        if state == "planerat":
            found["question"] = question
    with api.env.adopt_roles(["Manager"]):
        protocol.justerare = ["arbetsgivare"]
        import_as_signed(protocol, protocol.signing_date)
    found["bilaga (signed protocol)"] = protocol.bilagor()[0]
    transaction.commit()
    return found


def kind(key):
    return key.split()[0]


PAGES = ("arshjul", "form", "meeting", "question")  # handlingar and bilagor: downloads


def urls(objects):
    """Every URL the matrix asks, computed once in the test's thread."""
    found = {}
    for key, obj in objects.items():
        found[key] = {
            "page": obj.absolute_url(),
            "rest": rest_url(obj),
            "uid": obj.UID(),
            "download": (obj.attachments()[0] if kind(key) == "question" else obj).absolute_url()
            + "/@@download/file",
        }
    found["@search"] = rest_url(api.portal.get(), "/@search")
    return found


def observe(session, objects, addresses):
    """One user's row of the matrix (run in a thread per user: HTTP only)."""
    cells = {}
    response = session.get(
        addresses["@search"],
        params={"UID": [addresses[key]["uid"] for key in objects], "b_size": 100},
    )
    listed = {item["@id"] for item in response.json()["items"]} if response.ok else set()
    for key in objects:
        at = addresses[key]
        if kind(key) in PAGES:
            html = session.get(at["page"], headers={"Accept": "text/html"}, allow_redirects=False)
            cells[key, "html"] = html.status_code == 200 and "Logga in" not in html.text
        cells[key, "rest"] = session.get(at["rest"]).status_code == 200
        cells[key, "search"] = at["page"] in listed
        patched = session.patch(at["rest"], json=PATCHES[kind(key)])
        cells[key, "edit"] = patched.status_code == 204
        if kind(key) in DOWNLOADS:
            download = session.get(at["download"], allow_redirects=False)
            cells[key, "download"] = download.status_code == 200 and len(download.content) > 0
    for state in STATES:
        response = session.post(
            addresses[f"meeting {state}"]["rest"] + "/@fragor",
            json={"part": "dik", "rubrik": "Ny", "fraga": "?", "onskas_som": "information"},
        )
        cells[f"meeting {state}", "submit"] = response.status_code == 201
    return cells


def expected_row(user):
    row = {}
    for key in VIEW:
        for action in ("html", "rest", "search") if kind(key) in PAGES else ("rest", "search"):
            row[key, action] = user in VIEW[key]
        row[key, "edit"] = user in EDIT[key]
        if kind(key) in DOWNLOADS:
            row[key, "download"] = user in VIEW[key]
    for state in STATES:
        row[f"meeting {state}", "submit"] = user in SUBMIT[state]
    return row


def test_meeting_cycle_access_matrix(objects, http):
    addresses = urls(objects)
    sessions = {user: http(None if user == ANONYMOUS else user) for user in USERS}

    def row(user):
        return observe(sessions[user], objects, addresses)

    # The secretary sees every page and an employee every refusal: their rows
    # run first, alone, so that Zope compiles each template once (compiling
    # one template in two threads at once fails); the others run side by side.
    first = ("sekreterare", "medarbetare")
    rows = {user: row(user) for user in first}
    others = [user for user in USERS if user not in first]
    with ThreadPoolExecutor(max_workers=3) as pool:
        rows.update(zip(others, pool.map(row, others), strict=True))
    wrong = {}
    for user, actual in rows.items():
        expected = expected_row(user)
        wrong.update(
            {(user, *cell): actual[cell] for cell in expected if actual[cell] != expected[cell]}
        )
    assert wrong == {}, f"cells that differ (actual value shown): {wrong}"
