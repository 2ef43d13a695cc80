"""Word (.docx) to blocks, with python-docx.

Paragraphs keep their runs (bold, italic), heading level (Word's heading
styles or an outline level) and the label Word's list numbering shows
("1.", "a)", "•"), which python-docx does not compute: ``Numbering`` does,
from numbering.xml. Tables give one block per row. Page headers and footers
live in their own parts of the file; their text is returned as furniture.
"""

from docx import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
import io
from kuf.samportal.importing import errors
from kuf.samportal.importing.model import Block
from kuf.samportal.importing.model import Run
import re
import zipfile


HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)


def roman(number: int) -> str:
    values = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    result = ""
    for value, letters in values:
        while number >= value:
            result += letters
            number -= value
    return result


def letters(number: int) -> str:
    result = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        result = chr(ord("a") + rest) + result
    return result


def format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return letters(value)
    if fmt == "upperLetter":
        return letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "none":
        return ""
    return str(value)


class Numbering:
    """Counts Word's list numbers as Word shows them."""

    def __init__(self, document):
        self.nums = {}  # numId -> (abstractNumId, {ilvl: start override})
        self.levels = {}  # abstractNumId -> {ilvl: (numFmt, lvlText, start)}
        self.counters = {}  # abstractNumId -> {ilvl: current value}
        self.overridden = set()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError):
            return
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.iterchildren(qn("w:lvl")):
                levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                    self._val(lvl, "w:numFmt", "decimal"),
                    self._val(lvl, "w:lvlText", ""),
                    int(self._val(lvl, "w:start", "1") or 1),
                )
            self.levels[abstract.get(qn("w:abstractNumId"))] = levels
        for num in root.iterchildren(qn("w:num")):
            abstract = num.find(qn("w:abstractNumId"))
            overrides = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    overrides[int(override.get(qn("w:ilvl"), "0"))] = int(start.get(qn("w:val")))
            if abstract is not None:
                self.nums[num.get(qn("w:numId"))] = (abstract.get(qn("w:val")), overrides)

    @staticmethod
    def _val(element, tag, default):
        child = element.find(qn(tag))
        return child.get(qn("w:val"), default) if child is not None else default

    def next_label(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """("number" | "bullet", label) for the next paragraph of a list."""
        if num_id not in self.nums:
            return "", ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.levels.get(abstract_id, {})
        if ilvl not in levels:
            return "", ""
        fmt, text, start = levels[ilvl]
        counters = self.counters.setdefault(abstract_id, {})
        key = (num_id, ilvl)
        if ilvl in overrides and key not in self.overridden:
            self.overridden.add(key)
            counters[ilvl] = overrides[ilvl] - 1
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "bullet", "•"

        def level_value(match):
            level = int(match.group(1)) - 1
            level_fmt, _, level_start = levels.get(level, ("decimal", "", 1))
            return format_number(counters.get(level, level_start), level_fmt)

        return "number", re.sub(r"%(\d)", level_value, text)


class Styles:
    """What a paragraph or character style gives, looked up once per style:
    python-docx resolves a style by scanning all styles on every access."""

    def __init__(self, document):
        root = document.styles.element
        self.elements = {}
        self.default = None
        for style in root.iterchildren(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            self.elements[style_id] = style
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in (
                "1",
                "true",
            ):
                self.default = style_id
        self.cache = {}

    def chain(self, style_id):
        seen = set()
        while style_id in self.elements and style_id not in seen:
            seen.add(style_id)
            element = self.elements[style_id]
            yield element
            based = element.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None

    def info(self, style_id) -> dict:
        style_id = style_id if style_id in self.elements else self.default
        if style_id in self.cache:
            return self.cache[style_id]
        info = {"bold": None, "italic": None, "heading": 0, "num": None}
        for element in self.chain(style_id):
            name = element.find(qn("w:name"))
            match = HEADING_STYLE.match(name.get(qn("w:val"), "")) if name is not None else None
            if match and not info["heading"]:
                info["heading"] = int(match.group(1))
            ppr = element.find(qn("w:pPr"))
            if ppr is not None:
                outline = ppr.find(qn("w:outlineLvl"))
                if outline is not None and not info["heading"]:
                    level = int(outline.get(qn("w:val"), "9")) + 1
                    info["heading"] = level if level <= 6 else 0
                num_pr = ppr.find(qn("w:numPr"))
                if num_pr is not None and info["num"] is None:
                    info["num"] = num_values(num_pr)
            rpr = element.find(qn("w:rPr"))
            if rpr is not None:
                for key, tag in (("bold", "w:b"), ("italic", "w:i")):
                    flag = rpr.find(qn(tag))
                    if flag is not None and info[key] is None:
                        info[key] = flag.get(qn("w:val"), "true") not in ("0", "false", "off")
        info["bold"] = bool(info["bold"])
        info["italic"] = bool(info["italic"])
        self.cache[style_id] = info
        return info


def num_values(num_pr):
    """(numId, ilvl) of a w:numPr element (numId 0 switches numbering off)."""
    num = num_pr.find(qn("w:numId"))
    level = num_pr.find(qn("w:ilvl"))
    if num is None:
        return None
    return num.get(qn("w:val")), int(level.get(qn("w:val"), "0")) if level is not None else 0


def flag(rpr, tag):
    if rpr is None:
        return None
    element = rpr.find(qn(tag))
    if element is None:
        return None
    return element.get(qn("w:val"), "true") not in ("0", "false", "off")


def runs_of(paragraph, styles: Styles, base: dict) -> list[Run]:
    runs = []
    for r in paragraph._p.iter(qn("w:r")):
        text = run_text(r)
        if not text:
            continue
        rpr = r.find(qn("w:rPr"))
        bold, italic = flag(rpr, "w:b"), flag(rpr, "w:i")
        character = rpr.find(qn("w:rStyle")) if rpr is not None else None
        if character is not None and (bold is None or italic is None):
            info = styles.info(character.get(qn("w:val")))
            bold = info["bold"] if bold is None else bold
            italic = info["italic"] if italic is None else italic
        runs.append(
            Run(
                text,
                bold=base["bold"] if bold is None else bold,
                italic=base["italic"] if italic is None else italic,
            )
        )
    return runs


def run_text(r) -> str:
    parts = []
    for child in r.iterchildren():
        tag = child.tag
        if tag == qn("w:t"):
            parts.append(child.text or "")
        elif tag == qn("w:tab"):
            parts.append("\t")
        elif tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
        elif tag == qn("w:noBreakHyphen"):
            parts.append("-")
    return "".join(parts)


def check_unpacked_size(data: bytes):
    """Refuse a zip that unpacks to far more than a protocol (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise errors.ImportRefused(errors.BROKEN_DOCX) from error
    if unpacked > errors.MAX_UNPACKED:
        limit = errors.MAX_UNPACKED // (1024 * 1024)
        raise errors.ImportRefused(errors.UNPACKS_TOO_LARGE.format(limit=limit), "too_large")


class DocxReader:
    def __init__(self, data: bytes):
        check_unpacked_size(data)
        try:
            self.document = Document(io.BytesIO(data))
        except (zipfile.BadZipFile, KeyError, ValueError) as error:
            raise errors.ImportRefused(errors.BROKEN_DOCX) from error
        except Exception as error:  # python-docx's PackageNotFoundError and kin
            raise errors.ImportRefused(errors.BROKEN_DOCX) from error
        self.numbering = Numbering(self.document)
        self.styles = Styles(self.document)
        self.paragraphs = 0
        self.tables = 0

    def paragraph_block(self, paragraph, where=None) -> Block | None:
        self.paragraphs += 1
        ppr = paragraph._p.pPr
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        info = self.styles.info(style.get(qn("w:val")) if style is not None else None)
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num = num_values(num_pr) if num_pr is not None else info["num"]
        list_kind = list_label = ""
        level = 0
        if num is not None and num[0] not in (None, "0"):
            level = num[1]
            list_kind, list_label = self.numbering.next_label(num[0], level)
        runs = runs_of(paragraph, self.styles, info)
        text = "".join(run.text for run in runs).replace("\xa0", " ")
        if not text.strip():
            return None
        heading = info["heading"]
        outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if outline is not None:
            value = int(outline.get(qn("w:val"), "9")) + 1
            heading = value if value <= 6 else 0
        visible = [run for run in runs if run.text.strip()]
        return Block(
            text=text,
            where=where or f"stycke {self.paragraphs}",
            runs=runs,
            heading_level=heading,
            bold=bool(visible) and all(run.bold for run in visible),
            list_kind=list_kind,
            list_label=list_label,
            list_level=level,
        )

    def table_blocks(self, table) -> list[Block]:
        self.tables += 1
        number = self.tables
        blocks = []
        for row_index, row in enumerate(table.rows, start=1):
            seen = set()
            cells, cell_blocks = [], []
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                inner = [
                    block
                    for paragraph in cell.paragraphs
                    if (
                        block := self.paragraph_block(
                            paragraph, f"tabell {number}, rad {row_index}"
                        )
                    )
                ]
                cell_blocks.append(inner)
                cells.append("\n".join(block.text.strip() for block in inner))
            if not any(cell.strip() for cell in cells):
                continue
            blocks.append(
                Block(
                    text="\t".join(cells),
                    where=f"tabell {number}, rad {row_index}",
                    cells=cells,
                    table=number,
                    cell_blocks=cell_blocks,
                    bold=all(b.bold for inner in cell_blocks for b in inner),
                )
            )
        return blocks

    def body_elements(self, parent):
        for child in parent.iterchildren():
            if child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from self.body_elements(content)
            elif child.tag in (qn("w:p"), qn("w:tbl")):
                yield child

    def blocks(self) -> list[Block]:
        body = self.document.element.body
        result = []
        for element in self.body_elements(body):
            if element.tag == qn("w:p"):
                block = self.paragraph_block(Paragraph(element, self.document._body))
                if block is not None:
                    result.append(block)
            else:
                result.extend(self.table_blocks(Table(element, self.document._body)))
        return result

    def furniture(self) -> list[str]:
        """The text of the page headers and footers."""
        lines = []
        for section in self.document.sections:
            for part in (
                section.header,
                section.first_page_header,
                section.even_page_header,
                section.footer,
                section.first_page_footer,
                section.even_page_footer,
            ):
                if part.is_linked_to_previous:
                    continue
                for paragraph in part.paragraphs:
                    if paragraph.text.strip():
                        lines.append(paragraph.text.strip())
                for table in part.tables:
                    for row in table.rows:
                        for cell in row.cells:
                            if cell.text.strip():
                                lines.append(cell.text.strip())
        return lines
