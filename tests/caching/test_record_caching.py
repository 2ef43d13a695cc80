"""Issue 13: records are served with strong ETags and Cache-Control: private;
a repeat GET answers 304; nothing is ever shared between users; a protocol
in justering is never served stale. Over real HTTP (one demo site for all)."""

from kuf.samportal.demo.protocols import JUSTERING_ID
from kuf.samportal.demo.protocols import SIGNED_ID
from plone import api
from tests.helpers import rest_url
import transaction


def fetch(session, url, etag=None, accept="text/html"):
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    return session.get(url, headers=headers, allow_redirects=False)


def test_records_cache_privately_and_answer_304(demo_portal, http):
    fvg = demo_portal["samverkan"]["fvg"]
    signed = fvg[SIGNED_ID]
    employee, secretary = http("medarbetare"), http("sekreterare")
    answers = {
        "page": (signed.absolute_url(), "text/html"),
        "rest": (rest_url(signed), "application/json"),
        "pdf": (signed.absolute_url() + "/protokoll.pdf", "application/pdf"),
    }
    etags = {}
    for kind, (url, accept) in answers.items():
        # The demo's record PDF is made (stored) at its first request.
        fetch(employee, url, accept=accept)
        first = fetch(employee, url, accept=accept)
        assert first.status_code == 200, kind
        etag = first.headers["ETag"]
        assert etag.startswith('"'), kind  # strong, not W/
        cache_control = first.headers["Cache-Control"]
        assert "private" in cache_control, kind
        assert "public" not in cache_control, kind
        assert "no-cache" in cache_control, kind  # revalidated every time
        again = fetch(employee, url, etag, accept=accept)
        assert again.status_code == 304, kind
        assert again.content == b"", kind
        assert again.headers["ETag"] == etag, kind
        # The same tag from another user is not theirs: a full answer.
        other = fetch(secretary, url, etag, accept=accept)
        assert other.status_code == 200, kind
        assert other.headers["ETag"] != etag, kind
        etags[kind] = etag
    assert len(set(etags.values())) == 3
    # Anonymous with a valid tag gets the wall, never the cached page.
    anonymous = fetch(http(None), answers["page"][0], etags["page"])
    assert anonymous.status_code in (302, 401)
    anonymous = fetch(http(None), answers["rest"][0], etags["rest"], "application/json")
    assert anonymous.status_code == 401
    # REST sub-resources are not the record: no tag.
    history = fetch(employee, rest_url(signed, "/@history"), accept="application/json")
    assert "ETag" not in history.headers

    # Any change in the site (here a new page elsewhere) moves the tag.
    with api.env.adopt_roles(["Manager"]):
        api.content.create(container=demo_portal["stodmaterial"], type="Document", id="ny")
    transaction.commit()
    url, accept = answers["page"]
    moved = fetch(employee, url, etags["page"], accept=accept)
    assert moved.status_code == 200
    assert moved.headers["ETag"] != etags["page"]


def test_protocol_in_justering_is_never_cached(demo_portal, http):
    protocol = demo_portal["samverkan"]["fvg"][JUSTERING_ID]
    secretary = http("sekreterare")
    first = fetch(secretary, protocol.absolute_url())
    assert first.status_code == 200
    assert "ETag" not in first.headers
    assert "public" not in first.headers.get("Cache-Control", "")
    with api.env.adopt_roles(["Manager"]):
        protocol.place = "Nya mötesrummet"
        protocol.reindexObject()
    transaction.commit()
    for response in (
        fetch(secretary, protocol.absolute_url(), '"anything"'),
        fetch(secretary, protocol.absolute_url(), "*"),
    ):
        assert response.status_code == 200
        assert "Nya mötesrummet" in response.text
    rest = fetch(secretary, rest_url(protocol), "*", "application/json")
    assert rest.status_code == 200
    assert rest.json()["place"] == "Nya mötesrummet"


def test_content_menu_only_for_who_can_act(demo_portal, http):
    fvg = demo_portal["samverkan"]["fvg"]
    # HR has the toolbar everywhere, but nothing to do on a signed record.
    reader = fetch(http("hr"), fvg[SIGNED_ID].absolute_url()).text
    assert 'id="edit-zone"' in reader
    assert "plone-contentmenu-actions" not in reader
    assert "plone-contentmenu-workflow" not in reader
    writer = fetch(http("sekreterare"), fvg[JUSTERING_ID].absolute_url()).text
    assert "plone-contentmenu-workflow" in writer


def test_the_group_page_is_no_folder_to_manage_for_the_secretary(demo_portal, http):
    """Issue 17: no Contents, Åtgärder (cut, rename, delete) or "Välj vy" on
    the group in the secretary's way; "Ny post" stays, and an administrator
    keeps them all."""
    group = demo_portal["samverkan"]["fvg"].absolute_url()
    secretary = fetch(http("sekreterare"), group).text
    assert 'id="edit-zone"' in secretary
    assert "plone-contentmenu-factories" in secretary
    for absent in ("plone-contentmenu-actions", "plone-contentmenu-display", "/folder_contents"):
        assert absent not in secretary, absent
    admin = fetch(http("admin"), group).text
    for present in ("plone-contentmenu-actions", "plone-contentmenu-display", "/folder_contents"):
        assert present in admin, present
