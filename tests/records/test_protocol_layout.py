"""Issue 17: the record looks like a Swedish municipal protocol (letterhead,
"PROTOKOLL", date/time/place at the top, running header "2 (5)", no empty
headings, the justering schedule, the next meeting, bilagor, signatures),
is tagged for screen readers and stays PDF/A."""

from datetime import date
from datetime import time
from io import BytesIO
import os
from pathlib import Path
from plone import api
from pypdf import PdfReader
import pytest
import transaction


@pytest.fixture
def rendered(in_justering, http):
    with api.env.adopt_roles(["Manager"]):
        in_justering.present = [
            {"name": "Anna Karlsson", "role": "Administrativ chef", "party": "arbetsgivaren"},
            {"name": "Karin Nyström", "role": "Saco", "party": "saco", "note": "punkt 4–12"},
        ]
        in_justering.absent = [{"name": "Helena Ström", "role": "Ledarna", "party": "ledarna"}]
        in_justering.adjunct = []
        in_justering.next_meeting_date = date(2026, 6, 1)
        in_justering.next_meeting_time = time(9, 0)
        in_justering.next_meeting_place = "Kulturhuset"
    transaction.commit()
    response = http("saco").get(in_justering.absolute_url() + "/@@protokoll.pdf")
    assert response.status_code == 200, response.text[:300]
    if os.environ.get("KUF_PDF_OUT"):  # to look at it: pdftoppm -png
        Path(os.environ["KUF_PDF_OUT"]).write_bytes(response.content)
    return response.content


def pages_of(pdf_bytes):
    return [page.extract_text() for page in PdfReader(BytesIO(pdf_bytes)).pages]


def test_the_first_page_is_a_protocol_with_its_letterhead(rendered):
    first = pages_of(rendered)[0]
    assert "PROTOKOLL" in first
    assert "Kulturförvaltningen" in first
    assert "Kulturförvaltningens förvaltningsgrupp" in first
    for label in ("Datum", "Tid", "Plats", "09.00–10.30", "Askebykroken"):
        assert label in first, label


def test_later_pages_carry_the_running_header(rendered):
    pages = pages_of(rendered)
    total = len(pages)
    assert total >= 2
    second = pages[1]
    assert f"2 ({total})" in second
    assert "Kulturförvaltningens förvaltningsgrupp" in second
    assert f"1 ({total})" in pages[0]


def test_no_empty_headings_and_the_schedule_and_next_meeting(rendered):
    text = "\n".join(pages_of(rendered))
    assert "Närvarande" in text
    assert "Förhinder" in text
    assert "Adjungerade" not in text
    assert "Justering" in text
    assert "Synpunkter senast" in text
    assert "Protokollet skickas ut" in text
    assert "Signering" in text
    assert "Nästa sammanträde" in text
    assert "måndag 1 juni 2026, kl. 09.00, Kulturhuset" in text
    assert "Vid protokollet" in text


def test_the_pdf_is_pdfa_and_tagged(rendered):
    reader = PdfReader(BytesIO(rendered))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert "pdfaid" in xmp
    assert 'pdfaid:part="3"' in xmp
    assert 'pdfaid:conformance="A"' in xmp  # PDF/A-3a: accessible (tagged)
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert root["/Lang"] == "sv"


def test_the_seed_protocol_lists_its_bilagor_and_sub_items(demo_portal):
    from kuf.samportal.record import render_pdf

    signed = demo_portal["samverkan"]["fvg"]["protokoll-2025-01-13"]
    data = render_pdf(signed, demo_portal.REQUEST)
    if os.environ.get("KUF_PDF_OUT"):
        Path(os.environ["KUF_PDF_OUT"]).with_suffix(".seed.pdf").write_bytes(data)
    pages = pages_of(data)
    text = "\n".join(pages)
    assert "Bilagor" in text
    assert "Adjungerade" not in text
    assert "måndag 10 februari 2025, kl. 09.00, Askebykroken" in text
    assert f"2 ({len(pages)})" in pages[1]
