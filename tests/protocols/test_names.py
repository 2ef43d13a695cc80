"""Ids and titles of new protocols and items: ``protokoll-<meeting date>``
(``-2`` when taken), ``punkt-4a``, titles "Protokoll FVG 2026-06-01" unique in
the group ("... (2)"); over REST and in the Classic add forms. Existing
objects are never renamed."""

from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


def test_ids_and_titles_over_rest(demo_portal, http):
    group = demo_portal["samverkan"]["fvg"]
    existing = set(group.objectIds())
    session = http("sekreterare")
    made = []
    for _ in range(2):
        response = session.post(
            rest_url(group), json={"@type": "Protokoll", "meeting_date": "2026-06-01"}
        )
        assert response.status_code == 201, response.text
        made.append(response.json())
    assert [data["id"] for data in made] == ["protokoll-2026-06-01", "protokoll-2026-06-01-2"]
    assert [data["title"] for data in made] == [
        "Protokoll FVG 2026-06-01",
        "Protokoll FVG 2026-06-01 (2)",
    ]
    transaction.begin()
    protocol = group["protokoll-2026-06-01"]
    standing = protocol.punkter()
    assert [item.getId() for item in standing] == [f"punkt-{n}" for n in range(1, 13)]
    sub = session.post(
        rest_url(protocol),
        json={"@type": "Protokollspunkt", "number": 4, "letter": "a", "heading": "Budget"},
    )
    assert sub.status_code == 201, sub.text
    assert sub.json()["id"] == "punkt-4a"
    last = session.post(
        rest_url(protocol), json={"@type": "Protokollspunkt", "number": 13, "heading": "Övrigt"}
    )
    assert last.status_code == 201, last.text
    assert last.json()["id"] == "punkt-13"
    transaction.begin()
    assert existing < set(group.objectIds())  # the demo's protocols keep their ids


def test_ids_in_the_classic_add_forms(demo_portal, demo_app):
    group = demo_portal["samverkan"]["fvg"]
    existing = set(group.objectIds())
    browser = browser_as(demo_app, "sekreterare")
    browser.open(group.absolute_url() + "/++add++Protokoll")
    browser.getControl(name="form.widgets.meeting_date").value = "2030-03-04"
    browser.getControl(name="form.buttons.save").click()
    assert browser.url.startswith(group.absolute_url() + "/protokoll-2030-03-04")
    browser.open(group.absolute_url() + "/protokoll-2030-03-04/++add++Protokollspunkt")
    browser.getControl(name="form.widgets.number").value = "2"
    browser.getControl(name="form.widgets.letter").value = "b"
    browser.getControl(name="form.widgets.heading").value = "Ny underpunkt"
    browser.getControl(name="form.buttons.save").click()
    transaction.begin()
    assert set(group.objectIds()) - existing == {"protokoll-2030-03-04"}
    protocol = group["protokoll-2030-03-04"]
    assert protocol.Title() == "Protokoll FVG 2030-03-04"
    assert "punkt-2b" in protocol.objectIds()
