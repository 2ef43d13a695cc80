"""A protocol as a Word file (python-docx), in the layout the parser reads:
the secretary takes a draft out of the portal, edits it in Word and imports
it again. The round trip Word → structure → Word → structure loses nothing
(tests/importing/test_roundtrip.py).

Layout: "Protokoll – <grupp>", labelled lines (Datum, Tid, Plats), the
attendance as tables with a header row, the justering schedule and the next
meeting as labelled lines, items in Word's heading styles ("4. Rubrik",
"a) Information: Rubrik (bilaga 1)"), bodies as paragraphs, lists and
tables, "Bilagor:" with one numbered line each, and the signatures in a
two-column table.
"""

from docx import Document
from docx.shared import Pt
from html.parser import HTMLParser
import io
from kuf.samportal.importing import swedish
from kuf.samportal.importing.model import Protocol


ATTENDANCE = (
    ("present", "Närvarande"),
    ("absent", "Förhinder"),
    ("adjunct", "Adjungerade"),
)
COLUMNS = ("Namn", "Titel eller roll", "Part", "Anmärkning")


class BodyWriter(HTMLParser):
    """The parser's body HTML (p, ul, ol, li, strong, em, table, br) as Word."""

    def __init__(self, document):
        super().__init__(convert_charrefs=True)
        self.document = document
        self.paragraph = None
        self.lists = []
        self.bold = 0
        self.italic = 0
        self.table_rows = None
        self.cell = None

    def new_paragraph(self, style=None):
        if self.cell is not None:
            container = self.cell
            if container["paragraphs"] and not container["used"]:
                self.paragraph = container["paragraphs"][-1]
            else:
                self.paragraph = container["cell"].add_paragraph()
                container["paragraphs"].append(self.paragraph)
            container["used"] = True
            return
        self.paragraph = self.document.add_paragraph(style=style)

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self.new_paragraph()
        elif tag in ("ul", "ol"):
            self.lists.append(tag)
        elif tag == "li":
            self.new_paragraph("List Bullet" if self.lists[-1:] == ["ul"] else "List Number")
        elif tag == "strong":
            self.bold += 1
        elif tag == "em":
            self.italic += 1
        elif tag == "table":
            self.table_rows = []
        elif tag == "tr":
            self.table_rows.append([])
        elif tag == "td":
            self.table_rows[-1].append([])
            self.cell_parts = self.table_rows[-1][-1]
        elif tag == "br" and self.table_rows is not None:
            self.cell_parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("p", "li"):
            self.paragraph = None
        elif tag in ("ul", "ol"):
            self.lists.pop()
        elif tag == "strong":
            self.bold -= 1
        elif tag == "em":
            self.italic -= 1
        elif tag == "table":
            self.write_table(self.table_rows)
            self.table_rows = None

    def handle_data(self, data):
        if self.table_rows is not None:
            if self.table_rows and self.table_rows[-1]:
                self.cell_parts.append((data, self.bold > 0, self.italic > 0))
            return
        if self.paragraph is None:
            if not data.strip():
                return
            self.new_paragraph()
        run = self.paragraph.add_run(data)
        run.bold = self.bold > 0 or None
        run.italic = self.italic > 0 or None

    def write_table(self, rows):
        width = max((len(row) for row in rows), default=0)
        if not width:
            return
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, parts in zip(row.cells, cells, strict=False):
                paragraph = cell.paragraphs[0]
                for part in parts:
                    if part == "\n":
                        paragraph = cell.add_paragraph()
                        continue
                    text, bold, italic = part
                    run = paragraph.add_run(text)
                    run.bold = bold or None
                    run.italic = italic or None


def label_line(document, label: str, value: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}:").bold = True
    paragraph.add_run(f" {value}")


def attendance_table(document, rows):
    table = document.add_table(rows=1 + len(rows), cols=len(COLUMNS))
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, COLUMNS, strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for row, person in zip(table.rows[1:], rows, strict=True):
        values = (
            person.name,
            person.role,
            swedish.PARTY_TITLES.get(person.party, "") if person.party else "",
            person.note,
        )
        for cell, value in zip(row.cells, values, strict=True):
            cell.paragraphs[0].add_run(value or "")


def signature_table(document, protocol: Protocol):
    signers = []
    if protocol.secretary_name:
        signers.append(("Vid protokollet", protocol.secretary_name))
    signers.extend(("Justerare", name) for name in protocol.justerare_names)
    if not signers:
        return
    rows = (len(signers) + 1) // 2
    table = document.add_table(rows=rows, cols=2)
    for index, (label, name) in enumerate(signers):
        cell = table.rows[index // 2].cells[index % 2]
        cell.paragraphs[0].add_run(label)
        cell.add_paragraph("")
        cell.add_paragraph("……………………………………")
        cell.add_paragraph(name)


def heading_text(punkt) -> str:
    label = f"{punkt.letter})" if punkt.letter else f"{punkt.number}."
    text = f"{label} {swedish.kind_prefix(punkt.kind, punkt.raised_by)}{punkt.heading}"
    refs = swedish.format_bilaga_refs(punkt.bilagor)
    return f"{text} {refs}" if refs else text


def write_docx(protocol: Protocol) -> bytes:
    document = Document()
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    title = "Protokoll"
    if protocol.group_name:
        title = f"Protokoll – {protocol.group_name}"
    document.add_paragraph(title, style="Title")
    if protocol.meeting_date:
        label_line(document, "Datum", protocol.meeting_date.isoformat())
    if protocol.start_time:
        span = swedish.format_time(protocol.start_time)
        if protocol.end_time:
            span += f"–{swedish.format_time(protocol.end_time)}"
        label_line(document, "Tid", f"kl. {span}")
    if protocol.place:
        label_line(document, "Plats", protocol.place)
    for field, label in ATTENDANCE:
        rows = getattr(protocol, field)
        document.add_paragraph().add_run(f"{label}:").bold = True
        if rows:
            attendance_table(document, rows)
    if protocol.sent_out:
        label_line(document, "Protokollet skickas ut", protocol.sent_out.isoformat())
    if protocol.comment_deadline:
        deadline = protocol.comment_deadline.astimezone(swedish_zone())
        label_line(document, "Synpunkter senast", f"{deadline:%Y-%m-%d} kl. {deadline:%H:%M}")
    if protocol.signing_date:
        label_line(document, "Signeras", protocol.signing_date.isoformat())
    if protocol.next_meeting_date:
        parts = [protocol.next_meeting_date.isoformat()]
        if protocol.next_meeting_time:
            parts.append(f"kl. {swedish.format_time(protocol.next_meeting_time)}")
        value = " ".join(parts)
        if protocol.next_meeting_place:
            value += f", {protocol.next_meeting_place}"
        label_line(document, "Nästa möte", value)
    for punkt in protocol.punkter:
        document.add_paragraph(
            heading_text(punkt), style="Heading 2" if punkt.letter else "Heading 1"
        )
        if punkt.text:
            writer = BodyWriter(document)
            writer.feed(punkt.text)
            writer.close()
    if protocol.bilagor:
        document.add_paragraph().add_run("Bilagor:").bold = True
        for bilaga in protocol.bilagor:
            document.add_paragraph(f"{bilaga.number}. {bilaga.title}")
    signature_table(document, protocol)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def swedish_zone():
    from kuf.samportal.importing.model import TIMEZONE

    return TIMEZONE
