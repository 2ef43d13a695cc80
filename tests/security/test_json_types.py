"""Item 12 of issue 11: wrong JSON types, malformed and hostile bodies are a
400 with a Swedish message naming the field, never a 500, on plone.restapi's
content PATCH/POST and on our own services; no error answer carries a
traceback, also not for admin, with Zope's debug mode off or on."""

from plone import api
import pytest
from tests.helpers import rest_url
import transaction
from ZPublisher import WSGIPublisher


@pytest.fixture
def protocol(demo_portal, make_protocol):
    fvg = demo_portal["samverkan"]["fvg"]
    protocol = make_protocol(fvg, id="typer", justerare=["saco"])
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    transaction.commit()
    return protocol


def no_traceback(response):
    assert "traceback" not in response.text.lower(), response.text
    assert 'File "' not in response.text


def refused(response, *words):
    assert response.status_code == 400, response.text
    no_traceback(response)
    body = response.json()
    message = body.get("message") or body.get("error", {}).get("message")
    for word in words:
        assert word in message, (word, message)


def test_content_patch_with_wrong_types(protocol, http):
    cases = [
        ({"start_time": 5}, "Börjar: värdet ska vara ett datum eller en tid"),
        ({"present": "x"}, "Närvarande: värdet ska vara en lista."),
        ({"present": [5]}, "Närvarande, rad 1: värdet ska vara ett objekt."),
        ({"present": [None]}, "Närvarande, rad 1"),
        ({"present": [{"name": 5}]}, "Närvarande, rad 1, Namn: värdet ska vara text."),
        ({"place": {"a": 1}}, "Plats: värdet ska vara text."),
        ({"justerare": "saco"}, "Justerare: värdet ska vara en lista."),
        ({"meeting_date": 20250113}, "Mötesdatum"),
        ({"ordering": "x"}, "”ordering”: värdet har fel form."),
        ({"layout": 5}, "”layout”"),
    ]
    for session in (http("sekreterare"), http("admin")):
        for body, message in cases:
            refused(session.patch(rest_url(protocol), json=body), message)
    transaction.begin()
    assert protocol.place == "Askebykroken"
    assert protocol.present == []


def test_content_post_with_wrong_types(demo_portal, http):
    handbook = demo_portal["arbetsmiljohandbok"]
    hr = http("hr")
    for body, message in [
        ({"@type": ["Rutin"]}, "”@type”"),
        ({"@type": "Rutin", "id": 5}, "”id”"),
        ({"@type": "Rutin", "title": {"x": 1}}, "”title”"),
        ({"@type": "Rutin", "title": "R", "purpose": 5}, "Syfte: värdet ska vara text"),
        ({"@type": "Rutin", "title": "R", "adopted": True}, "Fastställd"),
    ]:
        refused(hr.post(rest_url(handbook), json=body), message)
    transaction.begin()
    assert [o for o in handbook.objectValues() if o.Title() == "R"] == []


def test_our_services_with_wrong_types(protocol, demo_portal, http):
    feelgood = demo_portal["avtal"]["feelgood"]
    followup = demo_portal["uppfoljning"]["kulturforvaltningen"]["stadsbiblioteket"][
        "kungsholmen-och-norrmalm"
    ]["2026-sam"]
    first = followup.checklist().question_ids()[0]
    cases = [
        ("saco", protocol, "/@synpunkter", {"text": 5}, "Synpunkt: värdet ska vara text."),
        ("saco", protocol, "/@synpunkter", {"text": "x", "punkt": [1]}, "Punkt"),
        (
            "medarbetare",
            feelgood,
            "/@avvikelser",
            {"kategori": "bemotande", "beskrivning": 5},
            "Vad som hänt: värdet ska vara text.",
        ),
        (
            "medarbetare",
            feelgood,
            "/@avvikelser",
            {"kategori": ["x"], "beskrivning": "x"},
            "Kategori",
        ),
        ("hr", feelgood, "/@anvandning", {"ar": 2026, "csv": ["x"]}, "Välj en CSV-fil."),
    ]
    for user, context, service, body, message in cases:
        refused(http(user).post(rest_url(context, service), json=body), message)
    chef = http("chef")
    for body, message in [
        ({"svar": {first: {"svar": 5}}}, "Svar"),
        ({"svar": {first: {"svar": "instammer_helt", "analys": ["x"]}}}, "Analys"),
        ({"overall_analysis": 5}, "Analys till rapport"),
    ]:
        refused(chef.patch(rest_url(followup, "/@svar"), json=body), message)
    transaction.begin()
    assert protocol.synpunkter() == []


