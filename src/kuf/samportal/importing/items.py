"""Items and sub-items: where they start, their number, letter, kind,
the party that raised them and the bilagor their heading refers to.

An item heading is "N. Rubrik", "N) Rubrik", "§ N Rubrik", a paragraph
numbered by Word's list numbering, or (in a document without numbers) a
paragraph in a Word heading style. A sub-item is "a) Rubrik", "4 a) Rubrik",
"a. Rubrik" or "4.1 Rubrik". Numbers must follow each other (one missing
number is allowed, with a warning), and once the document has shown how it
sets its headings (bold, a heading style), a candidate set differently is
body text: a numbered list inside an item is not mistaken for items.
"""

from dataclasses import dataclass
from kuf.samportal.importing import swedish
from kuf.samportal.importing.model import Block
import re


DECIMAL_SUB = re.compile(r"^\s*§?\s*(?P<n>\d{1,2})\.(?P<s>\d{1,2})\.?\s+(?P<rest>\S.*)$", re.S)
MAIN = re.compile(
    r"^\s*(?:(?:§|[Pp]unkt|[Pp]\.)\s*(?P<p>\d{1,3})\s*[.:]?|(?P<n>\d{1,2})\s*[.)](?!\d)|"
    r"(?P<b>\d{1,2})(?=\s+[A-ZÅÄÖ]))"
    r"\s*(?P<rest>\S.*)$",
    re.S,
)
SUB = re.compile(
    r"^\s*(?:§\s*)?(?:(?P<n>\d{1,3})\s*\.?\s*)?(?P<l>[a-zåäö])\s*(?:\)|\.(?![\w.]))\s*"
    r"(?P<rest>\S.*)$",
    re.S,
)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class Candidate:
    number: int | None
    letter: str
    rest: str
    source: str  # "word" (Word's numbering), "typed", "heading" (style only)
    styled: bool


def visible_text(block: Block) -> str:
    if block.list_kind == "number" and block.list_label:
        return f"{block.list_label} {block.text.strip()}"
    return block.text.strip()


def is_styled(block: Block) -> bool:
    return block.heading_level > 0 or block.bold


def candidate(block: Block) -> Candidate | None:
    if block.is_row or block.list_kind == "bullet":
        return None
    text = visible_text(block)
    source = "word" if block.list_kind == "number" else "typed"
    styled = is_styled(block)
    match = DECIMAL_SUB.match(text)
    if match and 1 <= int(match.group("s")) <= 26:
        letter = LETTERS[int(match.group("s")) - 1]
        return Candidate(int(match.group("n")), letter, match.group("rest"), source, styled)
    match = MAIN.match(text)
    if match:
        number = int(match.group("p") or match.group("n") or match.group("b"))
        return Candidate(number, "", match.group("rest"), source, styled)
    match = SUB.match(text)
    if match:
        number = int(match.group("n")) if match.group("n") else None
        return Candidate(number, match.group("l"), match.group("rest"), source, styled)
    if block.heading_level > 0 and block.list_kind == "":
        return Candidate(None, "", text, "heading", True)
    return None


def short(found: Candidate) -> bool:
    """Set like a heading although plain: short, and no sentence."""
    return len(found.rest) <= 60 and not found.rest.rstrip().endswith(".")


def plausible_heading(text: str) -> bool:
    first_line = text.split("\n", 1)[0].strip()
    if not first_line or len(first_line) > 160:
        return False
    words = first_line.split()
    if first_line.endswith(".") and len(words) > 10:
        return False
    first_alpha = next((char for char in first_line if char.isalpha()), "")
    return bool(first_alpha) and (first_alpha.isupper() or first_line[0] in "”\"'«(")


def consistent(established, found: Candidate) -> bool:
    """Once headings have been bold or in a heading style, a plain paragraph
    is body text; a number typed by hand where Word numbered the headings
    (or the other way round) counts only when set like a heading."""
    if established is None:
        return True
    source, styled = established
    if styled and not found.styled:
        return False
    return found.source == source or found.styled


@dataclass
class Heading:
    index: int  # of the block
    number: int
    letter: str
    text: str  # the heading as written after its number
    body_start: str  # text after a line break inside the heading's paragraph


