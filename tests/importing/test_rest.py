"""POST <samverkansgrupp>/@protokollimport over real HTTP."""

import base64
from datetime import date
from kuf.samportal.importing import parse_file
from kuf.samportal.importing.model import Attendee
from kuf.samportal.importing.model import BilagaRef
from kuf.samportal.importing.model import Protocol
from kuf.samportal.importing.model import Punkt
from kuf.samportal.importing.write_docx import write_docx
from pathlib import Path
from plone import api
import pytest
from tests.helpers import rest_url
import transaction


GOLD = Path(__file__).parent / "gold"


def payload(data: bytes, filename: str, **options):
    return {
        "file": {
            "data": base64.b64encode(data).decode(),
            "encoding": "base64",
            "filename": filename,
            "content-type": "application/octet-stream",
        },
        **options,
    }


def demo_protocol() -> bytes:
    """A protocol written by the FVG's secretary, naming the demo's people."""
    return write_docx(
        Protocol(
            group_name="Kulturförvaltningens förvaltningsgrupp",
            meeting_date=date(2026, 3, 9),
            place="Askebykroken",
            present=[
                Attendee("Anna Karlsson", "Administrativ chef", "arbetsgivaren"),
                Attendee("Karin Nyström", "Saco", "saco"),
                Attendee("Lena Sjöberg", "DIK", "dik", "punkt 2"),
            ],
            punkter=[
                Punkt(1, "", None, "Föregående protokoll", None, "<p>Lades till handlingarna.</p>"),
                Punkt(2, "", "anmald_fraga", "Sociala medier", "dik", "<p>DIK frågade.</p>", [1]),
            ],
            bilagor=[BilagaRef(1, "Frågor från DIK"), BilagaRef(2, "Svar från arbetsgivaren")],
            secretary_name="Eva Lindqvist",
            justerare_names=["Karin Nyström", "Okänd Person"],
        )
    )


@pytest.fixture
def fvg(demo_portal):
    return demo_portal["samverkan"]["fvg"]


def protocols_in(group):
    return sorted(obj.getId() for obj in group.objectValues() if obj.portal_type == "Protokoll")


def test_a_dry_run_previews_and_creates_nothing(fvg, http):
    before = protocols_in(fvg)
    seed = (GOLD / "fvg-2025-01-13.docx").read_bytes()
    response = http("sekreterare").post(
        rest_url(fvg, "/@protokollimport"), json=payload(seed, "protokoll.docx", dry_run=True)
    )
    assert response.status_code == 200, response.text
    body = response.json()
    protocol = body["protokoll"]
    assert protocol["meeting_date"] == "2025-01-13"
    assert protocol["start_time"] == "09:00:00"
    assert protocol["comment_deadline"] == "2025-01-16T12:00:00+01:00"
    assert len(protocol["punkter"]) == 21
    assert protocol["punkter"][5]["kind"] == "samverkan"
    assert protocol["punkter"][5]["bilagor"] == [1]
    assert [b["title"] for b in protocol["bilagor"]][1] == "Årshjul förvaltningsgrupp KuF 2025"
    assert protocol["present"][4] == {
        "name": "Patrick Linderoth",
        "role": "DIK och skyddsombud",
        "party": "dik",
        "note": "",
        "user_id": None,
    }
    assert protocol["secretary_name"] == "Annasara Yderstedt Karlsson"
    assert protocol["justerare_names"][0] == "Maria Jansén"
    assert body["warnings"] == []
    assert body["missing_bilagor"] == [1, 2, 3]
    transaction.begin()
    assert protocols_in(fvg) == before


