"""Who sees and does what in the yearly follow-up, over HTTP:
user × type × state × action (REST view, HTML view, search, edit, roll-up,
action plan file). Every cell is asserted; the expectations are written as
tables so that a wrong cell is easy to see."""

from io import BytesIO
import json
from kuf.samportal import followup as logic
from openpyxl import load_workbook
from plone import api
import pytest
from tests.followup.conftest import answer_everything
from tests.helpers import rest_url
import transaction


ANONYMOUS = "anonymous"
USERS = (
    ANONYMOUS,
    "medarbetare",  # employee of Kungsholmen och Norrmalm (KuN)
    "sekreterare",  # employee without a part in the follow-up
    "chef",  # chef of KuN
    "skyddsombud",  # skyddsombud of KuN
    "bibliotekschef",  # chef of the library department
    "huvudskyddsombud",  # skyddsombud of the administration and the library
    "forvaltningschef",  # chef of the administration
    "arbetsgivare",  # ledning of the administration, employer side in the FVG
    "saco",  # union representative in the FVG
    "hr",
)
ALL = set(USERS) - {ANONYMOUS}
ABOVE_KUN = {"bibliotekschef", "huvudskyddsombud", "forvaltningschef", "arbetsgivare", "hr"}
ADMIN_LEVEL = {"huvudskyddsombud", "forvaltningschef", "arbetsgivare", "hr"}

# Who may view each object (key: object, value: users).
VIEW = {
    "node": ALL,
    "checklist_open": ALL,
    "checklist_draft": {"hr"},
    "kun_sam (pågående)": {"chef", "skyddsombud", *ABOVE_KUN},
    "jarva_sam (inlämnad)": {*ABOVE_KUN, "saco"},
    "root_sam (inlämnad)": {*ADMIN_LEVEL, "saco"},
    "kun_action": {"chef", "skyddsombud", "medarbetare", "saco", *ABOVE_KUN},
    "root_action": {*ADMIN_LEVEL, "saco"},
}
# Who may change each object.
EDIT = {
    "node": {"hr"},
    "checklist_open": set(),
    "checklist_draft": {"hr"},
    "kun_sam (pågående)": {"chef", "skyddsombud"},
    "jarva_sam (inlämnad)": set(),
    "root_sam (inlämnad)": set(),
    "kun_action": {"chef", "skyddsombud"},
    "root_action": {"forvaltningschef", "huvudskyddsombud"},
}


@pytest.fixture
def matrix_objects(demo_portal, tree):
    objects = tree(demo_portal)
    with api.env.adopt_roles(["Manager"]):
        draft = logic.copy_to_next_year(objects["sam"])
    kun_action = next(iter(objects["kun_sam"].objectValues()))
    root_action = next(iter(objects["root_sam"].objectValues()))
    transaction.commit()
    return {
        "node": objects["library"],
        "checklist_open": objects["sam"],
        "checklist_draft": draft,
        "kun_sam (pågående)": objects["kun_sam"],
        "jarva_sam (inlämnad)": objects["jarva_sam"],
        "root_sam (inlämnad)": objects["root_sam"],
        "kun_action": kun_action,
        "root_action": root_action,
    }


def edit_request(session, key, obj):
    if key.endswith("_sam (pågående)") or key.endswith("(inlämnad)"):
        return session.patch(rest_url(obj, "/@svar"), json={"overall_analysis": "x"})
    field = "responsible" if "action" in key else "description"
    return session.patch(rest_url(obj), json={field: "Matrisändring"})


def found_by_search(session, obj):
    response = session.get(
        rest_url(api.portal.get(), "/@search"),
        params={"UID": obj.UID(), "portal_type": obj.portal_type},
    )
    if response.status_code != 200:
        return False
    return [item["@id"] for item in response.json()["items"]] == [obj.absolute_url()]


