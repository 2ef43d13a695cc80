"""Who sees and does what with the supplier agreements, over HTTP:
user × object (agreement, its form, deviations, statistics) × action."""

from plone import api
import pytest
from tests.helpers import rest_url
import transaction


ANONYMOUS = "anonymous"
USERS = (ANONYMOUS, "medarbetare", "sekreterare", "chef", "saco", "hr")
EMPLOYEES = set(USERS) - {ANONYMOUS}
STATISTICS = {"hr", "saco", "chef"}  # HR, the parties of samverkan and the chefs

VIEW = {
    "landing": EMPLOYEES,
    "agreement": EMPLOYEES,
    "form": EMPLOYEES,
    "deviation_by_medarbetare (registrerad)": {"medarbetare", "hr"},
    "deviation_by_chef (besvarad)": {"chef", "hr"},
}
EDIT = {
    "landing": set(),  # the section itself is not edited here
    "agreement": {"hr"},
    "form": {"hr"},
    "deviation_by_medarbetare (registrerad)": {"hr"},
    "deviation_by_chef (besvarad)": {"hr"},
}


@pytest.fixture
def objects(demo_portal):
    section = demo_portal["avtal"]
    feelgood, avonova = section["feelgood"], section["avonova-krisstod"]

    def deviation(agreement):
        return next(o for o in agreement.objectValues() if o.portal_type == "Avvikelse")

    return {
        "landing": section,
        "agreement": feelgood,
        "form": feelgood["rapportera-avvikelse"],
        "deviation_by_medarbetare (registrerad)": deviation(feelgood),
        "deviation_by_chef (besvarad)": deviation(avonova),
    }


def found(session, obj):
    response = session.get(
        rest_url(api.portal.get(), "/@search"),
        params={"UID": obj.UID(), "portal_type": obj.portal_type},
    )
    return response.ok and [i["@id"] for i in response.json()["items"]] == [obj.absolute_url()]


def test_agreements_and_deviations_matrix(objects, http):
    wrong = {}
    for user in USERS:
        session = http(None if user == ANONYMOUS else user)
        for key, obj in objects.items():
            html = session.get(
                obj.absolute_url(), headers={"Accept": "text/html"}, allow_redirects=False
            )
            edited = (
                session.patch(rest_url(obj), json={"title": obj.Title()}).status_code == 204
                if key != "landing"
                else False
            )
            cells = {
                "view": (session.get(rest_url(obj)).ok, user in VIEW[key]),
                "html": (html.status_code == 200, user in VIEW[key]),
                "search": (found(session, obj), user in VIEW[key]),
                "edit": (edited, user in EDIT[key]),
            }
            for action, (actual, expected) in cells.items():
                if actual != expected:
                    wrong[(user, key, action)] = actual
    assert wrong == {}


def test_deviation_listings_show_only_readable_deviations(objects, http):
    agreement = objects["agreement"]
    for user, expected in (("medarbetare", 1), ("sekreterare", 0), ("hr", 1), ("chef", 0)):
        items = http(user).get(rest_url(agreement, "/@avvikelser")).json()["items"]
        assert len(items) == expected, user
    landing = http("hr").get(objects["landing"].absolute_url(), headers={"Accept": "text/html"})
    assert "Svaret är försenat" in landing.text  # the overdue deviation is flagged for HR
    employee = http("sekreterare").get(
        objects["landing"].absolute_url(), headers={"Accept": "text/html"}
    )
    assert "Avvikelse 20" not in employee.text


SMALL_CSV = (
    "manad;avdelning;typ;niva;tjanst;belopp;besok\n"
    "2023-05;Bibliotek;främjande;grupp;Föreläsning;1000;1\n"
)


def test_statistics_matrix(objects, http):
    agreement = objects["agreement"]
    wrong = {}
    for user in USERS:
        session = http(None if user == ANONYMOUS else user)
        expected = user in STATISTICS
        page = session.get(
            agreement.absolute_url() + "/@@statistik",
            headers={"Accept": "text/html"},
            allow_redirects=False,
        )
        cells = {
            "page": (page.status_code == 200, expected),
            "rest": (session.get(rest_url(agreement, "/@statistik")).ok, expected),
            "xlsx": (
                session.get(
                    agreement.absolute_url() + "/@@statistik.xlsx", allow_redirects=False
                ).status_code
                == 200,
                expected,
            ),
            "import page": (
                session.get(
                    agreement.absolute_url() + "/@@importera-anvandning",
                    headers={"Accept": "text/html"},
                    allow_redirects=False,
                ).status_code
                == 200,
                user == "hr",
            ),
            "import": (
                session.post(
                    rest_url(agreement, "/@anvandning"), json={"ar": 2023, "csv": SMALL_CSV}
                ).ok,
                user == "hr",
            ),
        }
        for action, (actual, want) in cells.items():
            if actual != want:
                wrong[(user, action)] = actual
    assert wrong == {}
    transaction.begin()
    assert 2023 in agreement.usage  # HR's import went through


@pytest.mark.parametrize("user", ["medarbetare", "chef", "hr"])
def test_two_clicks_from_the_start_page_to_how_to_order_crisis_support(demo_portal, http, user):
    session = http(user)
    start = session.get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
    section_url = demo_portal["avtal"].absolute_url()
    assert f'href="{section_url}"' in start  # click 1: the section card
    landing = session.get(section_url, headers={"Accept": "text/html"}).text
    crisis = demo_portal["avtal"]["avonova-krisstod"].absolute_url() + "#bestall"
    assert f'href="{crisis}"' in landing  # click 2: "Krisstöd: så beställer du"
    page = session.get(crisis.split("#")[0], headers={"Accept": "text/html"}).text
    assert 'id="bestall"' in page
    assert "Lägg beställningen i Agresso" in page


def test_every_employee_reports_a_deviation_over_rest_and_anonymous_cannot(objects, http):
    agreement = objects["agreement"]
    reported = set()
    for user in USERS:
        response = http(None if user == ANONYMOUS else user).post(
            rest_url(agreement, "/@avvikelser"),
            json={"kategori": "ovrigt", "beskrivning": f"Matris {user}"},
        )
        if response.status_code == 201:
            reported.add(user)
    assert reported == EMPLOYEES
