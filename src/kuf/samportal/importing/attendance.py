"""Närvarande, Förhinder and Adjungerade: a row or line becomes a person
(name, title or role, party, note).

The layouts: tab-separated lines ("Carl Korch<TAB>Saco"), tables (with or
without a header row "Namn | Titel | Part"), two people on one row (a PDF
set in two columns), "Namn, titel" and "Namn (titel)" in running text, and
lists after the label on the same line ("Närvarande: A (Saco), B (DIK)").
"""

from kuf.samportal.importing import swedish
from kuf.samportal.importing.model import Attendee
import re


NOTE_WORDS = re.compile(
    r"^(?:§|p\.\s*\d|(?:punkt|punkterna|del\s+av|från|till|ej|inte|endast|kl|deltog|"
    r"närvarande|digitalt|via|på\s+distans|lämnade|anslöt|går|gick|kom)\b)",
    re.IGNORECASE,
)
PAREN = re.compile(r"\s*\(([^()]*)\)")
HEADER_WORDS = {
    "name": re.compile(r"^(?:namn|deltagare|ledamot|person)$", re.IGNORECASE),
    "role": re.compile(r"^(?:titel|roll|funktion|befattning|titel/roll|titel eller roll)$", re.I),
    "party": re.compile(
        r"^(?:part|organisation|förbund|facklig organisation|representerar)$", re.I
    ),
    "note": re.compile(r"^(?:anmärkning|not|notering|kommentar|närvaro|punkter)$", re.IGNORECASE),
}
TITLE_START = re.compile(
    r"^(?:administrativ|biträdande|ekonomi|personal|kommunikations|avdelnings|enhets|"
    r"förvaltnings|stabs|it-|hr|facklig|huvudskyddsombud|skyddsombud|ordförande|"
    r"sekreterare|ledamot|ersättare|representant)",
    re.IGNORECASE,
)


def is_note(cell: str) -> bool:
    return bool(NOTE_WORDS.match(cell.strip().strip("()")))


def header_columns(cells: list[str]) -> dict[int, str] | None:
    """The column of each field when ``cells`` is a table's header row."""
    columns = {}
    for index, cell in enumerate(cells):
        for name, pattern in HEADER_WORDS.items():
            if pattern.match(cell.strip().rstrip(":")):
                columns[index] = name
    return columns if "name" in columns.values() and len(columns) >= 2 else None


def take_note(text: str) -> tuple[str, str]:
    """Text without a partial-presence note, and the note: "(punkt 4–12)"."""
    for match in PAREN.finditer(text):
        inner = match.group(1).strip()
        if NOTE_WORDS.match(inner):
            return (text[: match.start()] + text[match.end() :]).strip(), inner
    return text.strip(), ""


def person(name: str, role: str = "", party: str | None = None, note: str = "") -> Attendee:
    name, note_in_name = take_note(name)
    role, note_in_role = take_note(role)
    # "Maria Jansén (ordf.)": a parenthesis that is no note belongs to the role.
    extra = PAREN.search(name)
    if extra:
        name = (name[: extra.start()] + name[extra.end() :]).strip()
        role = ", ".join(part for part in (role, extra.group(1).strip()) if part)
    note = note or note_in_name or note_in_role
    parts = [part.strip() for part in role.split(",")]
    if not note and len(parts) > 1 and NOTE_WORDS.match(parts[-1]):
        role, note = ", ".join(parts[:-1]), parts[-1]  # "(Saco, punkt 4–12)"
    role = role.strip(" ,;–-")
    if party is None:
        party = swedish.party_of_role(role) if role else None
    return Attendee(name=name.strip(" ,;–-"), role=role, party=party, note=note)