def test_a_new_protocol_becomes_a_draft_with_people_matched(fvg, http):
    session = http("sekreterare")
    response = session.post(
        rest_url(fvg, "/@protokollimport"),
        json={
            **payload(demo_protocol(), "protokoll.docx", dry_run=False),
            "bilaga_files": [
                {
                    "data": base64.b64encode(b"%PDF-1.4 fragor").decode(),
                    "filename": "Bilaga 1 Frågor.pdf",
                },
                {"data": base64.b64encode(b"annat").decode(), "filename": "program.pdf"},
            ],
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["review_state"] == "draft"
    assert body["missing_bilagor"] == [2]
    assert body["unmatched_files"] == ["program.pdf"]
    assert [p["user_id"] for p in body["protokoll"]["present"]] == ["arbetsgivare", "saco", "dik"]
    created = session.get(body["@id"].replace("/samportal/", "/samportal/++api++/", 1)).json()
    assert created["review_state"] == "draft"
    assert created["meeting_date"] == "2026-03-09"
    assert created["justerare"] == ["saco"]
    assert created["justerare_names"] == ["Okänd Person"]
    assert created["secretary"]["token"] == "sekreterare"
    item = created["punkter"][1]
    assert (item["kind"], item["raised_by"], item["heading"]) == (
        "anmald_fraga",
        "dik",
        "Sociala medier",
    )
    assert item["title"] == "2. Anmäld fråga från DIK: Sociala medier"
    assert item["bilagor"] == [1]
    assert created["present"][2]["note"] == "punkt 2"
    bilaga = session.get(created["bilagor"][0]["download"])
    assert bilaga.content == b"%PDF-1.4 fragor"
    page = http("sekreterare").get(body["@id"], headers={"Accept": "text/html"})
    assert "Anmäld fråga från DIK: Sociala medier" in page.text
    assert "(fil saknas)" in page.text


def test_a_historical_protocol_is_archived_with_its_original(fvg, http):
    original = (GOLD / "fvg-2025-01-13.pdf").read_bytes()
    response = http("sekreterare").post(
        rest_url(fvg, "/@protokollimport"),
        json=payload(original, "Protokoll FVG 2025-01-13.pdf", dry_run=False, historical=True),
    )
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    assert response.json()["review_state"] == "arkiverat"
    reader = http("medarbetare")
    record = reader.get(url.replace("/samportal/", "/samportal/++api++/", 1)).json()
    assert record["review_state"] == "arkiverat"
    assert record["signing_date"] == "2025-01-20"
    assert record["secretary"] is None
    assert record["secretary_name"] == "Annasara Yderstedt Karlsson"
    assert record["justerare"] == []
    assert len(record["justerare_names"]) == 7
    import hashlib

    assert record["original"]["sha256"] == hashlib.sha256(original).hexdigest()
    assert reader.get(record["original"]["download"]).content == original
    page = reader.get(url, headers={"Accept": "text/html"}).text
    assert "Justerat utanför portalen" in page
    assert hashlib.sha256(original).hexdigest() in page
    # read-only for everyone, never deleted
    for user in ("sekreterare", "admin"):
        session = http(user)
        patched = session.patch(
            url.replace("/samportal/", "/samportal/++api++/", 1), json={"place": "Annat"}
        )
        assert patched.status_code in (401, 403), (user, patched.status_code)
        deleted = session.delete(url.replace("/samportal/", "/samportal/++api++/", 1))
        assert deleted.status_code in (401, 403), (user, deleted.status_code)
    # the same file again is recognised and not duplicated
    again = http("sekreterare").post(
        rest_url(fvg, "/@protokollimport"),
        json=payload(original, "kopia.pdf", dry_run=False, historical=True),
    )
    assert again.status_code == 409
    assert again.json()["error"]["message"] == "Filen är redan inläst i gruppen."
    assert again.json()["error"]["@id"] == url


def test_only_those_who_may_add_a_protocol(fvg, http):
    before = protocols_in(fvg)
    seed = (GOLD / "v07-svg-beslut.docx").read_bytes()
    for user in (None, "medarbetare", "saco", "hr"):
        response = http(user).post(
            rest_url(fvg, "/@protokollimport"), json=payload(seed, "p.docx", dry_run=False)
        )
        assert response.status_code in (401, 403), (user, response.status_code)
    transaction.begin()
    assert protocols_in(fvg) == before


def scanned_pdf() -> bytes:
    import io
    from PIL import Image

    output = io.BytesIO()
    Image.new("RGB", (200, 300), "white").save(output, "PDF")
    return output.getvalue()


BAD = [
    (b"", "p.docx", {}, "Filen är tom."),
    (b"Bara text", "p.docx", {}, "Filen heter .docx men är ingen Word-fil."),
    (None, "skannat.pdf", {}, "PDF-filen innehåller ingen text – den behöver tolkas med OCR först"),
    (b"Samverkansgrupp\n2025-03-10\n\nInget hande.\n", "p.txt", {}, "Inga numrerade punkter"),
    (b"Grupp\n\n1. Punkt\nText.\n", "p.txt", {"historical": True}, "behöver sitt mötesdatum"),
]


def test_bad_input_is_refused_in_swedish_and_nothing_is_created(fvg, http):
    before = protocols_in(fvg)
    session = http("sekreterare")
    for data, name, options, message in BAD:
        data = scanned_pdf() if data is None else data
        response = session.post(
            rest_url(fvg, "/@protokollimport"), json=payload(data, name, dry_run=False, **options)
        )
        assert response.status_code == 400, (name, response.text)
        assert message in response.json()["error"]["message"], response.json()
    for body in ({"file": "x"}, {"file": {"data": "!!ej base64!!", "filename": "p.docx"}}, []):
        response = session.post(rest_url(fvg, "/@protokollimport"), json=body)
        assert response.status_code == 400, response.text
        answer = response.json()
        # A body that is no JSON object is refused at the door (inputguard).
        message = answer.get("error", answer)["message"]
        assert "Skicka dokumentet" in message or "JSON-objekt" in message, message
    transaction.begin()
    assert protocols_in(fvg) == before


def test_word_out_of_the_portal_and_into_the_same_draft(fvg, http):
    """Word → portal → Word → portal: nothing lost; only a draft is replaced."""
    session = http("sekreterare")
    seed = (GOLD / "fvg-2025-01-13.docx").read_bytes()
    created = session.post(
        rest_url(fvg, "/@protokollimport"), json=payload(seed, "p.docx", dry_run=False)
    ).json()
    exported = session.get(f"{created['@id']}/@@protokoll.docx")
    assert exported.status_code == 200
    assert exported.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    first = parse_file(seed, "p.docx").protokoll
    again = parse_file(exported.content, "p.docx").protokoll
    assert again == first
    # edit in Word: a heading changes; import into the same draft
    edited = Protocol.from_json(again.to_json())
    edited.punkter[0].heading = "Föregående protokoll från december"
    replaced = session.post(
        rest_url(fvg, "/@protokollimport"),
        json=payload(write_docx(edited), "p.docx", dry_run=False, replace=created["UID"]),
    )
    assert replaced.status_code == 200, replaced.text
    assert replaced.json()["@id"] == created["@id"]
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        draft = api.content.get(UID=created["UID"])
        assert draft.punkter()[0].heading == "Föregående protokoll från december"
        assert len(draft.punkter()) == 21
        assert len(draft.bilagor()) == 3
        assert protocols_in(fvg).count(draft.getId()) == 1
    # refused on a protocol in justering and on a signed one
    for protocol_id in ("protokoll-pagaende-justering", "protokoll-2025-01-13"):
        uid = fvg[protocol_id].UID()
        refused = session.post(
            rest_url(fvg, "/@protokollimport"),
            json=payload(write_docx(edited), "p.docx", dry_run=False, replace=uid),
        )
        assert refused.status_code == 409, refused.text
        assert "Bara ett utkast" in refused.json()["error"]["message"]


def test_corrections_are_checked_against_the_vocabularies(fvg, http):
    seed = (GOLD / "v07-svg-beslut.docx").read_bytes()
    session = http("sekreterare")
    corrected = session.post(
        rest_url(fvg, "/@protokollimport"),
        json=payload(
            seed,
            "p.docx",
            protokoll={"place": "Rättad plats", "punkter": [{"heading": "Rättad rubrik"}]},
        ),
    )
    assert corrected.status_code == 200
    assert corrected.json()["protokoll"]["place"] == "Rättad plats"
    assert corrected.json()["protokoll"]["punkter"][0]["heading"] == "Rättad rubrik"
    assert corrected.json()["protokoll"]["punkter"][0]["text"]  # the body stays as parsed
    for bad in (
        {"present": [{"name": "A B", "party": "hackare"}]},
        {"punkter": [{"kind": "okänd"}]},
        {"punkter": [{"letter": "<script>"}]},
        {"meeting_date": "igår"},
        {"present": [{"namn": "fel fält"}]},
    ):
        refused = session.post(
            rest_url(fvg, "/@protokollimport"), json=payload(seed, "p.docx", protokoll=bad)
        )
        assert refused.status_code == 400, (bad, refused.text)
        assert "Ett rättat värde kunde inte läsas" in refused.json()["error"]["message"]


def test_nobody_archives_a_draft_by_hand(fvg, http, make_protocol):
    """Only the import enters arkiverat (a record without justering)."""
    draft = make_protocol(fvg, id="for-hand", justerare=[])
    transaction.commit()
    for user in ("sekreterare", "admin"):
        response = http(user).post(rest_url(draft, "/@workflow/archive"))
        assert response.status_code >= 400, (user, response.text)
        page = http(user).post(
            f"{draft.absolute_url()}/content_status_modify",
            data={"workflow_action": "archive"},
            headers={"Accept": "text/html"},
        )
        assert page.status_code in (200, 302, 400, 403, 404)
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(fvg["for-hand"]) == "draft"


def test_base64_with_line_breaks_is_read(fvg, http):
    seed = (GOLD / "v06-apt-no-subitems.docx").read_bytes()
    wrapped = base64.encodebytes(seed).decode()  # 76 characters a line
    response = http("sekreterare").post(
        rest_url(fvg, "/@protokollimport"),
        json={"file": {"data": wrapped, "encoding": "base64", "filename": "apt.docx"}},
    )
    assert response.status_code == 200, response.text
    assert len(response.json()["protokoll"]["punkter"]) == 8
