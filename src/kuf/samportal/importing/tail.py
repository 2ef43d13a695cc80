"""What follows the items: the bilagor list and the signature block
("Vid protokollet" and the justerare), in either order, in lines, in two
columns or in a table."""

from dataclasses import dataclass
from dataclasses import field
from kuf.samportal.importing import swedish
from kuf.samportal.importing.labels import TAIL
from kuf.samportal.importing.model import BilagaRef
from kuf.samportal.importing.model import Block
import re


BILAGA_ENTRY = re.compile(
    r"^\s*(?:(?:[Bb]ilaga|[Bb]il\.)\s*(?:nr\.?\s*)?(?P<a>\d{1,2})\s*[.:)–—-]?|"
    r"(?P<b>\d{1,2})\s*[.):–—-])\s*(?P<title>\S.*)$",
    re.S,
)
SIGNATURE_LINE = re.compile(r"^[\s_.…·\-–—]*$")
PLACE_AND_DATE = re.compile(r"^(?:\w+\s+)?(?:den\s+)?\d|^datum\b|^ort\s+och\s+datum", re.I)


@dataclass
class Tail:
    bilagor: list[BilagaRef] = field(default_factory=list)
    secretary_name: str = ""
    justerare_names: list[str] = field(default_factory=list)
    signature_dates: list[str] = field(default_factory=list)
    unplaced: list[Block] = field(default_factory=list)


SIGNATURE_WORDS = re.compile(
    r"\s*(vid\s+protokollet|protokollförare|sekreterare|justerare|justeras|ordförande)\s*:?",
    re.IGNORECASE,
)


def line_labels(line: str) -> list[tuple[str, str]]:
    """The labels of one line: "Vid protokollet" gives [("secretary", "")],
    "Justerare: Anna Ek" [("justerare", "Anna Ek")], a line of labels set
    side by side ("Vid protokollet   Justerare") one per label."""
    for key, regex in TAIL:
        match = regex.match(line)
        if match:
            return [(key, (match.group("rest") or "").strip())]
    words = SIGNATURE_WORDS.findall(line)
    if len(words) > 1 and not SIGNATURE_WORDS.sub("", line).strip():
        return [(signature_key(word), "") for word in words]
    return []


def signature_key(word: str) -> str:
    word = word.lower()
    return "secretary" if word.startswith(("vid", "protokoll", "sekreterare")) else "justerare"


def tail_label(block: Block):
    """("bilagor" | "secretary" | "justerare", rest) for a label that opens
    the tail, else None. The label is the block's first line."""
    for cell in block.cells or [block.text]:
        head = cell.strip().split("\n", 1)[0]
        if not head:
            continue
        labels = line_labels(head)
        if not labels:
            return None
        key, rest = labels[0]
        if rest and key != "bilagor" and not names_only(rest):
            return None
        return key, rest
    return None


def names_only(text: str) -> bool:
    parts = [p.strip() for p in re.split(r",|\boch\b|\t", text) if p.strip()]
    return bool(parts) and all(swedish.looks_like_name(p) for p in parts)


def name_with_title(line: str) -> bool:
    """ "Maria Jansén, förvaltningschef" under a signature label."""
    from kuf.samportal.importing.attendance import split_name_role

    name, title = split_name_role(line)
    return bool(title) and swedish.looks_like_name(name)


def bilaga_entry(block: Block, expected: int) -> BilagaRef | None:
    if block.is_row:
        cells = block.filled_cells
        if len(cells) >= 2:
            number = re.match(r"^\s*(?:[Bb]ilaga\s*)?(\d{1,2})\s*[.:)]?\s*$", cells[0])
            if number:
                return BilagaRef(int(number.group(1)), " ".join(cells[1:]).strip())
        text = " ".join(cells)
    else:
        text = block.text.strip()
    if block.list_kind == "number" and block.list_label:
        digits = re.search(r"\d+", block.list_label)
        if digits:
            return BilagaRef(int(digits.group()), clean_title(text))
    if block.list_kind == "bullet":
        return BilagaRef(expected, clean_title(re.sub(r"^\s*\S\s+", "", text, count=1)))
    match = BILAGA_ENTRY.match(text)
    if match:
        return BilagaRef(
            int(match.group("a") or match.group("b")), clean_title(match.group("title"))
        )
    return None


def clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(";,")


def is_continuation(block: Block, previous: BilagaRef) -> bool:
    text = block.text.strip()
    if not text or block.is_row or block.list_kind:
        return False
    return text[:1].islower() or (
        len(text) < 80 and not previous.title.endswith((".", ":")) and block.where == "same"
    )


