"""The secretary's ways to the editor (group page, protocol page) and back
to the protocol after an item's or bilaga's own form."""

from plone import api
import re
from tests.helpers import browser_as
from tests.helpers import csrf_token
import transaction


def page(http, user, url):
    session = http(user)
    session.headers["Accept"] = "text/html"
    return session.get(url)


def test_group_page_offers_new_and_import_to_the_secretary(demo_portal, http):
    fvg = demo_portal["samverkan"]["fvg"]
    html = page(http, "sekreterare", fvg.absolute_url()).text
    assert f'href="{fvg.absolute_url()}/@@nytt-protokoll">Nytt protokoll</a>' in html
    assert f'href="{fvg.absolute_url()}/@@importera-protokoll">Importera protokoll</a>' in html
    other = page(http, "saco", fvg.absolute_url()).text
    assert "@@nytt-protokoll" not in other
    assert "@@importera-protokoll" not in other


def test_new_protocol_leads_to_the_editor(demo_portal, http):
    fvg = demo_portal["samverkan"]["fvg"]
    session = http("sekreterare")
    session.headers["Accept"] = "text/html"
    form = session.get(f"{fvg.absolute_url()}/@@nytt-protokoll")
    assert "Mötesdatum" in form.text
    bad = session.post(
        f"{fvg.absolute_url()}/@@nytt-protokoll",
        data={"_authenticator": csrf_token("sekreterare"), "meeting_date": "igår"},
    )
    assert bad.status_code == 400
    assert "Skriv mötesdatumet som ÅÅÅÅ-MM-DD." in bad.text
    response = session.post(
        f"{fvg.absolute_url()}/@@nytt-protokoll",
        data={"_authenticator": csrf_token("sekreterare"), "meeting_date": "2030-03-02"},
        allow_redirects=False,
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/fvg/protokoll-2030-03-02/@@skriv")
    editor = session.get(response.headers["Location"])
    assert editor.status_code == 200
    assert "Skriv protokollet" in editor.text
    assert "Närvaron är förifylld från föregående protokoll" in editor.text
    transaction.begin()
    protocol = fvg["protokoll-2030-03-02"]
    assert protocol.punkter(), "the group's standing items"
    assert protocol.secretary == "sekreterare"
    refused = http("saco").get(f"{fvg.absolute_url()}/@@nytt-protokoll", allow_redirects=False)
    assert refused.status_code in (302, 401, 403)


def test_protocol_page_links_the_editor_in_draft(draft, http):
    html = page(http, "sekreterare", draft.absolute_url()).text
    assert f'href="{draft.absolute_url()}/@@skriv">Skriv protokollet</a>' in html
    assert "@@skriv" not in page(http, "arbetsgivare", draft.absolute_url()).text


def test_item_edit_returns_to_the_protocol_at_the_item(draft, demo_app):
    browser = browser_as(demo_app, "sekreterare")
    item = draft.punkter()[1]
    browser.open(f"{item.absolute_url()}/edit")
    browser.getControl(name="form.widgets.heading").value = "Verksamhetsfrågor och budget"
    browser.getControl(name="form.buttons.save").click()
    assert browser.url == f"{draft.absolute_url()}#punkt-2"
    assert "Verksamhetsfrågor och budget" in browser.contents


def test_redirects_carry_the_anchor(draft, demo_portal):
    from kuf.samportal.editor.forms import place_in_protocol

    item = draft.punkter()[2]
    assert place_in_protocol(item) == f"{draft.absolute_url()}#punkt-3"
    assert place_in_protocol(draft.bilagor()[0]) == f"{draft.absolute_url()}#bilagor"


def test_item_and_bilaga_forms_redirect_to_the_protocol(draft, http):
    session = http("sekreterare")
    session.headers["Accept"] = "text/html"
    item = draft.punkter()[0]
    token = csrf_token("sekreterare")
    edited = session.post(
        f"{item.absolute_url()}/@@edit",
        data={
            "_authenticator": token,
            "form.widgets.number": "1",
            "form.widgets.heading": "Föregående protokoll",
            "form.widgets.body": "<p>Godkändes.</p>",
            "form.widgets.body.mimeType": "text/html",
            "form.buttons.save": "Spara",
        },
        allow_redirects=False,
    )
    assert edited.status_code == 302, edited.text[-3000:]
    assert edited.headers["Location"] == f"{draft.absolute_url()}#punkt-1"
    added = session.post(
        f"{draft.absolute_url()}/++add++Protokollspunkt",
        data={
            "_authenticator": token,
            "form.widgets.number": "4",
            "form.widgets.heading": "Ny punkt",
            "form.buttons.save": "Spara",
        },
        allow_redirects=False,
    )
    assert added.status_code == 302, re.findall(r'"invalid-feedback">(.{0,300}?)<', added.text)
    assert added.headers["Location"] == f"{draft.absolute_url()}#punkt-4"
    bilaga = draft.bilagor()[0]
    cancelled = session.post(
        f"{bilaga.absolute_url()}/@@edit",
        data={"_authenticator": token, "form.buttons.cancel": "Avbryt"},
        allow_redirects=False,
    )
    assert cancelled.headers["Location"] == f"{draft.absolute_url()}#bilagor"
    transaction.begin()
    assert [i.heading for i in draft.punkter()][-1] == "Ny punkt"
    assert api.content.get_state(draft) == "draft"


def test_item_and_bilaga_pages_read_swedish_and_lead_back(draft, http):
    item = draft.punkter()[0]
    html = page(http, "sekreterare", item.absolute_url()).text
    assert "No value" not in html
    assert f'href="{draft.absolute_url()}#punkt-1"' in html
    assert "Om föregående protokoll." in html
    bilaga = page(http, "sekreterare", draft.bilagor()[0].absolute_url()).text
    assert "Bilaga 1: Budget 2026" in bilaga
    assert f'href="{draft.absolute_url()}#bilagor"' in bilaga
    assert "No value" not in bilaga


def test_attendee_user_id_is_not_a_text_field(draft, http):
    from kuf.samportal.content.protokoll import IAttendee
    from plone.autoform.interfaces import MODES_KEY

    assert "user_id" in [name for _iface, name, mode in IAttendee.queryTaggedValue(MODES_KEY)]
    with_row = draft
    with_row.present = [
        {"name": "Anna Karlsson", "user_id": "arbetsgivare", "party": "arbetsgivaren"}
    ]
    transaction.commit()
    html = page(http, "sekreterare", f"{draft.absolute_url()}/edit").text
    inputs = re.findall(r"<input[^>]*present[^>]*user_id[^>]*>", html)
    assert inputs, "the user id travels with the row"
    assert all('type="hidden"' in tag for tag in inputs), inputs
    assert 'value="arbetsgivare"' in html
