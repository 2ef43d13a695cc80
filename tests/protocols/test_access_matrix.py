"""Who sees and does what with protocols: the whole matrix, over real HTTP.

role × content type (Protokoll, Protokollspunkt, Bilaga) × state (draft,
justering, signed) × action (HTML view, REST GET, @search, listing of the
group, navigation, file download, REST edit). Each user's row of the matrix is one
test; a failure lists every cell that differs from the table in the issue.
"""

from kuf.samportal.demo.protocols import import_as_signed
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
import pytest
import transaction


STATES = ("draft", "justering", "signed")
TYPES = ("Protokoll", "Protokollspunkt", "Bilaga")

# The table; "saco" takes part in the FVG but not in this SVG.
VIEW = {
    None: set(),
    "medarbetare": {"signed"},
    "saco": {"signed"},
    "dik": {"justering", "signed"},
    "arbetsgivare": {"draft", "justering", "signed"},
    "sekreterare": {"draft", "justering", "signed"},
}
EDIT = {"sekreterare": {"draft", "justering"}}


@pytest.fixture
def svg(demo_portal, make_group, make_protocol):
    """One protocol per state in a group where only the employer, DIK and Vision take part."""
    group = make_group(demo_portal["samverkan"], ["arbetsgivaren", "dik", "vision"])
    objects = {}
    for state in STATES:
        protocol = make_protocol(group, id=f"protokoll-{state}", justerare=["dik"])
        with api.env.adopt_roles(["Manager"]):
            item = protocol.punkter()[0]
            item.body = RichTextValue(
                f"<p>Hemligt{state}punkt</p>", "text/html", "text/x-html-safe"
            )
            item.reindexObject()
            bilaga = api.content.create(
                container=protocol,
                type="Bilaga",
                id="bilaga",
                title=f"Hemligt{state}bilaga",
                file=NamedBlobFile(f"filinnehåll {state}".encode(), filename="b.txt"),
            )
            protocol.place = f"Hemligt{state}plats"
            protocol.reindexObject()
            if state != "draft":
                api.content.transition(obj=protocol, transition="send_to_justering")
        objects[state] = {"Protokoll": protocol, "Protokollspunkt": item, "Bilaga": bilaga}
        if state != "draft":
            with api.env.adopt_user(username="dik"):
                objects[state]["Synpunkt"] = api.content.create(
                    container=protocol,
                    type="Synpunkt",
                    id="synpunkt",
                    text=f"Hemligt{state}synpunkt",
                )
        if state == "signed":
            import_as_signed(protocol, protocol.signing_date)
    transaction.commit()
    return group, objects


def observe(session, group, objects):
    """Every cell of one user's row: {(state, type, action): bool}."""
    cells = {}
    api_url = group.absolute_url().replace(
        api.portal.get().absolute_url(), api.portal.get().absolute_url() + "/++api++"
    )
    listing = session.get(api_url)
    listed = (
        {item["@id"].rsplit("/", 1)[-1] for item in listing.json().get("items", [])}
        if (listing.ok)
        else set()
    )
    navigation = session.get(
        api.portal.get().absolute_url() + "/++api++/@navigation",
        params={"expand.navigation.depth": 4},
    )
    navigation_text = navigation.text if navigation.ok else ""
    for state, by_type in objects.items():
        cells[state, "Protokoll", "navigation"] = (
            f'"{by_type["Protokoll"].absolute_url()}"' in navigation_text
        )
        for portal_type, obj in by_type.items():
            url = obj.absolute_url()
            html = session.get(url, headers={"Accept": "text/html"}, allow_redirects=False)
            cells[state, portal_type, "html"] = html.status_code == 200
            rest = session.get(url.replace(group.absolute_url(), api_url))
            cells[state, portal_type, "rest"] = rest.status_code == 200
            word = {
                "Protokoll": f"Hemligt{state}plats",
                "Protokollspunkt": f"Hemligt{state}punkt",
                "Bilaga": f"Hemligt{state}bilaga",
                "Synpunkt": f"Hemligt{state}synpunkt",
            }[portal_type]
            search = session.get(
                api.portal.get().absolute_url() + "/++api++/@search",
                params={"SearchableText": word, "portal_type": portal_type},
            )
            found = search.json().get("items", []) if search.ok else []
            cells[state, portal_type, "search"] = any(i["@id"] == url for i in found)
            patch = session.patch(
                url.replace(group.absolute_url(), api_url),
                json={"heading": "Ändrad"}
                if portal_type == "Protokollspunkt"
                else {"place": "Ändrad"}
                if portal_type == "Protokoll"
                else {"title": "Ändrad"},
            )
            cells[state, portal_type, "edit"] = patch.status_code == 204
            transaction.begin()
        cells[state, "Protokoll", "listing"] = by_type["Protokoll"].getId() in listed
        protocol_url = by_type["Protokoll"].absolute_url()
        record = session.get(protocol_url + "/@@protokoll.pdf", allow_redirects=False)
        cells[state, "Protokoll", "pdf"] = record.content.startswith(b"%PDF-")
        status = session.get(protocol_url.replace(group.absolute_url(), api_url) + "/@justering")
        cells[state, "Protokoll", "justering-status"] = status.status_code == 200
        download = session.get(
            by_type["Bilaga"].absolute_url() + "/@@download/file", allow_redirects=False
        )
        cells[state, "Bilaga", "download"] = download.content == f"filinnehåll {state}".encode()
    return cells


# Synpunkter (in justering and after signing) are for the group only.
SYNPUNKT_READERS = {"dik", "arbetsgivare", "sekreterare"}


def expected_row(user):
    row = {}
    for state in STATES:
        may_view = state in VIEW[user]
        for portal_type in TYPES:
            for action in ("html", "rest", "search"):
                row[state, portal_type, action] = may_view
            row[state, portal_type, "edit"] = state in EDIT.get(user, set())
        if state != "draft":
            for action in ("html", "rest", "search"):
                row[state, "Synpunkt", action] = user in SYNPUNKT_READERS
            # Only the secretary handles them, and not after signing.
            row[state, "Synpunkt", "edit"] = user == "sekreterare" and state == "justering"
        row[state, "Protokoll", "pdf"] = may_view
        row[state, "Protokoll", "justering-status"] = may_view
        row[state, "Protokoll", "listing"] = may_view
        row[state, "Protokoll", "navigation"] = may_view
        row[state, "Bilaga", "download"] = may_view
    return row


@pytest.mark.parametrize("user", list(VIEW), ids=lambda u: u or "anonymous")
def test_access_matrix(svg, http, user):
    group, objects = svg
    actual = observe(http(user), group, objects)
    expected = expected_row(user)
    wrong = {cell: actual[cell] for cell in expected if actual[cell] != expected[cell]}
    assert wrong == {}, f"{user}: cells that differ (actual value shown): {wrong}"


def test_justerare_sees_the_protocol_to_sign(svg, http):
    """A justerare is a member of a party of the group, so sees it in justering."""
    group, objects = svg
    protocol = objects["justering"]["Protokoll"]
    assert protocol.justerare == ["dik"]
    response = http("dik").get(protocol.absolute_url(), headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "Lena Sjöberg" in response.text
