"""Issue 11, finding 3: no signed protocol, item, bilaga, synpunkt or record
is deleted, moved, renamed or changed by any route — REST, the Classic
forms, folder contents, and the ZMI — not even by the Zope manager, and not
by deleting or moving a container above it.

The matrix is generated: every route × every part of a record × the
containers above it, each tried as the site owner over real HTTP.
"""

import html
from kuf.samportal.records.seal import broken_seals
from kuf.samportal.records.seal import sealed_parts
from kuf.samportal.signing import sign
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.namedfile.file import NamedBlobFile
import pytest
from tests.helpers import csrf_token
from tests.helpers import rest_url as rest
import transaction


@pytest.fixture
def record(in_justering, http):
    """A protocol signed in the portal, with a bilaga and a synpunkt."""
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=in_justering,
            type="Bilaga",
            id="bilaga-1",
            title="Årshjul 2026",
            file=NamedBlobFile(b"%PDF-1.4 bilaga", filename="arshjul.pdf"),
        )
    with api.env.adopt_user(username="saco"):
        api.content.create(container=in_justering, type="Synpunkt", id="synpunkt", text="Ok")
    for user in ("arbetsgivare", "saco"):
        with api.env.adopt_user(username=user):
            sign(in_justering, user)
    assert api.content.get_state(in_justering) == "signed"
    transaction.commit()
    return in_justering


def parts(record):
    return {
        "protokoll": record,
        "punkt": record.punkter()[0],
        "bilaga": record.bilagor()[0],
        "synpunkt": record.synpunkter()[0],
    }


def containers(record):
    group = record.aq_parent
    return {"grupp": group, "sektion": group.aq_parent}


def snapshot(record):
    return {
        "paths": sorted(
            "/".join(p.getPhysicalPath())
            for p in sealed_parts(record)
            if hasattr(p, "getPhysicalPath")
        ),
        "titles": [obj.Title() for obj in (record, *record.objectValues())],
        "ids": list(record.objectIds()),
        "state": api.content.get_state(record),
    }


def changed(record, before):
    """What a route changed of the record (empty: nothing)."""
    transaction.begin()
    portal = api.portal.get()
    still = portal.unrestrictedTraverse("/".join(record.getPhysicalPath()), None)
    if still is None:
        return "removed"
    problems = []
    if snapshot(still) != before:
        problems.append(f"changed: {snapshot(still)}")
    if broken_seals(list(sealed_parts(still))):
        problems.append("seal broken")
    return "; ".join(problems)


class Refused(Exception):
    """The form of a route is not even offered."""

    def __init__(self, response):
        self.response = response


def form_token(session, url):
    """The CSRF token of the site owner (the session's user)."""
    return csrf_token(SITE_OWNER_NAME)


def attempt(route, session, obj):
    try:
        return route(session, obj)
    except Refused as refused:
        return refused.response


# -- the routes --------------------------------------------------------------


def rest_delete(session, obj):
    return session.delete(rest(obj))


def rest_rename(session, obj):
    return session.patch(rest(obj), json={"id": "nytt-namn"})


def rest_move(session, obj):
    target = api.portal.get()["samverkan"]
    return session.post(rest(target, "/@move"), json={"source": obj.absolute_url()})


def rest_edit_title(session, obj):
    return session.patch(rest(obj), json={"title": "Ändrad titel"})


def classic_delete(session, obj):
    url = obj.absolute_url() + "/delete_confirmation"
    token = form_token(session, url)
    return session.post(url, data={"_authenticator": token, "form.buttons.Delete": "Ta bort"})


def classic_rename(session, obj):
    url = obj.absolute_url() + "/object_rename"
    token = form_token(session, url)
    return session.post(
        url,
        data={
            "_authenticator": token,
            "form.widgets.new_id": "nytt-namn",
            "form.widgets.new_title": obj.Title(),
            "form.buttons.Rename": "Byt namn",
        },
    )


def folder_contents(action, obj, **extra):
    def call(session, target):
        parent = target.aq_parent
        token = form_token(session, parent.absolute_url() + "/folder_contents")
        return session.post(
            parent.absolute_url() + f"/@@fc-{action}",
            data={"_authenticator": token, "selection": f'["{target.UID()}"]', **extra},
        )

    return call


def fc_cut_paste(session, obj):
    token = form_token(session, obj.aq_parent.absolute_url() + "/folder_contents")
    session.post(
        obj.aq_parent.absolute_url() + "/@@fc-cut",
        data={"_authenticator": token, "selection": f'["{obj.UID()}"]'},
    )
    target = api.portal.get()["samverkan"]
    return session.post(
        target.absolute_url() + "/@@fc-paste",
        data={"_authenticator": token, "folder": "/samverkan"},
    )


def zmi_del(session, obj):
    return session.post(
        obj.aq_parent.absolute_url() + "/manage_delObjects", data={"ids:list": obj.getId()}
    )


def zmi_rename(session, obj):
    return session.post(
        obj.aq_parent.absolute_url() + "/manage_renameObjects",
        data={"ids:list": obj.getId(), "new_ids:list": "nytt-namn"},
    )


def zmi_edit_properties(session, obj):
    return session.post(obj.absolute_url() + "/manage_editProperties", data={"title": "Ändrad"})


