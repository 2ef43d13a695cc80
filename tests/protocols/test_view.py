"""The protocol document: Classic UI view and the REST representation."""

from plone import api
import pytest
import re
import transaction


@pytest.fixture
def signed(demo_portal):
    return demo_portal["samverkan"]["fvg"]["protokoll-2025-01-13"]


def text_of(html):
    main = html[html.find('class="kuf-protokoll"') :]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def test_signed_protocol_reads_in_the_order_of_the_seed(signed, http):
    html = http("medarbetare").get(signed.absolute_url(), headers={"Accept": "text/html"}).text
    text = text_of(html)
    parts = [
        "Kulturförvaltningens förvaltningsgrupp",
        "2025-01-13",
        "Närvarande",
        "Maria Jansén",
        "Förhinder",
        "Karin Wrannvik",
        "Adjungerade",
        "Kl. 09:00–10:30",
        "1. Föregående protokoll",
        "3. Fastställande av datum för justering",
        "4. Verksamhetsfrågor",
        "a) Information: Kulturnämndsärenden",
        "b) Samverkan: Verksamhetsplan, budget och kompetensförsörjningsplan 2025 ( bilaga 1 )",
        "7. Information till och från FG",
        "a) Information: Årsplanering förvaltningsgruppen 2025 ( bilaga 2 )",
        "12. Nästa förvaltningsgrupp",
        "Bilagor",
        "Akademikerförbundet SSR yrkanden",
        "Vid protokollet",
        "Eva Lindqvist",
        "Justerare",
        "Anna Karlsson (Arbetsgivaren)",
        "Signerat",
    ]
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found != -1, f"{part!r} missing or out of order after {text[position:][:80]!r}"
        position = found + len(part)
    assert "Ej signerat" not in text


def test_bilaga_references_link_to_the_files(signed, http):
    html = http("medarbetare").get(signed.absolute_url(), headers={"Accept": "text/html"}).text
    bilaga = signed.bilagor()[0].absolute_url() + "/@@download/file"
    assert f'href="{bilaga}">bilaga 1</a>' in html
    assert "++resource++kuf.samportal/protokoll.css" in html


def test_readers_get_no_editing_links(signed, http):
    html = http("arbetsgivare").get(signed.absolute_url(), headers={"Accept": "text/html"}).text
    assert "++add++Protokollspunkt" not in html
    assert "/edit" not in text_of(html)
    assert 'class="kuf-edit"' not in html


def test_secretary_reaches_editing_from_the_document(demo_portal, http):
    protocol = demo_portal["samverkan"]["fvg"]["protokoll-pagaende-justering"]
    html = http("sekreterare").get(protocol.absolute_url(), headers={"Accept": "text/html"}).text
    first_item = protocol.punkter()[0].absolute_url()
    assert f'href="{first_item}/edit"' in html
    assert f'href="{protocol.absolute_url()}/++add++Protokollspunkt"' in html
    assert f'href="{protocol.absolute_url()}/++add++Bilaga"' in html
    assert f'href="{protocol.bilagor()[0].absolute_url()}/edit"' in html
    assert "@@dra-tillbaka" in html


def test_draft_shows_what_blocks_sending(demo_portal, http, make_protocol):
    protocol = make_protocol(demo_portal["samverkan"]["fvg"], justerare=[])
    transaction.commit()
    html = http("arbetsgivare").get(protocol.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Protokollet kan inte skickas på justering ännu:" in html
    assert "Ange minst en justerare." in html
    assert 'value="send_to_justering"' not in html


def test_ready_draft_offers_the_send_button(demo_portal, http, make_protocol):
    protocol = make_protocol(demo_portal["samverkan"]["fvg"])
    transaction.commit()
    html = http("sekreterare").get(protocol.absolute_url(), headers={"Accept": "text/html"}).text
    assert 'value="send_to_justering"' in html
    assert "Skicka på justering" in html


def test_rest_gives_the_whole_document(signed, http):
    portal_url = api.portal.get().absolute_url()
    url = signed.absolute_url().replace(portal_url, portal_url + "/++api++")
    data = http("medarbetare").get(url).json()
    assert data["@type"] == "Protokoll"
    assert data["review_state"] == "signed"
    assert data["title"] == "Protokoll FVG 2025-01-13"
    labels = [item["label"] for item in data["punkter"]]
    assert labels[:6] == ["1", "2", "3", "4", "4 a", "4 b"]
    assert data["punkter"][5]["bilagor"] == [1]
    assert "biblioteksvärdar" in data["punkter"][5]["body"]
    assert [b["label"] for b in data["bilagor"]] == ["Bilaga 1", "Bilaga 2", "Bilaga 3"]
    assert {j["user_id"]: j["signed"] for j in data["justerare_status"]} == dict.fromkeys(
        signed.justerare, True
    )
    assert "send_to_justering_blockers" not in data
    assert len(data["present"]) == 10
    assert data["secretary"] == {"token": "sekreterare", "title": "Eva Lindqvist"}
