"""Write the gold set: each protocol of gold_protocols.py as a realistic
Word file, PDF or text in one layout, with its expected structure as JSON.

Run once when the set changes (the files are committed; the tests do not
need LibreOffice):

    .venv/bin/python tests/importing/make_gold.py

Word files are written with python-docx; PDFs are converted from them with
LibreOffice headless (``apt-get install libreoffice-writer-nogui``), one
is rendered from HTML by WeasyPrint.
"""

from copy import deepcopy
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.ns import qn
from docx.shared import Cm
from docx.shared import Pt
import gold_protocols as gp
from html import escape
import io
import json
from kuf.samportal.importing import swedish
from kuf.samportal.importing.write_docx import BodyWriter
from pathlib import Path
import shutil
import subprocess
import sys
import tempfile


GOLD = gp.GOLD
SEED = Path("/work/shared/seeds/fvg-protokoll-2025-01-13-med-bilagor.txt")
LETTERHEAD = [
    "Kulturförvaltningen",
    "Askebykroken 13",
    "Box 8100",
    "163 08 Spånga",
    "Växel: 08 – 508 31 900",
    "kultur.stockholm",
]
PARTY = swedish.PARTY_TITLES


# -- python-docx helpers ---------------------------------------------------------


def new_document():
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2.5)
    return document


def para(document_or_cell, text="", bold=False, size=None, style=None, tabs=(), indent=None):
    paragraph = document_or_cell.add_paragraph(style=style)
    for position in tabs:
        paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.LEFT)
    if indent is not None:
        paragraph.paragraph_format.left_indent = Cm(indent)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    return paragraph


def field(paragraph, instruction):
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def page_numbers(paragraph, style="parens"):
    """ "1 (5)" or "Sida 1 av 5" from Word's PAGE and NUMPAGES fields."""
    if style == "parens":
        field(paragraph, "PAGE")
        paragraph.add_run(" (")
        field(paragraph, "NUMPAGES")
        paragraph.add_run(")")
    else:
        paragraph.add_run("Sida ")
        field(paragraph, "PAGE")
        paragraph.add_run(" av ")
        field(paragraph, "NUMPAGES")


def furniture(document, letterhead=True, running=None, numbers="parens"):
    section = document.sections[0]
    if letterhead:
        section.different_first_page_header_footer = True
        header = section.first_page_header
        header.paragraphs[0].text = LETTERHEAD[0]
        header.paragraphs[0].runs[0].bold = True
        for line in LETTERHEAD[1:]:
            header.add_paragraph(line)
        number = section.first_page_footer.paragraphs[0]
        number.alignment = 2
        page_numbers(number, numbers)
    if running:
        section.header.paragraphs[0].text = running
    footer = section.footer.paragraphs[0]
    footer.alignment = 2
    page_numbers(footer, numbers)