class ItemFinder:
    """Walks the blocks once and keeps the items' numbering consistent."""

    def __init__(self):
        self.headings: list[Heading] = []
        self.main_style: tuple | None = None
        self.sub_style: tuple | None = None
        self.skipped: list[tuple[int, str]] = []  # (block index, what was missing)
        self.agenda: list[str] = []

    @property
    def number(self) -> int | None:
        return self.headings[-1].number if self.headings else None

    @property
    def letter(self) -> str:
        return self.headings[-1].letter if self.headings else ""

    def accept(self, index: int, block: Block) -> bool:
        found = candidate(block)
        if found is None or not plausible_heading(found.rest):
            return False
        style = (found.source, found.styled)
        if found.letter:
            return self.accept_sub(index, found, style)
        if found.source == "heading":
            return False
        return self.accept_main(index, found, style)

    def accept_main(self, index: int, found: Candidate, style) -> bool:
        if self.is_restart(index, found):
            # The numbers start again: what came before was the agenda (dagordning).
            self.agenda = [heading.text for heading in self.headings]
            self.headings = []
            self.main_style = self.sub_style = None
            self.skipped = []
        if self.number is None:
            ok = True
        else:
            step = found.number - self.number
            if not consistent(self.main_style, found):
                return False
            ok = step == 1 or (
                step == 2 and (found.styled or found.source == "word" or short(found))
            )
            if ok and step == 2:
                self.skipped.append((index, str(self.number + 1)))
        if ok:
            self.main_style = style
            self.add(index, found.number, "", found.rest)
        return ok

    def is_restart(self, index: int, found: Candidate) -> bool:
        """The first number again, after headings with no text between them."""
        if len(self.headings) < 3 or found.number != self.headings[0].number:
            return False
        if not consistent(self.main_style, found):
            return False  # a numbered list in a body is set more plainly than the items
        indexes = [heading.index for heading in self.headings] + [index]
        return all(b - a <= 2 for a, b in zip(indexes, indexes[1:], strict=False))

    def accept_sub(self, index: int, found: Candidate, style) -> bool:
        if self.number is None:
            return False
        if found.number is not None and found.number != self.number:
            return False
        if not consistent(self.sub_style, found):
            return False
        expected = LETTERS.index(self.letter) + 1 if self.letter else 0
        position = LETTERS.index(found.letter) if found.letter in LETTERS else -1
        ok = position == expected or (position == expected + 1 and found.styled)
        if not ok:
            return False
        if position == expected + 1:
            self.skipped.append((index, f"{self.number} {LETTERS[expected]}"))
        self.sub_style = style
        self.add(index, self.number, found.letter, found.rest)
        return True

    def add(self, index, number, letter, rest):
        heading, _, body = rest.partition("\n")
        self.headings.append(Heading(index, number, letter, heading.strip(), body.strip()))


def heading_only_items(blocks: list[Block], start: int, stop: int) -> list[Heading]:
    """A document with no numbers at all: its headings (Word styles, or a
    larger type in a PDF) are the items, the next level down the sub-items."""
    levels = sorted({b.heading_level for b in blocks[start:stop] if b.heading_level > 0})
    if not levels:
        return []
    main, sub = levels[0], levels[1] if len(levels) > 1 else None
    headings: list[Heading] = []
    number = 0
    letter = ""
    for index in range(start, stop):
        block = blocks[index]
        if block.is_row or block.list_kind or not plausible_heading(block.text):
            continue
        if block.heading_level == main:
            number += 1
            letter = ""
            headings.append(Heading(index, number, "", block.text.strip(), ""))
        elif sub is not None and block.heading_level == sub and number:
            letter = LETTERS[LETTERS.index(letter) + 1] if letter else "a"
            headings.append(Heading(index, number, letter, block.text.strip(), ""))
    return headings


def split_heading(text: str) -> tuple[str | None, str | None, str, list[int]]:
    """(kind, raised_by, heading, bilaga numbers) of an item's heading."""
    text = re.sub(r"\s+", " ", text).strip()
    heading, numbers = swedish.strip_bilaga_refs(text)
    kind, raised_by, heading = swedish.split_kind(heading)
    return kind, raised_by, heading.rstrip(":").strip(), numbers
