"""Reading Word, PDF and text, and refusing what cannot be read."""

from .conftest import MINIMAL
from .conftest import docx_bytes
import io
from kuf.samportal.importing import MAX_BYTES
from kuf.samportal.importing import ImportRefused
from kuf.samportal.importing import parse_file
from kuf.samportal.importing import read_blocks
from kuf.samportal.importing.read_docx import DocxReader
from pathlib import Path
import pytest


GOLD = Path(__file__).parent / "gold"


def refusal(data, name):
    with pytest.raises(ImportRefused) as caught:
        parse_file(data, name)
    return caught.value.message


def test_an_empty_file():
    assert refusal(b"", "p.docx") == "Filen är tom."
    assert refusal(b"  \n ", "p.txt") == "Filen är tom."


def test_a_file_over_the_limit():
    assert "för stor" in refusal(b"x" * (MAX_BYTES + 1), "p.txt")


def test_a_file_that_is_not_what_its_name_says():
    assert refusal(MINIMAL.encode(), "p.docx") == "Filen heter .docx men är ingen Word-fil."
    assert refusal(MINIMAL.encode(), "p.pdf") == "Filen heter .pdf men är ingen PDF-fil."
    pdf = (GOLD / "v07-svg-beslut.pdf").read_bytes()
    assert "ingen läsbar text" in refusal(pdf, "p.txt")


def test_old_word_and_password_protected_word():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    assert ".doc" in refusal(ole, "p.doc")
    assert "lösenordsskyddad" in refusal(ole, "p.docx")


def test_an_encrypted_pdf():
    from pypdf import PdfReader
    from pypdf import PdfWriter

    writer = PdfWriter()
    for page in PdfReader(GOLD / "v07-svg-beslut.pdf").pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemligt", owner_password="hemligt")
    output = io.BytesIO()
    writer.write(output)
    assert "lösenordsskyddad eller krypterad" in refusal(output.getvalue(), "p.pdf")


def test_a_scanned_pdf_without_text():
    from PIL import Image

    output = io.BytesIO()
    Image.new("RGB", (600, 800), "white").save(output, "PDF")
    assert refusal(output.getvalue(), "skannat.pdf") == (
        "PDF-filen innehåller ingen text – den behöver tolkas med OCR först"
    )


def test_a_broken_docx():
    data = docx_bytes(["x"])
    assert "skadad" in refusal(data[:400] + b"PK\x03\x04word/", "p.docx")


def test_a_document_without_items():
    text = "Samverkansgrupp X\n2025-03-10\n\nNärvarande:\nAnna Ek\tVision\n\nInget hände.\n"
    assert refusal(text.encode(), "p.txt").startswith("Inga numrerade punkter")


def test_the_format_comes_from_the_content():
    fmt, _blocks, _ = read_blocks((GOLD / "v07-svg-beslut.docx").read_bytes(), "utan-filandelse")
    assert fmt == "docx"
    fmt, _blocks, _ = read_blocks((GOLD / "v07-svg-beslut.pdf").read_bytes(), "")
    assert fmt == "pdf"


def test_word_numbering_is_counted_as_word_shows_it():
    blocks = DocxReader((GOLD / "v02-word-numbered-headings.docx").read_bytes()).blocks()
    labels = [b.list_label for b in blocks if b.heading_level in (1, 2) and b.list_label]
    assert labels[:6] == ["1.", "2.", "3.", "4.", "a)", "b)"]


def test_page_headers_footers_and_numbers_are_left_out():
    fmt, blocks, furniture = read_blocks((GOLD / "v09-weasyprint-two-columns.pdf").read_bytes())
    texts = [block.text for block in blocks]
    assert not any(text.startswith("Sida ") for text in texts)
    assert "Sida 1 av 7" in furniture or any(f.startswith("Sida 1 av") for f in furniture)
    _fmt, blocks, furniture = read_blocks((GOLD / "fvg-2025-01-13.docx").read_bytes())
    assert "Box 8100" in furniture  # the letterhead of the first page's header
    assert not any("Box 8100" in block.text for block in blocks)


def test_a_text_file_in_windows_encoding():
    result = parse_file(MINIMAL.replace("\n", "\r\n").encode("cp1252"), "p.txt")
    assert result.protokoll.punkter[0].heading == "Föregående protokoll"


def test_a_zip_bomb_is_not_unpacked():
    import zipfile

    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" + b" " * (210 * 1024 * 1024) + b">")
    assert "packas upp till mer än" in refusal(output.getvalue(), "p.docx")
