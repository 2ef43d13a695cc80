"""The words inside uploaded PDF and Word files, for the search index.

pypdf and python-docx are pure Python: no converter programs to install
on the server, and a file that cannot be read gives no words rather than
an error.
"""

from io import BytesIO
import logging


logger = logging.getLogger("kuf.samportal.filetext")

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(BytesIO(data))
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(paragraphs + cells)


def file_text(data: bytes, content_type: str, filename: str = "") -> str:
    name = (filename or "").lower()
    try:
        if content_type == "application/pdf" or name.endswith(".pdf"):
            return pdf_text(data)
        if content_type == DOCX or name.endswith(".docx"):
            return docx_text(data)
        if (content_type or "").startswith("text/"):
            return data.decode("utf-8", errors="replace")
    except Exception:  # noqa: BLE001 - a broken upload must not stop indexing
        logger.warning("Could not read the text of %s", filename, exc_info=True)
    return ""