def test_followup_access_matrix(matrix_objects, http):
    wrong = {}
    for user in USERS:
        session = http(None if user == ANONYMOUS else user)
        for key, obj in matrix_objects.items():
            html = session.get(
                obj.absolute_url(), headers={"Accept": "text/html"}, allow_redirects=False
            )
            cells = {
                "view": (session.get(rest_url(obj)).status_code == 200, user in VIEW[key]),
                "html": (html.status_code == 200, user in VIEW[key]),
                "search": (found_by_search(session, obj), user in VIEW[key]),
                "edit": (
                    edit_request(session, key, obj).status_code in (200, 204),
                    user in EDIT[key],
                ),
            }
            for action, (actual, expected) in cells.items():
                if actual != expected:
                    wrong[(user, key, action)] = actual
    assert wrong == {}


def submitted_in_rollup(session, root, checklist):
    response = session.get(
        rest_url(root, "/@sammanstallning"), params={"checklista": checklist.UID()}
    )
    if response.status_code != 200:
        return None
    report = response.json()["report"]
    names = {
        a["node"] for area in report["areas"] for q in area["questions"] for a in q["analyses"]
    }
    return report["submitted"], names


def test_the_roll_up_shows_each_user_only_what_they_may_read(demo_portal, tree, http):
    objects = tree(demo_portal)
    root, sam = objects["root"], objects["sam"]
    catalog = api.portal.get_tool("portal_catalog")
    submitted = catalog.unrestrictedSearchResults(
        portal_type="Uppfoljning", kuf_checklista=sam.UID(), review_state="inlamnad"
    )
    library_path = "/".join(objects["library"].getPhysicalPath())
    in_library = [b for b in submitted if b.getPath().startswith(library_path)]
    expected = {
        "hr": len(submitted),
        "saco": len(submitted),
        "forvaltningschef": len(submitted),
        "bibliotekschef": len(in_library),
        "chef": 0,  # his own unit is not submitted yet
        "medarbetare": 0,
        "sekreterare": 0,
    }
    actual = {user: submitted_in_rollup(http(user), root, sam)[0] for user in expected}
    assert actual == expected
    assert submitted_in_rollup(http(None), root, sam) is None
    _count, names = submitted_in_rollup(http("bibliotekschef"), root, sam)
    assert "Järva" in names
    assert "Kulturförvaltningen" not in names  # the administration's own answers


def action_titles_in_xlsx(session, root):
    response = session.get(
        root.absolute_url() + "/@@handlingsplan.xlsx",
        params={"ar": "2026", "underliggande": "1"},
        allow_redirects=False,
    )
    if response.status_code != 200:
        return None
    sheet = load_workbook(BytesIO(response.content)).active
    return {row[4] for row in sheet.iter_rows(min_row=4, values_only=True)}


def test_the_action_plan_file_lists_only_readable_actions(demo_portal, tree, http):
    root = tree(demo_portal)["root"]
    employee = action_titles_in_xlsx(http("medarbetare"), root)
    assert employee == {"Gå igenom personalpolicyn på APT"}
    everything = action_titles_in_xlsx(http("hr"), root)
    assert "Gå igenom personalpolicyn på APT" in everything
    assert "Utbildning i Sunt arbetslivs verktyg för friskfaktorer" in everything
    assert action_titles_in_xlsx(http("sekreterare"), root) == set()
    assert action_titles_in_xlsx(http(None), root) is None


@pytest.mark.parametrize(
    ("user", "allowed"),
    [(None, False), ("medarbetare", False), ("chef", False), ("saco", False), ("hr", True)],
)
def test_only_hr_sees_the_progress_overview(demo_portal, tree, http, user, allowed):
    sam = tree(demo_portal)["sam"]
    session = http(user)
    rest = session.get(rest_url(sam, "/@uppfoljningsstatus"))
    html = session.get(
        sam.absolute_url() + "/@@oversikt", headers={"Accept": "text/html"}, allow_redirects=False
    )
    assert (rest.status_code == 200, html.status_code == 200) == (allowed, allowed)
    if allowed:
        report = rest.json()
        kun = next(row for row in report["rows"] if row["node"] == "Kungsholmen och Norrmalm")
        assert kun["late"] is True
        assert kun["timeliness"] == "forsenad"
        assert report["late"] >= 1


JARVA_ANALYSIS = "Personalpolicyn har gåtts igenom på APT i uppstart av läsåret."
KUN_ACTION = "Gå igenom personalpolicyn på APT"
# Who reads Järva's submitted answers, and the actions of Kungsholmen och Norrmalm.
READS_JARVA = {*ABOVE_KUN, "saco"}
READS_KUN_ACTION = VIEW["kun_action"]


