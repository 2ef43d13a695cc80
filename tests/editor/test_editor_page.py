"""@@skriv: the whole protocol on one page, saved with one submit."""

from kuf.samportal.editor import document
from tests.editor.conftest import form_fields
import transaction


def skriv(protocol):
    return protocol.absolute_url() + "/@@skriv"


def html_session(http, user):
    session = http(user)
    session.headers["Accept"] = "text/html"
    return session


def fresh(protocol):
    transaction.begin()
    return document.read(protocol)


def test_page_shows_every_item_and_prefills_attendance(draft, http):
    response = html_session(http, "sekreterare").get(skriv(draft))
    assert response.status_code == 200
    html = response.text
    assert "Skriv protokollet" in html
    for heading in ("Föregående protokoll", "Verksamhetsfrågor", "Övriga frågor"):
        assert f'value="{heading}"' in html
    assert "&lt;p&gt;Om verksamhetsfrågor.&lt;/p&gt;" in html
    assert 'name="_authenticator"' in html
    assert "Bilaga 1: Budget 2026" in html
    # No attendance yet: proposed from the previous protocol of the FVG.
    assert "Närvaron är förifylld" in html
    assert 'name="present.0.name"' in html
    # The user id of an attendee travels hidden, never as a text field.
    assert 'type="hidden" name="present.0.user_id"' in html or "present.0.user_id" not in html


def test_one_post_saves_everything(draft, http):
    data = fresh(draft)
    bilaga = draft.bilagor()[0].UID()
    data.update(
        place="Kulturhuset, rum 4",
        start_time="13:00",
        end_time="15:30",
        present=[
            {"name": "Anna Karlsson", "role": "Administrativ chef", "party": "arbetsgivaren"},
            {"name": "Karin Saco", "role": "", "party": "saco", "note": "punkt 1–2"},
        ],
        absent=[{"name": "Per Vision", "party": "vision"}],
    )
    first, second, third = data["punkter"]
    second.update(
        heading="Budget 2026",
        kind="samverkan",
        body="<p>Budgeten <strong>godkändes</strong>.</p>",
        bilagor=[bilaga],
    )
    third.update(sub=True, raised_by="saco")
    data["punkter"] = [
        first,
        second,
        third,
        {"heading": "Nästa möte", "kind": "information", "body": "<p>I juni.</p>"},
    ]
    response = html_session(http, "sekreterare").post(
        skriv(draft), data=form_fields(data), allow_redirects=False
    )
    assert response.status_code == 302, response.text[:2000]
    assert response.headers["Location"].endswith("/utkast/@@skriv")
    transaction.begin()
    assert draft.place == "Kulturhuset, rum 4"
    assert [row["name"] for row in draft.present] == ["Anna Karlsson", "Karin Saco"]
    assert draft.absent[0]["party"] == "vision"
    items = draft.punkter()
    assert [(i.number, i.letter, i.heading) for i in items] == [
        (1, "", "Föregående protokoll"),
        (2, "", "Budget 2026"),
        (2, "a", "Övriga frågor"),
        (3, "", "Nästa möte"),
    ]
    assert items[1].bilagor == [bilaga]
    assert "godkändes" in items[1].body.raw
    assert items[2].raised_by == "saco"
    assert items[1].Title() == "2. Samverkan: Budget 2026"
    page = html_session(http, "sekreterare").get(draft.absolute_url()).text
    assert "Protokollet är sparat." in page or "Budget 2026" in page


def test_buttons_add_move_and_remove_without_saving(draft, http):
    before = fresh(draft)
    session = html_session(http, "sekreterare")
    moved = session.post(skriv(draft), data=form_fields(before, action="ned:0"))
    assert moved.status_code == 200
    html = moved.text
    assert html.find('value="Verksamhetsfrågor"') < html.find('value="Föregående protokoll"')
    assert "Ändringen är inte sparad" in html
    added = session.post(skriv(draft), data=form_fields(before, action="lagg-till-punkt"))
    assert 'name="p.3.heading"' in added.text
    removed = session.post(skriv(draft), data=form_fields(before, action="ta-bort:1"))
    assert 'value="Verksamhetsfrågor"' not in removed.text
    assert fresh(draft) == before