def split_name_role(text: str) -> tuple[str, str]:
    """ "Maria Jansén, Förvaltningschef" and kin: the name and the rest."""
    text = text.strip()
    for separator in ("\t", ", ", " – ", " — ", " - ", ": "):
        if separator in text:
            name, rest = text.split(separator, 1)
            if swedish.looks_like_name(take_note(name)[0]):
                return name, rest
    match = re.match(r"^([^()]+?)\s*\(([^()]+)\)\s*(.*)$", text)
    if match and swedish.looks_like_name(match.group(1)) and not NOTE_WORDS.match(match.group(2)):
        rest = match.group(3).strip()
        return match.group(1), match.group(2) + (f" {rest}" if rest else "")
    bare, note = take_note(text)
    words = bare.split()
    candidates = []
    for cut in range(2, min(5, len(words))):
        name, rest = " ".join(words[:cut]), " ".join(words[cut:])
        if not swedish.looks_like_name(name):
            continue
        starts = bool(
            TITLE_START.match(rest)
            or rest[:1].islower()
            or (swedish.parties_in(rest) and swedish.party_by_title(rest.split(" och ")[0]))
            or (swedish.EMPLOYER_TITLE.match(rest))
        )
        if starts or swedish.party_of_role(rest):
            candidates.append((not starts, cut, name, rest))
    if candidates:
        _, _, name, rest = min(candidates)
        return name, f"{rest} ({note})" if note else rest
    return text, ""


def people_in_cells(cells: list[str], columns: dict[int, str] | None = None) -> list[Attendee]:
    """The people of one row: by the header's columns, else by the cells'
    look (a name starts a person, the cells after it describe them)."""
    cells = [cell.strip() for cell in cells]
    if columns:
        values = dict.fromkeys(("name", "role", "party", "note"), "")
        for index, cell in enumerate(cells):
            if index in columns and cell:
                values[columns[index]] = cell
        if not values["name"]:
            return []
        if "party" in columns.values():
            party = swedish.party_by_title(values["party"]) if values["party"] else None
            attendee = person(values["name"], values["role"], party, values["note"])
            attendee.party = party  # the party column is the truth, also when empty
            return [attendee]
        return [person(values["name"], values["role"], note=values["note"])]
    filled = [cell for cell in cells if cell]
    if len(filled) == 1:
        return people_in_text(filled[0])
    if all(split_name_role(cell)[1] for cell in filled):
        return [person(*split_name_role(cell)) for cell in filled]  # "Namn, titel" per cell
    # Name, role, name, role ...: a name-like cell after a described person
    # starts the next person; otherwise it is the role (two-column layouts).
    people: list[list[str]] = []
    for cell in filled:
        current = people[-1] if people else None
        if current is not None and is_note(cell):
            current.append(cell)
            continue
        described = current is not None and len([c for c in current if not is_note(c)]) > 1
        if current is None or (described and swedish.looks_like_name(take_note(cell)[0])):
            people.append([cell])
        else:
            current.append(cell)
    result = []
    for name, *rest in people:
        notes = [part.strip("()") for part in rest if is_note(part)]
        roles = [part for part in rest if not is_note(part)]
        party = None
        if len(roles) > 1 and swedish.party_by_title(roles[-1]):
            party = swedish.party_by_title(roles.pop())
        if not roles and not swedish.looks_like_name(take_note(name)[0]):
            name, role = split_name_role(name)
            roles = [role] if role else []
        result.append(person(name, ", ".join(roles), party, notes[0] if notes else ""))
    return result


def people_in_text(text: str) -> list[Attendee]:
    """One line of text: a person, or several ("A (Saco); B (DIK)")."""
    text = text.strip().rstrip(".")
    if not text:
        return []
    parts = [part for part in re.split(r"\s*;\s*", text) if part.strip()]
    if len(parts) == 1:
        groups = re.findall(r"[^,()]+\([^()]*\)", text)
        if len(groups) > 1 and sum(len(g) for g in groups) >= len(text) - 2 * len(groups):
            parts = [group.strip(" ,") for group in groups]
        else:
            pieces = [piece.strip() for piece in text.split(",")]
            if len(pieces) > 1 and all(swedish.looks_like_name(take_note(p)[0]) for p in pieces):
                parts = pieces
    result = []
    for part in parts:
        name, role = split_name_role(part)
        result.append(person(name, role))
    return result


def is_person_row(cells: list[str]) -> bool:
    """Whether a row or line reads as attendance rather than running text."""
    filled = [cell for cell in cells if cell.strip()]
    if not filled:
        return False
    first = take_note(filled[0])[0]
    if len(filled) > 1:
        return swedish.looks_like_name(first) or swedish.looks_like_name(split_name_role(first)[0])
    if len(first) > 160:
        return False
    name, _role = split_name_role(first)
    names = [p for p in re.split(r"\s*[;,]\s*", first) if p]
    return swedish.looks_like_name(take_note(name)[0]) or (
        len(names) > 1 and swedish.looks_like_name(split_name_role(names[0])[0])
    )
