"""Text PDF to blocks, with pdfplumber (MIT; PyMuPDF's AGPL does not fit).

Words are grouped into lines by their position; a wide gap inside a line
splits it into cells, so tab-separated attendance, tables and a signature
block set in two columns come out as rows. Lines become paragraphs where
the vertical gap, the formatting or the start of the line says a new one
begins. Lines repeated at the top or bottom of several pages (page headers
and footers) and page numbers are returned as furniture, not as text.
"""

from collections import Counter
from dataclasses import dataclass
from dataclasses import field
import io
from kuf.samportal.importing import errors
from kuf.samportal.importing.blocks import BULLET
from kuf.samportal.importing.blocks import furniture_key
from kuf.samportal.importing.blocks import is_page_number
from kuf.samportal.importing.blocks import join_lines
from kuf.samportal.importing.model import Block
from kuf.samportal.importing.model import Run
import re


STARTS_BLOCK = re.compile(
    r"^(?:§\s*\d|\d{1,2}\s*[.)]\s|\d{1,2}\s+[a-zåäö]\s*\)|[a-zåäö]\s*\)\s|[a-zåäö]\.\s|"
    r"[Bb]ilaga\s+\d|[Bb]eslut\s*:|[A-ZÅÄÖ][\w åäöÅÄÖ-]{0,40}:\s)"
)
MARGIN = 0.09  # the top and bottom share of a page where headers and footers live


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    words: list = field(default_factory=list)
    cells: list = field(default_factory=list)

    @property
    def cell_x(self) -> list[float]:
        return [cell[0]["x0"] for cell in self.cells]

    @property
    def text(self) -> str:
        return " ".join(" ".join(w["text"] for w in cell) for cell in self.cells)

    @property
    def bold(self) -> bool:
        chars = sum(len(w["text"]) for w in self.words)
        bold = sum(len(w["text"]) for w in self.words if is_bold(w))
        return chars > 0 and bold / chars >= 0.9


def is_bold(word) -> bool:
    name = (word.get("fontname") or "").lower()
    return "bold" in name or "black" in name or "heavy" in name or "semibold" in name


def is_italic(word) -> bool:
    name = (word.get("fontname") or "").lower()
    return "italic" in name or "oblique" in name


def open_pdf(data: bytes):
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        encrypted = getattr(pdf.doc, "encryption", None)
    except Exception as error:
        # pdfplumber wraps pdfminer's PDFPasswordIncorrect and kin.
        if b"/Encrypt" in data or "password" in repr(error.args).lower():
            raise errors.ImportRefused(errors.ENCRYPTED_PDF, "encrypted") from error
        raise errors.ImportRefused(errors.BROKEN_PDF) from error
    if encrypted:
        pdf.close()
        raise errors.ImportRefused(errors.ENCRYPTED_PDF, "encrypted")
    return pdf