def zmi_change_properties(session, obj):
    return session.post(obj.absolute_url() + "/manage_changeProperties", data={"title": "Ändrad"})


def zmi_cut_paste(session, obj):
    cut = session.post(
        obj.aq_parent.absolute_url() + "/manage_cutObjects", data={"ids:list": obj.getId()}
    )
    target = api.portal.get()["samverkan"]
    return (
        session.post(
            target.absolute_url() + "/manage_pasteObjects",
            data={"cb_copy_data": session.cookies.get("__cp") or ""},
        )
        if cut.ok
        else cut
    )


def zmi_permissions(session, obj):
    return session.post(
        obj.absolute_url() + "/manage_permission",
        data={"permission_to_manage": "Modify portal content", "roles:list": "Authenticated"},
    )


ROUTES = {
    "rest-delete": rest_delete,
    "rest-rename": rest_rename,
    "rest-move": rest_move,
    "rest-edit": rest_edit_title,
    "classic-delete": classic_delete,
    "classic-rename": classic_rename,
    "fc-delete": folder_contents("delete", None),
    "fc-rename": None,  # built per object below (needs the new id)
    "fc-cut-paste": fc_cut_paste,
    "zmi-delete": zmi_del,
    "zmi-rename": zmi_rename,
    "zmi-edit-properties": zmi_edit_properties,
    "zmi-change-properties": zmi_change_properties,
    "zmi-cut-paste": zmi_cut_paste,
    "zmi-permission": zmi_permissions,
}


def fc_rename(session, obj):
    token = form_token(session, obj.aq_parent.absolute_url() + "/folder_contents")
    return session.post(
        obj.aq_parent.absolute_url() + "/@@fc-rename",
        data={
            "_authenticator": token,
            "UID_0": obj.UID(),
            "newid_0": "nytt-namn",
            "newtitle_0": "Ny titel",
        },
    )


ROUTES["fc-rename"] = fc_rename

# Routes that only make sense on the record's own parts.
OWN_ONLY = {"rest-edit", "zmi-edit-properties", "zmi-change-properties", "zmi-permission"}


def attempt_all(session, record, target, routes):
    """Every route against ``target``: {route: what it changed}, empty when
    every one of them left the record as it was."""
    failures = {}
    for route in sorted(routes):
        before = snapshot(record)
        response = attempt(ROUTES[route], session, target())
        problem = changed(record, before)
        if problem:
            failures[route] = (response.status_code, problem)
    return failures


@pytest.mark.parametrize("part", ["protokoll", "punkt", "bilaga", "synpunkt"])
def test_no_route_touches_a_part_of_a_record(record, http, part):
    session = http("admin")
    session.headers["Accept"] = "text/html"
    failures = attempt_all(session, record, lambda: parts(record)[part], ROUTES)
    assert failures == {}


@pytest.mark.parametrize("container", ["grupp", "sektion"])
def test_no_route_removes_a_container_of_records(record, http, container):
    session = http("admin")
    session.headers["Accept"] = "text/html"
    routes = set(ROUTES) - OWN_ONLY
    failures = attempt_all(session, record, lambda: containers(record)[container], routes)
    assert failures == {}


def test_deleting_the_group_says_why_in_swedish(record, http):
    group = record.aq_parent
    response = http("admin").delete(rest(group))
    assert response.status_code == 403
    message = response.json()["error"]["message"]
    assert message.startswith("Kulturförvaltningens förvaltningsgrupp innehåller")
    assert "allmänna handlingar" in message
    page = http("admin").post(
        group.aq_parent.absolute_url() + "/manage_delObjects",
        data={"ids:list": group.getId()},
        headers={"Accept": "text/html"},
    )
    assert page.status_code == 403
    assert "kan därför inte tas bort" in html.unescape(page.text)
    assert "Traceback" not in page.text


def test_a_group_without_records_can_still_be_deleted(demo_portal, make_group, http):
    group = make_group(demo_portal["samverkan"], ["dik"], id="tom-grupp")
    transaction.commit()
    assert http("admin").delete(rest(group)).status_code == 204
    transaction.begin()
    assert "tom-grupp" not in demo_portal["samverkan"].objectIds()


def test_undo_is_refused_before_commit(tmp_path):
    """Undo (the ZMI's Control_Panel/Database/main/manage_UndoForm) would
    restore an unsigned state below the seal: the commit is refused. The
    test layers run on DemoStorage, which cannot undo, so this runs on a
    FileStorage of its own."""
    from kuf.samportal.records.protection import RecordProtected
    from kuf.samportal.records.seal import check_before_commit
    from persistent.mapping import PersistentMapping
    from ZODB import DB
    from ZODB.FileStorage import FileStorage

    db = DB(FileStorage(str(tmp_path / "Data.fs")))
    manager = transaction.TransactionManager()
    connection = db.open(manager)
    connection.root()["x"] = PersistentMapping(state="signed")
    manager.commit()
    undoable = db.undoLog(0, 1)[0]["id"]
    db.undoMultiple([undoable], txn=manager.get())
    with pytest.raises(RecordProtected) as refused:
        check_before_commit(None, txn=manager.get())
    assert "Ångra är avstängt" in str(refused.value)
    manager.abort()
    connection.close()
    db.close()
