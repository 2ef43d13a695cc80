"""Protocols from Word, PDF and text: the parser (plain Python, no Zope).

``parse_file(data, filename)`` reads the file into blocks (read_docx,
read_pdf, read_text), recognises the protocol in them (parser) and returns
a ``ParseResult``: the protocol in the REST contract's field names and the
warnings. A file that cannot be read raises ``ImportRefused`` with a
Swedish message. The Plone side (the @protokollimport service, the import
page, the historical state) is in the modules that import Zope:
``creation``, ``service``, ``views``, ``staging``.
"""

from kuf.samportal.importing.errors import MAX_BYTES
from kuf.samportal.importing.errors import ImportRefused
from kuf.samportal.importing.model import ParseResult


__all__ = ["MAX_BYTES", "ImportRefused", "ParseResult", "parse_file", "sniff_format"]

ZIP = b"PK\x03\x04"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_format(data: bytes, filename: str = "") -> str:
    """ "docx", "pdf" or "text" from the content, checked against the name."""
    from kuf.samportal.importing import errors

    name = (filename or "").lower()
    if not data or not data.strip():
        raise ImportRefused(errors.EMPTY, "empty")
    if len(data) > MAX_BYTES:
        raise ImportRefused(errors.TOO_LARGE.format(limit=MAX_BYTES // (1024 * 1024)), "too_large")
    head = data[:1024]
    if name.endswith((".docx", ".docm", ".doc", ".dotx")):
        if data.startswith(OLE):
            raise ImportRefused(errors.OLD_WORD, "old_word")
        if not data.startswith(ZIP) or b"word/" not in data[:65536] + data[-65536:]:
            raise ImportRefused(errors.NOT_DOCX, "wrong_type")
        return "docx"
    if name.endswith(".pdf"):
        if b"%PDF-" not in head:
            raise ImportRefused(errors.NOT_PDF, "wrong_type")
        return "pdf"
    if name.endswith((".txt", ".text", ".md")):
        if data.startswith((ZIP, OLE)) or b"%PDF-" in head[:8]:
            raise ImportRefused(errors.NOT_TEXT, "wrong_type")
        return "text"
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(ZIP):
        return "docx"
    if data.startswith(OLE):
        raise ImportRefused(errors.OLD_WORD, "old_word")
    raise ImportRefused(errors.UNKNOWN_FORMAT, "wrong_type")


def read_blocks(data: bytes, filename: str = ""):
    """(format, blocks, furniture) of a file."""
    fmt = sniff_format(data, filename)
    if fmt == "docx":
        from kuf.samportal.importing.read_docx import DocxReader

        reader = DocxReader(data)
        return fmt, reader.blocks(), reader.furniture()
    if fmt == "pdf":
        from kuf.samportal.importing.read_pdf import PdfReader

        blocks, furniture = PdfReader(data).blocks()
        return fmt, blocks, furniture
    from kuf.samportal.importing.read_text import decode
    from kuf.samportal.importing.read_text import text_blocks

    blocks, furniture = text_blocks(decode(data))
    return fmt, blocks, furniture


def parse_file(data: bytes, filename: str = "") -> ParseResult:
    from kuf.samportal.importing.parser import Parser

    fmt, blocks, furniture = read_blocks(data, filename)
    result = Parser(blocks, furniture).parse()
    result.format = fmt
    return result
