"""Labels that open a part of the protocol: "Närvarande:", "Plats:",
"Bilagor:", "Vid protokollet", ... A label is the whole first cell of a
block, or its start followed by a colon ("Plats: Askebykroken")."""

from kuf.samportal.importing.model import Block
import re


HEADER_LABELS = (
    (
        "present",
        r"närvarande(?:\s+(?!gäster)\w+){0,2}|deltagare|närvarande\s+från\s+\w+|ledamöter|"
        r"ordinarie\s+ledamöter|tjänstgörande\s+\w+",
    ),
    (
        "absent",
        r"förhinder|anmält\s+förhinder|anmält\s+frånvaro|frånvarande|ej\s+närvarande|frånvaro|"
        r"förhindrade",
    ),
    (
        "adjunct",
        r"adjungerade?|adjungerad\s+\w+|övriga\s+närvarande|övriga\s+deltagare|gäster|inbjudna|"
        r"övriga|närvarande\s+gäster",
    ),
    ("date", r"datum|mötesdatum|sammanträdesdatum|dag"),
    ("time", r"tid(?:punkt)?|klockslag|mötestid|tid\s+och\s+plats"),
    ("place", r"plats|lokal|mötesplats|sammanträdesplats|plats\s+och\s+tid"),
    ("group", r"grupp|samverkansgrupp|forum|organ"),
    ("sent_out", r"protokollet\s+skickas\s+ut|skickas\s+ut|utskick"),
    ("deadline", r"synpunkter\s+senast|sista\s+dag\s+för\s+synpunkter"),
    ("signing", r"signeras|justeringsdatum|datum\s+för\s+justering|signering"),
    ("next", r"nästa\s+möte|nästa\s+sammanträde"),
    ("chair", r"ordförande"),
    ("secretary_inline", r"sekreterare|protokollförare"),
    ("justerare_inline", r"justerare|justeras\s+av"),
)
TAIL_LABELS = (
    (
        "bilagor",
        r"bilagor|bilaga|bilageförteckning|förteckning\s+över\s+bilagor|bilagor\s+till\s+protokollet",
    ),
    (
        "secretary",
        r"vid\s+protokollet|protokollförare|sekreterare|antecknat\s+av|sekreterare\s+och\s+protokollförare",
    ),
    ("justerare", r"justerare|justeras|justerat|justerat\s+av|justeras\s+av|ordförande"),
)


def _compile(labels):
    return [
        (key, re.compile(rf"^\s*(?:{pattern})\s*(?::\s*(?P<rest>.*))?$", re.IGNORECASE | re.DOTALL))
        for key, pattern in labels
    ]


HEADER = _compile(HEADER_LABELS)
TAIL = _compile(TAIL_LABELS)


def first_cell(block: Block) -> tuple[str, list[str]]:
    """The first filled cell of a block, and the cells after it."""
    cells = block.cells if block.cells else [block.text]
    for index, cell in enumerate(cells):
        if cell.strip():
            return cell.strip(), cells[index + 1 :]
    return "", []


def match_label(block: Block, table) -> tuple[str, str, list[str]] | None:
    """(key, text after the label in its cell, the other cells) or None."""
    text, others = first_cell(block)
    head, _, below = text.partition("\n")
    for key, regex in table:
        match = regex.match(head)
        if match is None:
            continue
        rest = (match.group("rest") or "").strip()
        has_colon = ":" in head
        if not has_colon and not rest and len(head.split()) > 4:
            continue
        rest = "\n".join(part for part in (rest, below.strip()) if part)
        return key, rest, others
    return None