def pdf_text(content):
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(content)).pages)
    return " ".join(text.split())


def xlsx_text(content):
    book = load_workbook(BytesIO(content))
    return " ".join(
        str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
    )


def download_text(session, url, params=None, kind="html"):
    """What a user gets at ``url`` as plain text ("" when refused)."""
    response = session.get(
        url, params=params, headers={"Accept": "text/html"}, allow_redirects=False
    )
    if response.status_code != 200:
        return ""
    if kind == "pdf":
        return pdf_text(response.content)
    if kind == "xlsx":
        return xlsx_text(response.content)
    if kind == "json":
        return json.dumps(response.json(), ensure_ascii=False)
    return " ".join(response.text.split())


def test_rollup_and_action_plan_in_every_format_show_only_what_the_user_reads(
    demo_portal, tree, http
):
    """Pages, REST, XLSX and PDF of the roll-up and the action plan × users."""
    objects = tree(demo_portal)
    library_url = objects["library"].absolute_url()
    library_rest = rest_url(objects["library"])
    below = {"ar": "2026", "underliggande": "1"}
    wrong = {}
    for user in USERS:
        session = http(None if user == ANONYMOUS else user)

        def text(url, params=None, kind="html", session=session):
            return download_text(session, url, params, kind)

        cells = {
            "rollup html": (text(f"{library_url}/@@sammanstallning"), JARVA_ANALYSIS, READS_JARVA),
            "rollup rest": (
                text(f"{library_rest}/@sammanstallning", kind="json"),
                JARVA_ANALYSIS,
                READS_JARVA,
            ),
            "rollup xlsx": (
                text(f"{library_url}/@@sammanstallning.xlsx", kind="xlsx"),
                JARVA_ANALYSIS,
                READS_JARVA,
            ),
            "rollup pdf": (
                text(f"{library_url}/@@sammanstallning.pdf", kind="pdf"),
                "Järva",
                READS_JARVA,
            ),
            "plan html": (
                text(f"{library_url}/@@handlingsplan", below),
                KUN_ACTION,
                READS_KUN_ACTION,
            ),
            "plan rest": (
                text(f"{library_rest}/@handlingsplan", below, kind="json"),
                KUN_ACTION,
                READS_KUN_ACTION,
            ),
            "plan pdf": (
                text(f"{library_url}/@@handlingsplan.pdf", below, kind="pdf"),
                KUN_ACTION,
                READS_KUN_ACTION,
            ),
        }
        for action, (found, needle, readers) in cells.items():
            if (needle in found) != (user in readers):
                wrong[(user, action)] = needle in found
    assert wrong == {}


def test_only_hr_copies_a_checklist_and_only_the_nodes_people_confirm(demo_portal, tree, http):
    objects = tree(demo_portal)
    sam, kun = objects["sam"], objects["kun_sam"]
    with api.env.adopt_user(username="chef"):  # confirming needs every answer
        logic.save_answers(kun, answer_everything(kun))
    transaction.commit()
    copied, confirmed = set(), set()
    for user in USERS:
        session = http(None if user == ANONYMOUS else user)
        session.headers["Accept"] = "text/html"
        page = session.get(sam.absolute_url(), allow_redirects=False)
        token = page.text.split('name="_authenticator" value="')[-1].split('"')[0]
        session.post(
            sam.absolute_url() + "/@@kopiera-till-nasta-ar",
            data={"_authenticator": token},
            allow_redirects=False,
        )
        transaction.begin()
        if "checklista-sam-2027" in sam.aq_parent.objectIds():
            copied.add(user)
            with api.env.adopt_roles(["Manager"]):
                api.content.delete(obj=sam.aq_parent["checklista-sam-2027"])
            transaction.commit()
        rest = http(None if user == ANONYMOUS else user)
        if rest.post(rest_url(kun, "/@bekrafta")).status_code == 200:
            confirmed.add(user)
    assert copied == {"hr"}
    assert confirmed == {"chef", "skyddsombud"}