def test_reorder_and_remove_are_saved_with_the_save(draft, http):
    data = fresh(draft)
    removed_id = data["punkter"][0]["id"]
    data["punkter"] = [data["punkter"][2], data["punkter"][1]]
    response = html_session(http, "sekreterare").post(
        skriv(draft), data=form_fields(data, action="spara-visa"), allow_redirects=False
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/utkast")
    transaction.begin()
    assert [(i.number, i.heading) for i in draft.punkter()] == [
        (1, "Övriga frågor"),
        (2, "Verksamhetsfrågor"),
    ]
    assert removed_id not in draft.objectIds()


BAD = [
    ({"meeting_date": "13/1 2026"}, "Mötesdatum: skriv datumet som ÅÅÅÅ-MM-DD."),
    ({"meeting_date": ""}, "Mötesdatum: fyll i."),
    ({"start_time": "10:00", "end_time": "09:00"}, "Mötet måste sluta efter att det har börjat."),
    ({"justerare": ["saco", "saco"]}, "Samma person är angiven som justerare två gånger."),
    ({"comment_deadline": "i morgon"}, "skriv datum och tid som ÅÅÅÅ-MM-DD TT:MM."),
    ({"place": "x" * 1001}, "högst 1 000 tecken"),
]


def test_bad_input_saves_nothing(draft, http):
    before = fresh(draft)
    session = html_session(http, "sekreterare")
    for change, message in BAD:
        data = {**before, **change}
        data["punkter"] = [*before["punkter"], {"heading": "Ny punkt", "body": "<p>Ny</p>"}]
        response = session.post(skriv(draft), data=form_fields(data))
        assert response.status_code == 400, change
        assert "Inget sparades." in response.text
        assert message in response.text, change
        # What was typed is still on the page.
        assert 'value="Ny punkt"' in response.text
        assert fresh(draft) == before, change


def test_an_item_without_heading_is_marked(draft, http):
    before = fresh(draft)
    data = {**before, "punkter": [*before["punkter"], {"heading": " ", "kind": "nonsense"}]}
    response = html_session(http, "sekreterare").post(skriv(draft), data=form_fields(data))
    assert response.status_code == 400
    assert "Punkt 4: skriv en rubrik." in response.text
    assert "värdet finns inte bland valen" in response.text
    assert fresh(draft) == before


def test_a_post_without_the_csrf_token_is_refused(draft, http):
    before = fresh(draft)
    data = {**before, "place": "Någon annanstans"}
    fields = [pair for pair in form_fields(data) if pair[0] != "_authenticator"]
    response = html_session(http, "sekreterare").post(skriv(draft), data=fields)
    assert response.status_code == 403
    assert fresh(draft) == before


def test_only_the_secretary_may_write(draft, http):
    before = fresh(draft)
    for user in ("arbetsgivare", "saco", "medarbetare", None):
        response = html_session(http, user).get(skriv(draft), allow_redirects=False)
        assert response.status_code in (302, 401, 403, 404), user
        fields = form_fields({**before, "place": "Hemma"}, user=user or "sekreterare")
        response = html_session(http, user).post(skriv(draft), data=fields, allow_redirects=False)
        assert response.status_code in (302, 401, 403, 404), user
        assert fresh(draft) == before


def test_a_protocol_in_justering_is_not_written_here(in_justering, http):
    session = html_session(http, "sekreterare")
    page = session.get(skriv(in_justering))
    assert page.status_code == 200
    assert "Bara ett utkast kan skrivas här" in page.text
    assert 'name="atgard"' not in page.text
    before = fresh(in_justering)
    response = session.post(skriv(in_justering), data=form_fields({**before, "place": "Hemma"}))
    assert response.status_code == 409
    assert fresh(in_justering) == before