class Numbering:
    """Word's own list numbering (numbering.xml), as Word writes it."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.next_abstract = 100
        self.next_num = 100

    def add(self, levels):
        """``levels``: (numFmt, lvlText) per level; returns the numId."""
        abstract_id, num_id = self.next_abstract, self.next_num
        self.next_abstract += 1
        self.next_num += 1
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{360 + 360 * i}" w:hanging="360"/></w:pPr></w:lvl>'
            for i, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>'
        )
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.root.append(abstract)
        self.root.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        return num_id


def numbered(paragraph, num_id, level=0):
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id


def body(document, html):
    if html:
        writer = BodyWriter(document)
        writer.feed(html)
        writer.close()


def prefix(punkt):
    return swedish.kind_prefix(punkt.kind, punkt.raised_by)


def refs(punkt, style="paren"):
    """The bilaga references of a heading, in one of the ways protocols write them."""
    numbers = punkt.bilagor
    if not numbers:
        return ""
    if style == "och" and len(numbers) == 2:
        return f" (bilaga {numbers[0]} och {numbers[1]})"
    if len(numbers) > 2 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f" (bilaga {numbers[0]}–{numbers[-1]})"
    return f" (bilaga {', '.join(map(str, numbers))})"


def heading_line(punkt, style="paren"):
    return f"{prefix(punkt)}{punkt.heading}{refs(punkt, style)}"


def time_span(protocol, sep="-", colon=":"):
    start = f"{protocol.start_time:%H}{colon}{protocol.start_time:%M}"
    end = f"{protocol.end_time:%H}{colon}{protocol.end_time:%M}"
    return f"{start}{sep}{end}"


def signature_lines(document, protocol):
    """ "Vid protokollet<TAB>Justerare" over the names, two by two."""
    signers = [("Vid protokollet", protocol.secretary_name)] + [
        ("Justerare", name) for name in protocol.justerare_names
    ]
    for index in range(0, len(signers), 2):
        pair = signers[index : index + 2]
        para(document)
        para(document, "\t".join(label for label, _ in pair), tabs=[8])
        para(document)
        para(document, "\t".join("……………………………" for _ in pair), tabs=[8])
        para(document, "\t".join(name for _, name in pair), tabs=[8])


def signature_table(document, protocol, with_party=False):
    signers = [("Vid protokollet", protocol.secretary_name, "")] + [
        ("Justerare", name, party_of(protocol, name)) for name in protocol.justerare_names
    ]
    table = document.add_table(rows=(len(signers) + 1) // 2, cols=2)
    for index, (label, name, party) in enumerate(signers):
        cell = table.rows[index // 2].cells[index % 2]
        cell.paragraphs[0].add_run(label).bold = True
        para(cell)
        para(cell)
        para(cell, "_____________________________")
        para(cell, name)
        if with_party and party:
            para(cell, party)


def party_of(protocol, name):
    for person in protocol.attendees():
        if person.name == name:
            return PARTY.get(person.party, "") if person.party else person.role
    return ""


def attendance_tabbed(
    document, protocol, with_labels=("Närvarande:", "Förhinder:", "Adjungerade:")
):
    for label, rows in zip(
        with_labels, (protocol.present, protocol.absent, protocol.adjunct), strict=True
    ):
        para(document, label, bold=True)
        for person in rows:
            note = f" ({person.note})" if person.note else ""
            para(document, f"{person.name}\t{person.role}{note}", tabs=[6.5])
        para(document)


def bilagor_typed(document, protocol, form="{n}. {title}"):
    if not protocol.bilagor:
        return
    para(document, "Bilagor:", bold=True)
    for bilaga in protocol.bilagor:
        para(document, form.format(n=bilaga.number, title=bilaga.title))


def save(document) -> bytes:
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


# -- the layouts -------------------------------------------------------------------


def classic(protocol, letterhead_in_body=False, signatures="lines", bilagor="typed"):
    """As the KuF protocols look: group and date, tab-separated attendance,
    typed bold numbers, bold sub-items, bullets, typed bilagor, signatures
    in two columns set with tabs; letterhead and "1 (5)" in the header/footer."""
    document = new_document()
    furniture(document, letterhead=not letterhead_in_body)
    if letterhead_in_body:
        for line in LETTERHEAD:
            para(document, line, size=9)
        para(document)
    para(document, protocol.group_name, bold=True, size=14)
    para(document, protocol.meeting_date.isoformat(), bold=True)
    para(document)
    attendance_tabbed(document, protocol)
    para(document, "Tidpunkt:", bold=True)
    para(document, f"Kl. {time_span(protocol)}")
    para(document)
    para(document, "Plats:", bold=True)
    para(document, protocol.place)
    para(document)
    for punkt in protocol.punkter:
        if punkt.letter:
            para(document, f"{punkt.letter}) {heading_line(punkt)}", bold=True, indent=0.6)
        else:
            para(document, f"{punkt.number}. {heading_line(punkt)}", bold=True)
        body(document, punkt.text)
    if bilagor == "typed":
        bilagor_typed(document, protocol)
    if signatures == "lines":
        signature_lines(document, protocol)
    else:
        para(document)
        signature_table(document, protocol, with_party=True)
    return save(document)


def heading_styles(protocol, word_numbering=False, attendance="table", header_row=False):
    """Items in Word's heading styles: numbers typed, or Word's own numbering."""
    document = new_document()
    furniture(document, letterhead=True)
    para(document, "Protokoll", style="Title")
    para(document, protocol.group_name, bold=True, size=13)
    para(document, f"Datum: {protocol.meeting_date.isoformat()}")
    para(document, f"Tid: {time_span(protocol, '–', '.')}")
    para(document, f"Plats: {protocol.place}")
    for label, rows in (
        ("Närvarande", protocol.present),
        ("Förhinder", protocol.absent),
        ("Adjungerade", protocol.adjunct),
    ):
        para(document, label, style="Heading 3")
        if attendance == "table" and rows:
            table = document.add_table(
                rows=len(rows) + int(header_row), cols=3 if header_row else 2
            )
            table.style = "Table Grid"
            offset = 0
            if header_row:
                for cell, title in zip(table.rows[0].cells, ("Namn", "Titel", "Part"), strict=True):
                    cell.paragraphs[0].add_run(title).bold = True
                offset = 1
            for row, person in zip(table.rows[offset:], rows, strict=True):
                note = f" ({person.note})" if person.note else ""
                row.cells[0].text = person.name + note
                row.cells[1].text = person.role
                if header_row:
                    row.cells[2].text = PARTY.get(person.party, "") if person.party else ""
        elif rows:
            for person in rows:
                para(document, f"{person.name}\t{person.role}", tabs=[6])
    numbering = Numbering(document) if word_numbering else None
    num_id = numbering.add([("decimal", "%1."), ("lowerLetter", "%2)")]) if numbering else None
    for punkt in protocol.punkter:
        style = "Heading 2" if punkt.letter else "Heading 1"
        if word_numbering:
            paragraph = para(document, heading_line(punkt), style=style)
            numbered(paragraph, num_id, 1 if punkt.letter else 0)
        else:
            label = f"{punkt.letter})" if punkt.letter else f"{punkt.number}."
            para(document, f"{label} {heading_line(punkt)}", style=style)
        body(document, punkt.text)
    para(document, "Bilagor", style="Heading 3")
    for bilaga in protocol.bilagor:
        para(document, f"Bilaga {bilaga.number}: {bilaga.title}")
    para(document)
    para(document, "Vid protokollet", bold=True)
    para(document)
    para(document, protocol.secretary_name)
    for name in protocol.justerare_names:
        para(document)
        para(document, "Justerare", bold=True)
        para(document)
        para(document, name)
    return save(document)


def paragraf(protocol):
    """ "§ 12 Rubrik" numbering, attendance as "Namn, titel" lines, dates in words."""
    document = new_document()
    furniture(document, letterhead=False, running=f"Protokoll {protocol.group_name}")
    para(document, f"Protokoll fört vid {protocol.group_name}", bold=True, size=14)
    para(
        document,
        swedish.format_date_words(protocol.meeting_date).capitalize()
        + f", kl. {time_span(protocol, '–', '.')}",
    )
    para(document, f"Plats: {protocol.place}")
    for label, rows in (
        ("Närvarande", protocol.present),
        ("Förhinder", protocol.absent),
        ("Adjungerade", protocol.adjunct),
    ):
        para(document, f"{label}:", bold=True)
        for person in rows:
            note = f" ({person.note})" if person.note else ""
            para(document, f"{person.name}, {person.role}{note}")
    for punkt in protocol.punkter:
        if punkt.letter:
            para(document, f"{punkt.letter}) {heading_line(punkt)}", bold=True)
        else:
            para(document, f"§ {punkt.number} {heading_line(punkt)}", bold=True)
        body(document, punkt.text)
    bilagor_typed(document, protocol, "Bilaga {n} – {title}")
    para(document)
    para(document, f"Sekreterare: {protocol.secretary_name}")
    para(document, "Justeras: " + ", ".join(protocol.justerare_names))
    return save(document)


def word_numbered_bilagor(protocol):
    """Bold headings, a numbered Word list inside an item, bilagor numbered by Word."""
    document = new_document()
    furniture(document, letterhead=True)
    para(document, protocol.group_name, bold=True, size=14)
    para(document, "Protokoll " + protocol.meeting_date.isoformat(), bold=True)
    attendance_tabbed(document, protocol)
    para(document, f"Tid: kl. {time_span(protocol)}")
    para(document, f"Plats: {protocol.place}")
    numbering = Numbering(document)
    list_in_body = numbering.add([("decimal", "%1.")])
    for punkt in protocol.punkter:
        label = f"{punkt.letter})" if punkt.letter else f"{punkt.number}."
        para(
            document,
            f"{label} {heading_line(punkt)}",
            bold=True,
            indent=0.6 if punkt.letter else None,
        )
        body(document, punkt.text)
        if punkt.number == 4 and punkt.letter == "a":
            for line in (
                "Kulturnämndens ärenden publiceras i förväg.",
                "Remisser redovisas vid nästa möte.",
            ):
                numbered(para(document, line), list_in_body)
    para(document, "Bilagor:", bold=True)
    bilagor_list = numbering.add([("decimal", "%1.")])
    for bilaga in protocol.bilagor:
        numbered(para(document, bilaga.title), bilagor_list)
    signature_lines(document, protocol)
    return save(document)


def two_column_attendance(protocol):
    """Attendance in two columns (a borderless table: name, role, name, role)."""
    document = new_document()
    furniture(document, letterhead=True, running="Kulturförvaltningens förvaltningsgrupp")
    para(document, protocol.group_name, bold=True, size=14)
    para(
        document,
        f"{protocol.meeting_date.isoformat()}, kl. {time_span(protocol, '–', '.')}",
        bold=True,
    )
    para(document, f"Plats: {protocol.place}")
    for label, rows in (
        ("Närvarande", protocol.present),
        ("Förhinder", protocol.absent),
        ("Adjungerade", protocol.adjunct),
    ):
        para(document, f"{label}:", bold=True)
        if not rows:
            continue
        half = (len(rows) + 1) // 2
        table = document.add_table(rows=half, cols=4)
        for index, person in enumerate(rows):
            row = table.rows[index % half]
            column = 0 if index < half else 2
            note = f" ({person.note})" if person.note else ""
            row.cells[column].text = person.name
            row.cells[column + 1].text = person.role + note
    for punkt in protocol.punkter:
        if punkt.letter:
            para(document, f"{punkt.letter}) {heading_line(punkt, 'och')}", bold=True, indent=0.6)
        else:
            para(document, f"{punkt.number}. {heading_line(punkt, 'och')}", bold=True)
        body(document, punkt.text)
    bilagor_typed(document, protocol)
    para(document)
    signature_table(document, protocol)
    return save(document)


def header_table_inline(protocol):
    """Header as a table, attendance inline ("A (titel), B (titel)"), sub-items 4.1."""
    document = new_document()
    furniture(document, letterhead=True)
    para(document, f"Protokoll – {protocol.group_name}", style="Title")
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(
        table.rows,
        (
            ("Datum", protocol.meeting_date.isoformat()),
            ("Tid", time_span(protocol, "–", ".")),
            ("Plats", protocol.place),
        ),
        strict=True,
    ):
        row.cells[0].text = label
        row.cells[1].text = value
    para(document)
    for label, rows in (
        ("Närvarande", protocol.present),
        ("Förhinder", protocol.absent),
        ("Adjungerade", protocol.adjunct),
    ):
        people = "; ".join(
            f"{person.name} ({person.role}{', ' + person.note if person.note else ''})"
            for person in rows
        )
        paragraph = para(document)
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(people or "–")
    letters = "abcdefghijklmnopqrstuvwxyz"
    for punkt in protocol.punkter:
        if punkt.letter:
            label = f"{punkt.number}.{letters.index(punkt.letter) + 1}"
            para(document, f"{label} {heading_line(punkt)}", style="Heading 2")
        else:
            para(document, f"{punkt.number}. {heading_line(punkt)}", style="Heading 1")
        body(document, punkt.text)
    bilagor_typed(document, protocol, "Bilaga {n}. {title}")
    para(document)
    para(document, f"Vid protokollet: {protocol.secretary_name}")
    para(document, "Justerare: " + " och ".join(protocol.justerare_names))
    return save(document)


def weasyprint_pdf(protocol) -> bytes:
    """A PDF made from HTML (as some systems export): running header and
    "Sida 1 av 3" footer, attendance in two columns, headings larger."""
    import weasyprint

    def rows(people):
        half = (len(people) + 1) // 2
        cells = []
        for index in range(half):
            row = []
            for person in (
                people[index],
                people[index + half] if index + half < len(people) else None,
            ):
                if person is None:
                    row.append("<td></td><td></td>")
                    continue
                note = f" ({person.note})" if person.note else ""
                row.append(f"<td>{escape(person.name)}</td><td>{escape(person.role + note)}</td>")
            cells.append(f"<tr>{''.join(row)}</tr>")
        return f"<table class='people'>{''.join(cells)}</table>"

    items = []
    for punkt in protocol.punkter:
        label = f"{punkt.letter})" if punkt.letter else f"{punkt.number}."
        tag = "h3" if punkt.letter else "h2"
        items.append(f"<{tag}>{label} {escape(heading_line(punkt))}</{tag}>{punkt.text}")
    bilagor = "".join(f"<p>{b.number}. {escape(b.title)}</p>" for b in protocol.bilagor)
    signers = [("Vid protokollet", protocol.secretary_name)] + [
        ("Justerare", name) for name in protocol.justerare_names
    ]
    signature_rows = "".join(
        "<tr>"
        + "".join(
            f"<td><strong>{label}</strong><br/><br/><br/>{escape(name)}</td>"
            for label, name in signers[i : i + 2]
        )
        + "</tr>"
        for i in range(0, len(signers), 2)
    )
    html = f"""<html lang="sv"><head><style>
    @page {{ size: A4; margin: 2.5cm 2.2cm;
      @top-left {{ content: "Kulturförvaltningen"; font: 9pt sans-serif; }}
      @top-right {{ content: "Protokoll {protocol.meeting_date.isoformat()}"; font: 9pt serif; }}
      @bottom-center {{ content: "Sida " counter(page) " av " counter(pages); font: 9pt serif; }}
    }}
    body {{ font: 11pt/1.35 "DejaVu Sans", sans-serif; }}
    h1 {{ font-size: 16pt; }} h2 {{ font-size: 13pt; margin-top: 1.2em; }}
    h3 {{ font-size: 12pt; margin-left: 0.6cm; }}
    table.people td {{ padding: 1pt 18pt 1pt 0; vertical-align: top; }}
    table.sign td {{ width: 50%; padding: 12pt 0; vertical-align: top; }}
    </style></head><body>
    <h1>{escape(protocol.group_name)}</h1>
    <p><strong>Datum:</strong> {protocol.meeting_date.isoformat()}</p>
    <p><strong>Tid:</strong> kl. {time_span(protocol, "–", ".")}</p>
    <p><strong>Plats:</strong> {escape(protocol.place)}</p>
    <p><strong>Närvarande:</strong></p>{rows(protocol.present)}
    <p><strong>Förhinder:</strong></p>{rows(protocol.absent)}
    <p><strong>Adjungerade:</strong></p>{rows(protocol.adjunct) if protocol.adjunct else ""}
    {"".join(items)}
    <p><strong>Bilagor:</strong></p>{bilagor}
    <table class="sign">{signature_rows}</table>
    </body></html>"""
    return weasyprint.HTML(string=html).write_pdf()


def long_protocol(protocol):
    """Ten pages and more: the seed with its long item written three times over."""
    protocol = deepcopy(protocol)
    for punkt in protocol.punkter:
        if punkt.number == 4 and punkt.letter == "b":
            punkt.text = punkt.text * 3
    return protocol


def to_pdf(docx: bytes) -> bytes:
    if shutil.which("soffice") is None:
        sys.exit("LibreOffice is needed to make the PDFs: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "protokoll.docx"
        source.write_bytes(docx)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", folder, str(source)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(folder) / "protokoll.pdf").read_bytes()


def documents():
    """(file name, bytes, expected structure)."""
    seed = gp.base()
    noted = gp.with_notes(seed)
    later = gp.fvg_2026_06_01()
    beslut = gp.svg_beslut()
    apt = gp.apt_no_subitems()
    classic_docx = classic(seed)
    later_docx = two_column_attendance(later)
    long_seed = long_protocol(seed)
    table_docx = heading_styles(noted)
    numbered_docx = heading_styles(seed, word_numbering=True, attendance="tabs")
    apt_docx = heading_styles(apt, header_row=True)
    return [
        ("fvg-2025-01-13.docx", classic_docx, seed),
        ("fvg-2025-01-13.pdf", to_pdf(classic_docx), seed),
        ("fvg-2025-01-13-seed.txt", SEED.read_bytes(), seed),
        ("v01-attendance-table-heading-styles.docx", table_docx, noted),
        ("v01-attendance-table-heading-styles.pdf", to_pdf(table_docx), noted),
        ("v02-word-numbered-headings.docx", numbered_docx, seed),
        ("v02-word-numbered-headings.pdf", to_pdf(numbered_docx), seed),
        (
            "v03-paragraf-numbering.docx",
            paragraf(gp.paragraf_numbered(noted, 12)),
            gp.paragraf_numbered(noted, 12),
        ),
        ("v04-bilagor-word-numbering.docx", word_numbered_bilagor(seed), seed),
        (
            "v05-signature-table-letterhead.docx",
            classic(noted, letterhead_in_body=True, signatures="table"),
            noted,
        ),
        ("v06-apt-no-subitems.docx", apt_docx, apt),
        ("v06-apt-no-subitems.pdf", to_pdf(apt_docx), apt),
        ("v07-svg-beslut.docx", classic(beslut, signatures="table"), beslut),
        ("v07-svg-beslut.pdf", to_pdf(classic(beslut, signatures="table")), beslut),
        ("v08-fvg-2026-06-01.docx", later_docx, later),
        ("v08-fvg-2026-06-01.pdf", to_pdf(later_docx), later),
        ("v09-weasyprint-two-columns.pdf", weasyprint_pdf(noted), noted),
        ("v10-header-table-inline-attendance.docx", header_table_inline(beslut), beslut),
        ("v11-long-10-pages.docx", classic(long_seed), long_seed),
        ("v11-long-10-pages.pdf", to_pdf(classic(long_seed)), long_seed),
    ]


def main():
    for old in GOLD.glob("*"):
        if old.name != "base-fvg-2025-01-13.json":
            old.unlink()
    for name, data, expected in documents():
        (GOLD / name).write_bytes(data)
        (GOLD / f"{name}.json").write_text(
            json.dumps(expected.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(data) // 1024} kB")


if __name__ == "__main__":
    main()
