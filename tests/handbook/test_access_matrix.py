"""Who sees and edits handbook content: user × type × state × action, over HTTP."""

from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
import pytest
from tests.helpers import rest_url
import transaction


USERS = [None, "medarbetare", "saco", "sekreterare", "chef", "hr"]
STATES = ("private", "published")


@pytest.fixture
def handbook_content(demo_portal):
    objects = {}
    with api.env.adopt_roles(["Manager"]):
        for state in STATES:
            routine = api.content.create(
                container=demo_portal["arbetsmiljohandbok"],
                type="Rutin",
                id=f"rutin-{state}",
                title=f"Rutin Matris{state}",
                area="sam",
                purpose=RichTextValue(f"<p>Matris{state}</p>", "text/html", "text/x-html-safe"),
                adopted=api.portal.get()["arbetsmiljohandbok"][
                    "arlig-uppfoljning-sam-och-aktiva-atgarder"
                ].adopted,
                next_review=api.portal.get()["arbetsmiljohandbok"][
                    "arlig-uppfoljning-sam-och-aktiva-atgarder"
                ].next_review,
            )
            material = api.content.create(
                container=demo_portal["stodmaterial"],
                type="Stodmaterial",
                id=f"material-{state}",
                title=f"Material Matris{state}",
                audience=["chefer"],
                topic="Matris",
                text=RichTextValue(f"<p>Matris{state}</p>", "text/html", "text/x-html-safe"),
                file=NamedBlobFile(f"fil {state}".encode(), filename="m.txt"),
            )
            if state == "published":
                api.content.transition(obj=routine, transition="publish")
                api.content.transition(obj=material, transition="publish")
            objects[state] = {"Rutin": routine, "Stodmaterial": material}
    transaction.commit()
    return objects


def expected(user, state, action):
    if user == "hr":
        return True
    if action == "edit" or user is None:
        return False
    return state == "published"


@pytest.mark.parametrize("user", USERS, ids=lambda u: u or "anonymous")
def test_handbook_access_matrix(handbook_content, http, user):
    session = http(user)
    wrong = {}
    for state, by_type in handbook_content.items():
        for portal_type, obj in by_type.items():
            cells = {
                "view": session.get(rest_url(obj)).status_code == 200,
                "search": obj.absolute_url()
                in [
                    item["@id"]
                    for item in session.get(
                        rest_url(api.portal.get(), "/@search"),
                        params={"SearchableText": f"Matris{state}", "portal_type": portal_type},
                    )
                    .json()
                    .get("items", [])
                ]
                if user
                else False,
                "edit": session.patch(rest_url(obj), json={"description": "x"}).status_code == 204,
            }
            if portal_type == "Stodmaterial":
                download = session.get(obj.absolute_url() + "/@@download/file")
                cells["download"] = download.content == f"fil {state}".encode()
            transaction.begin()
            for action, actual in cells.items():
                if actual != expected(user, state, action):
                    wrong[state, portal_type, action] = actual
    assert wrong == {}