class PdfReader:
    def __init__(self, data: bytes):
        self.lines: list[Line] = []
        self.heights = {}
        pdf = open_pdf(data)
        try:
            if len(pdf.pages) > errors.MAX_PAGES:
                message = errors.TOO_MANY_PAGES.format(limit=errors.MAX_PAGES)
                raise errors.ImportRefused(message, "too_large")
            for number, page in enumerate(pdf.pages, start=1):
                self.heights[number] = float(page.height)
                words = page.extract_words(
                    extra_attrs=["fontname", "size"], keep_blank_chars=False, use_text_flow=False
                )
                self.lines.extend(self.page_lines(number, words))
        except errors.ImportRefused:
            raise
        except Exception as error:
            raise errors.ImportRefused(errors.BROKEN_PDF) from error
        finally:
            pdf.close()
        if sum(len(line.text) for line in self.lines) < 20:
            raise errors.ImportRefused(errors.SCANNED_PDF, "scanned")
        self.pages = len(self.heights)

    @staticmethod
    def page_lines(page: int, words: list) -> list[Line]:
        words = sorted(words, key=lambda w: (round(w["top"]), w["x0"]))
        lines: list[Line] = []
        for word in words:
            size = float(word.get("size") or 10)
            for line in reversed(lines[-3:]):
                middle = (word["top"] + word["bottom"]) / 2
                if line.top - 1 <= middle <= line.bottom + 1:
                    line.words.append(word)
                    line.top = min(line.top, word["top"])
                    line.bottom = max(line.bottom, word["bottom"])
                    break
            else:
                lines.append(Line(page, word["top"], word["bottom"], 0, 0, size, [word]))
        for line in lines:
            line.words.sort(key=lambda w: w["x0"])
            line.x0 = line.words[0]["x0"]
            line.x1 = line.words[-1]["x1"]
            sizes = Counter(round(float(w.get("size") or 10), 1) for w in line.words)
            line.size = sizes.most_common(1)[0][0]
            cells = [[line.words[0]]]
            for previous, word in zip(line.words, line.words[1:], strict=False):
                if word["x0"] - previous["x1"] > max(1.4 * line.size, 12):
                    cells.append([])
                cells[-1].append(word)
            line.cells = cells
        lines.sort(key=lambda line: line.top)
        return lines

    def furniture(self) -> tuple[set[int], list[str]]:
        """Indexes of lines that are page headers, footers or page numbers."""
        in_margin = {}
        for index, line in enumerate(self.lines):
            height = self.heights[line.page]
            if line.top < height * MARGIN or line.bottom > height * (1 - MARGIN):
                in_margin[index] = furniture_key(line.text)
        repeated = Counter()
        for index, key in in_margin.items():
            repeated[(key, self.lines[index].page)] += 1
        pages_with = Counter(key for key, _page in repeated)
        dropped = set()
        texts = []
        for index, key in in_margin.items():
            line = self.lines[index]
            if (self.pages > 1 and pages_with[key] >= 2) or is_page_number(line.text, True):
                dropped.add(index)
                texts.append(line.text)
        for index, line in enumerate(self.lines):
            if index not in dropped and is_page_number(line.text):
                dropped.add(index)
        return dropped, texts

    def blocks(self) -> tuple[list[Block], list[str]]:
        dropped, furniture = self.furniture()
        kept = [line for index, line in enumerate(self.lines) if index not in dropped]
        if not kept:
            return [], furniture
        body_size = Counter(line.size for line in kept).most_common(1)[0][0]
        right = sorted(line.x1 for line in kept)[int(len(kept) * 0.9)]
        blocks: list[Block] = []
        previous = None
        for line in kept:
            if previous is not None and self.wraps_cells(previous, line):
                self.merge_cells(blocks[-1], previous, line)
                continue
            if previous is not None and self.continues(previous, line, body_size, right):
                self.extend(blocks[-1], line)
            else:
                blocks.append(self.block(line, body_size))
            previous = line
        return blocks, furniture

    @staticmethod
    def wraps_cells(previous: Line, line: Line) -> bool:
        """A line that carries on the cells of a table row or two-column
        line above it: close below, each part under one of its columns."""
        if len(previous.cells) < 2 or line.page != previous.page:
            return False
        if line.top - previous.bottom > 0.5 * line.size:
            return False
        columns = previous.cell_x
        if not all(any(abs(x - column) < 4 for column in columns) for x in line.cell_x):
            return False
        # A new row of a table fills as many columns, the first one included.
        return len(line.cells) < len(previous.cells) or abs(line.cell_x[0] - columns[0]) >= 4

    @staticmethod
    def merge_cells(block: Block, previous: Line, line: Line):
        columns = previous.cell_x
        for cell, x in zip(line.cells, line.cell_x, strict=True):
            index = min(range(len(columns)), key=lambda i: abs(columns[i] - x))
            text = " ".join(word["text"] for word in cell)
            if index < len(block.cells):
                block.cells[index] = join_lines(block.cells[index], text)
        block.text = "\t".join(block.cells)
        previous.bottom = line.bottom  # the row now ends here

    @staticmethod
    def continues(previous: Line, line: Line, body_size: float, right: float) -> bool:
        """Whether ``line`` goes on with the paragraph ``previous`` ended."""
        if len(previous.cells) > 1 or len(line.cells) > 1:
            return False
        text = line.text
        if STARTS_BLOCK.match(text) or BULLET.match(text):
            return False
        if previous.bold != line.bold or abs(previous.size - line.size) > 0.5:
            return False
        first_word = len(line.words[0]["text"]) * 0.55 * line.size
        if not previous.bold and previous.x1 + first_word < right - 0.12 * (right - previous.x0):
            return False  # the previous line ended although the next word would have fit
        if line.page != previous.page:
            return not previous.text.rstrip().endswith((".", ":", "!", "?")) and (
                text[:1].islower()
            )
        gap = line.top - previous.bottom
        return gap < 0.55 * max(body_size, line.size)

    def block(self, line: Line, body_size: float) -> Block:
        cells = [" ".join(w["text"] for w in cell) for cell in line.cells]
        text = "\t".join(cells)
        level = 1 if line.size >= body_size * 1.15 else 0
        block = Block(
            text=text,
            where=f"sida {line.page}",
            runs=self.runs(line.words),
            cells=cells,
            bold=line.bold,
            heading_level=level,
        )
        bullet = BULLET.match(text)
        if bullet and len(cells) == 1:
            block.list_kind, block.list_label = "bullet", bullet.group(1)
        return block

    @staticmethod
    def runs(words) -> list[Run]:
        runs: list[Run] = []
        for word in words:
            bold, italic = is_bold(word), is_italic(word)
            if runs and runs[-1].bold == bold and runs[-1].italic == italic:
                runs[-1] = Run(f"{runs[-1].text} {word['text']}", bold, italic)
            else:
                text = f" {word['text']}" if runs else word["text"]
                runs.append(Run(text, bold, italic))
        return runs

    def extend(self, block: Block, line: Line):
        text = line.text
        joined = join_lines(block.text, text)
        separator = joined[len(block.text) : len(joined) - len(text)]
        block.text = joined
        block.cells = [joined]
        more = self.runs(line.words)
        if more:
            more[0] = Run(separator + more[0].text, more[0].bold, more[0].italic)
        block.runs = [*block.runs, *more]
