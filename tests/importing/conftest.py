"""Helpers for the import tests: small Word files and text protocols."""

from docx import Document
import functools
import io
import pytest


def docx_bytes(paragraphs) -> bytes:
    """A Word file from (text, options) pairs; options: style, bold, table."""
    document = Document()
    for entry in paragraphs:
        text, options = entry if isinstance(entry, tuple) else (entry, {})
        if "table" in options:
            rows = options["table"]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
            continue
        paragraph = document.add_paragraph(style=options.get("style"))
        run = paragraph.add_run(text)
        run.bold = options.get("bold") or None
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


MINIMAL = """Samverkansgrupp Kulturskolan
2025-03-10

Närvarande:
Anna Ek\tEnhetschef
Per Holm\tVision

1. Föregående protokoll
Lades till handlingarna.

2. Övriga frågor
Inget att notera.
"""


@pytest.fixture
def minimal_text():
    return MINIMAL


@functools.cache
def parsed(path):
    """Each gold document is parsed once per test run (the accuracy and the
    round-trip tests share it)."""
    from kuf.samportal.importing import parse_file

    return parse_file(path.read_bytes(), path.name)
