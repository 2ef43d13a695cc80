"""The handbook: publishing, visibility, versions, review list, bad input."""

from datetime import date
from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
import pytest
import re
from tests.helpers import rest_url
import transaction


def routine_data(**overrides):
    data = {
        "@type": "Rutin",
        "title": "Rutin för hot och våld",
        "area": "kris",
        "purpose": {"data": "<p>Förebygga hot och våld.</p>", "content-type": "text/html"},
        "owner": "HR-enheten",
        "adopted": "2025-03-01",
        "next_review": "2027-03-01",
        "legal_basis": [{"reference": "AFS 2023:2", "link": None}],
    }
    data.update(overrides)
    return data


@pytest.fixture
def handbook(demo_portal):
    return demo_portal["arbetsmiljohandbok"]


def test_hr_writes_a_draft_employees_do_not_see_it(handbook, http):
    created = http("hr").post(rest_url(handbook), json=routine_data())
    assert created.status_code == 201, created.text
    url = created.json()["@id"]
    api_url = url.replace(
        api.portal.get().absolute_url(), api.portal.get().absolute_url() + "/++api++"
    )
    assert created.json()["review_state"] == "private"
    employee = http("medarbetare")
    assert employee.get(api_url).status_code == 401
    found = employee.get(rest_url(api.portal.get(), "/@search"), params={"SearchableText": "hot"})
    assert found.json()["items"] == []
    assert http("hr").post(api_url + "/@workflow/publish").status_code == 200
    assert employee.get(api_url).status_code == 200
    found = employee.get(rest_url(api.portal.get(), "/@search"), params={"portal_type": "Rutin"})
    assert url in [item["@id"] for item in found.json()["items"]]


@pytest.mark.parametrize("user", ["medarbetare", "saco", "sekreterare", "chef"])
def test_only_hr_writes_routines(handbook, http, user):
    response = http(user).post(rest_url(handbook), json=routine_data())
    assert response.status_code in (401, 403)
    transaction.begin()
    assert [o for o in handbook.objectValues() if o.Title() == "Rutin för hot och våld"] == []


def test_hr_cannot_write_routines_in_samverkan(demo_portal, http):
    response = http("hr").post(rest_url(demo_portal["samverkan"]), json=routine_data())
    assert response.status_code in (401, 403)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"adopted": "2025-03-01", "next_review": "2025-02-01"},
            "Nästa revidering måste ligga efter datumet då rutinen fastställdes.",
        ),
        (
            {"legal_basis": [{"reference": " ", "link": "https://www.av.se"}]},
            "Varje lagrum behöver sin text, till exempel AFS 2023:1.",
        ),
    ],
    ids=["review-before-adopted", "reference-without-text"],
)
def test_bad_routine_input(handbook, http, overrides, message):
    count = len(handbook.objectIds())
    response = http("hr").post(rest_url(handbook), json=routine_data(**overrides))
    assert response.status_code == 400
    assert message in response.json()["message"]
    transaction.begin()
    assert len(handbook.objectIds()) == count


def test_material_needs_text_or_file(demo_portal, http):
    material = demo_portal["stodmaterial"]
    response = http("hr").post(
        rest_url(material),
        json={"@type": "Stodmaterial", "title": "Tom", "audience": ["chefer"], "topic": "X"},
    )
    assert response.status_code == 400
    assert "Ge materialet en text eller en fil." in response.json()["message"]


def test_every_save_keeps_the_earlier_version(handbook, http):
    routine = handbook["arlig-uppfoljning-sam-och-aktiva-atgarder"]
    repository = api.portal.get_tool("portal_repository")
    before = len(repository.getHistoryMetadata(routine) or [])
    response = http("hr").patch(
        rest_url(routine),
        json={"owner": "HR-enheten, arbetsmiljöstrateg", "changeNote": "Ny ägare."},
    )
    assert response.status_code == 204
    transaction.begin()
    history = repository.getHistoryMetadata(routine)
    assert history.getLength(countPurged=False) == before + 1
    assert routine.owner == "HR-enheten, arbetsmiljöstrateg"
    first = repository.retrieve(routine, 0).object
    assert first.owner == "HR-enheten"


def test_review_list_for_hr(handbook, http):
    with api.env.adopt_roles(["Manager"]):
        for index, days in enumerate((-5, 10, 200)):
            api.content.create(
                container=handbook,
                type="Rutin",
                id=f"r{index}",
                title=f"Rutin {days}",
                area="sam",
                purpose=RichTextValue("<p>Syfte</p>", "text/html", "text/x-html-safe"),
                adopted=date.today() - timedelta(days=400),
                next_review=date.today() + timedelta(days=days),
            )
    transaction.commit()
    page = http("hr").get(
        handbook.absolute_url() + "/@@revidering", headers={"Accept": "text/html"}
    )
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", page.text)
    assert "Rutin -5" in text
    assert "Revidering försenad" in text
    assert "Rutin 10" in text
    assert "Revideras snart" in text
    assert "Rutin 200" not in text
    assert text.find("Rutin -5") < text.find("Rutin 10")
    refused = http("medarbetare").get(
        handbook.absolute_url() + "/@@revidering",
        headers={"Accept": "text/html"},
        allow_redirects=False,
    )
    assert refused.status_code in (302, 401, 403)


def test_routine_reads_as_a_document(handbook, http):
    routine = handbook["arlig-uppfoljning-sam-och-aktiva-atgarder"]
    html = http("medarbetare").get(routine.absolute_url(), headers={"Accept": "text/html"}).text
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[html.find("kuf-rutin") :]))
    order = [
        "Syfte",
        "Bakgrund",
        "Vem ansvarar för vad",
        "Steg och tidplan",
        "Lagstöd",
        "Februari–mars",
        "AFS 2023:1",
    ]
    positions = [text.find(part) for part in order[:5]]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert "Februari–mars" in text
    assert "Diskrimineringslag (2008:567) 3 kap. 2, 3, 5 och 16 §§" in text


def test_the_routine_page_shows_what_changed(handbook, http):
    routine = handbook["arlig-uppfoljning-sam-och-aktiva-atgarder"]
    # Seen once before the change: the versions table is kept until a new version.
    before = http("medarbetare").get(routine.absolute_url(), headers={"Accept": "text/html"})
    assert "Syftet förtydligat efter FVG." not in before.text
    response = http("hr").patch(
        rest_url(routine),
        json={
            "purpose": {"data": "<p>Nytt syfte.</p>", "content-type": "text/html"},
            "changeNote": "Syftet förtydligat efter FVG.",
        },
    )
    assert response.status_code == 204
    html = http("medarbetare").get(routine.absolute_url(), headers={"Accept": "text/html"}).text
    section = html[html.find("kuf-versions") :]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", section))
    assert "Versioner" in text
    assert "Syftet förtydligat efter FVG." in text
    newest_row = text[text.find("Kommentar") :]
    assert "Syfte" in newest_row.split("Syftet förtydligat")[0]