def split_names(text: str, count: int, known: list[str]) -> list[str]:
    """``count`` names set on one line with single spaces ("Anna Ek Per Holm"):
    cut where a known name (from the attendance) starts, else evenly."""
    words = text.split()
    if count <= 1 or len(words) < 2 * count:
        return [text.strip()]
    found = []
    rest = " ".join(words)
    for name in sorted(known, key=len, reverse=True):
        if name and name in rest:
            found.append((rest.index(name), name))
            rest = rest.replace(name, " " * len(name), 1)
    if found and len(found) >= count and not rest.strip():
        return [name for _, name in sorted(found)]
    size = len(words) // count
    return [
        " ".join(words[i * size : (i + 1) * size if i < count - 1 else None]) for i in range(count)
    ]


def known_names_in(text: str, known: list[str]) -> list[str]:
    """The known names that make up ``text`` exactly, in order ([] if not)."""
    found = []
    rest = text
    for name in sorted(known, key=len, reverse=True):
        if name and name in rest:
            found.append((text.index(name), name))
            rest = rest.replace(name, " " * len(name), 1)
    return [name for _, name in sorted(found)] if found and not rest.strip() else []


def cell_lines(block: Block) -> list[list[str]]:
    """A row's cells as lines of text, signature lines and dates left out."""
    cells = block.cells if block.cells else [block.text]
    result = []
    for cell in cells:
        lines = []
        for line in cell.split("\n"):
            line = line.strip()
            if not line or SIGNATURE_LINE.match(line):
                continue
            lines.append(line)
        result.append(lines)
    return result


class SignatureReader:
    """Pairs labels with the names below them, column by column."""

    def __init__(self, tail: Tail, known_names: list[str]):
        self.tail = tail
        self.known = known_names
        self.pending: list[str] = []  # labels waiting for a name, left to right

    def assign(self, role: str, name: str):
        # Names side by side: "Anna Berg<tab>Per Holm", "Anna Berg    Per Holm".
        raw = [part.strip() for part in re.split(r",|;|\boch\b|\t| {2,}", name) if part.strip()]
        name = re.sub(r"\s+", " ", name).strip(" ,.")
        if not name:
            return
        parts = [re.sub(r"\s+", " ", part).strip(" ,.") for part in raw]
        if len(parts) == 1 and name not in self.known:
            # "Anna Berg Per Holm": names of the attendance set with one space
            # (a PDF loses the tab between them).
            known = known_names_in(name, self.known)
            if len(known) > 1:
                parts = known
        if len(parts) > 1 and all(swedish.looks_like_name(part) for part in parts):
            for part in parts:  # "Maria Jansén, Carl Korch"
                self.assign(role, part)
            return
        if not swedish.looks_like_name(name):
            from kuf.samportal.importing.attendance import split_name_role

            named, _title = split_name_role(name)  # "Maria Jansén, förvaltningschef"
            if swedish.looks_like_name(named):
                name = named
        if role == "secretary" and not self.tail.secretary_name:
            self.tail.secretary_name = name
        elif name not in self.tail.justerare_names and name != self.tail.secretary_name:
            self.tail.justerare_names.append(name)

    @staticmethod
    def labels_of(line: str) -> list[tuple[str, str]]:
        labels = line_labels(line)
        return [] if any(key == "bilagor" for key, _ in labels) else labels

    def read(self, block: Block) -> bool:
        """Take one block; False when it is no part of a signature block."""
        columns = [lines for lines in cell_lines(block) if lines]
        if not columns:
            return True
        consumed = False
        labels_in_row = []
        names_in_row = []
        for lines in columns:
            role = None
            for line in lines:
                labels = self.labels_of(line)
                if labels:
                    role = None
                    for key, rest in labels:
                        if rest:
                            for name in re.split(r",|\boch\b", rest):
                                self.assign(key, name)
                        else:
                            labels_in_row.append(key)
                            role = key if len(labels) == 1 else None
                    consumed = True
                elif PLACE_AND_DATE.match(line) and swedish.find_dates(line):
                    self.tail.signature_dates.append(line)
                    consumed = True
                elif (
                    swedish.looks_like_name(line)
                    or names_only(line)
                    or self.is_joined(line)
                    or name_with_title(line)
                ):
                    if role is not None:
                        self.assign(role, line)
                        labels_in_row.remove(role)
                        role = None
                    else:
                        names_in_row.append(line)
                    consumed = True
                elif swedish.party_of_role(line) and len(line) < 60:
                    consumed = True  # the signer's party or title under the name
        if names_in_row:
            targets = self.pending or ["justerare"]
            if len(names_in_row) == 1 and len(targets) > 1:
                names_in_row = split_names(names_in_row[0], len(targets), self.known)
            for index, name in enumerate(names_in_row):
                role = targets[index] if index < len(targets) else targets[-1]
                self.assign(role, name)
            self.pending = []
        if labels_in_row:
            self.pending = labels_in_row
        return consumed

    def is_joined(self, line: str) -> bool:
        """Two or more names on one line with single spaces, when labels wait."""
        return (
            len(self.pending) > 1
            and all(word[:1].isupper() for word in line.split())
            and len(line.split()) >= 2 * len(self.pending)
        )