def test_malformed_and_hostile_bodies(protocol, http):
    session = http("sekreterare")
    json_header = {"Content-Type": "application/json"}
    for data in [
        "[1, 2]",
        '"x"',
        "{nope",
        '{"place": NaN}',
        '{"place": 1e400}',
        '{"place": "' + "\\ud800" + '"}',
        '{"place": "a\\u0000b"}',
        "{" + '"a": [' * 30 + "]" * 30 + "}",
        '{"a": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"a": ' + "[" * 200_000 + "]" * 200_000 + "}",
    ]:
        for method, url in (
            ("PATCH", rest_url(protocol)),
            ("POST", rest_url(protocol, "/@synpunkter")),
        ):
            response = session.request(method, url, data=data, headers=json_header)
            assert response.status_code == 400, (data[:40], response.text)
            no_traceback(response)
            assert response.json()["message"].endswith(".")  # a sentence, in Swedish
    transaction.begin()
    assert protocol.place == "Askebykroken"


@pytest.fixture
def broken(monkeypatch):
    """@justering and the routine page raise an unexpected error (stand-ins for any bug)."""
    from kuf.samportal.browser.handbook import RutinView
    from kuf.samportal.services import justering

    def fail(*args):
        raise RuntimeError("secret internals /srv/kuf")

    monkeypatch.setattr(justering, "justering_status", fail)
    monkeypatch.setattr(RutinView, "area", fail)


@pytest.mark.parametrize("debug_mode", [False, True])
def test_unexpected_errors_show_no_traceback_to_admin(
    protocol, demo_portal, http, broken, monkeypatch, debug_mode
):
    app, realm, _debug = WSGIPublisher.get_module_info()
    monkeypatch.setitem(WSGIPublisher._MODULES, "Zope2", (app, realm, debug_mode))
    admin = http("admin")
    response = admin.get(rest_url(protocol, "/@justering"))
    assert response.status_code == 500
    no_traceback(response)
    assert "secret internals" not in response.text
    body = response.json()
    assert body["message"].startswith("Något gick fel hos oss.")
    assert body["error_id"] in body["message"]
    routine = demo_portal["arbetsmiljohandbok"]["arlig-uppfoljning-sam-och-aktiva-atgarder"]
    page = admin.get(routine.absolute_url(), headers={"Accept": "text/html"})
    assert page.status_code == 500
    no_traceback(page)
    assert "secret internals" not in page.text
    assert "RuntimeError" not in page.text


def test_plone_restapi_write_services_with_wrong_types(protocol, demo_portal, http):
    secretary = http("sekreterare")
    admin = http("admin")
    for session, url, body, message in [
        (secretary, rest_url(protocol, "/@workflow/retract"), {"comment": 5}, "Kommentar: värdet"),
        (secretary, rest_url(protocol, "/@workflow/retract"), {"comment": "x" * 20_001}, "högst"),
        (admin, rest_url(demo_portal["samverkan"], "/@copy"), {"source": 5}, "Källa"),
        (admin, rest_url(demo_portal["samverkan"], "/@move"), {"source": [5]}, "Källa, rad 1"),
        (admin, rest_url(demo_portal["samverkan"], "/@sharing"), {"entries": "x"}, "Delning"),
    ]:
        refused(session.post(url, json=body), message)
    transaction.begin()
    assert api.content.get_state(protocol) == "justering"
