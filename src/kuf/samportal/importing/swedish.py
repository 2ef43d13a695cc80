"""Swedish dates, times, parties and item kinds as protocols write them.

Plain functions over strings; every pattern here was seen in a protocol
(or in the variants of the gold set) and has a unit test.
"""

from dataclasses import dataclass
from datetime import date
from datetime import time
from kuf.samportal.rules import swedish_time
import re


MONTHS = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "mars": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augusti": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DASH = "[-–—‐]"

# 2025-01-13, 2025-1-3
ISO_DATE = re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")
# 13 januari 2025, den 13:e januari, 13 jan. 2025
NAMED_DATE = re.compile(
    rf"(?<![\d/])(\d{{1,2}})(?::e|:a)?\s+({_MONTH})\.?(?:\s+(\d{{4}}))?(?![\wåäö])",
    re.IGNORECASE,
)
# 8/6, 8/6 2025, 8/6-2025, 13.1.2025 (day first, as in Sweden)
NUMERIC_DATE = re.compile(
    r"(?<![\d/.:])(\d{1,2})/(\d{1,2})(?:(?:\s+|-)(\d{4}))?(?![\d/])"
    r"|(?<![\d.:])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)"
)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    day: int
    month: int
    year: int | None

    def resolve(self, reference: date | None) -> date | None:
        """The date, taking a missing year from ``reference`` (the meeting):
        of the years around it, the one that puts the date closest to it."""
        try:
            if self.year is not None:
                return date(self.year, self.month, self.day)
            if reference is None:
                return None
            candidates = []
            for year in (reference.year - 1, reference.year, reference.year + 1):
                try:
                    candidates.append(date(year, self.month, self.day))
                except ValueError:
                    continue
            return min(candidates, key=lambda d: abs((d - reference).days), default=None)
        except ValueError:
            return None


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, in order of appearance."""
    found = []
    for match in ISO_DATE.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        found.append(DateMatch(match.start(), match.end(), day, month, year))
    for match in NAMED_DATE.finditer(text):
        day, month, year = match.groups()
        found.append(
            DateMatch(
                match.start(),
                match.end(),
                int(day),
                MONTHS[month.lower()],
                int(year) if year else None,
            )
        )
    for match in NUMERIC_DATE.finditer(text):
        if match.group(1):
            day, month, year = match.group(1), match.group(2), match.group(3)
        else:
            day, month, year = match.group(4), match.group(5), match.group(6)
        found.append(
            DateMatch(match.start(), match.end(), int(day), int(month), int(year) if year else None)
        )
    valid = [d for d in found if 1 <= d.month <= 12 and 1 <= d.day <= 31]
    valid.sort(key=lambda d: d.start)
    # Overlaps (a named date inside a longer one) keep the first, longest.
    result = []
    for match in valid:
        if result and match.start < result[-1].end:
            continue
        result.append(match)
    return result


def first_date(text: str, reference: date | None = None) -> date | None:
    for match in find_dates(text):
        value = match.resolve(reference)
        if value is not None:
            return value
    return None


# Times: "kl. 12", "kl 12.00", "Kl. 09:00-10:30", "9.00–10.30", "klockan 13".
_CLOCK = r"(?:kl(?:ockan|\.)?\s*)"
_HM = r"(\d{1,2})(?:[.:](\d{2}))?"
TIME_SPAN = re.compile(
    rf"(?<![\d/.:])({_CLOCK})?{_HM}\s*(?:{_DASH}|till)\s*{_CLOCK}?{_HM}(?![\d/])", re.IGNORECASE
)
CLOCK_TIME = re.compile(rf"{_CLOCK}{_HM}(?![\d/])", re.IGNORECASE)
BARE_TIME = re.compile(r"(?<![\d/.:-])(\d{1,2})[.:](\d{2})(?![\d/.])")


def make_time(hours, minutes) -> time | None:
    try:
        return time(int(hours), int(minutes or 0))
    except ValueError:
        return None


def find_time_span(text: str) -> tuple[time | None, time | None, int]:
    """(start, end, position) of the first time or time span in ``text``.

    A span needs "kl." or minutes on at least one side, so that "punkt 4–12"
    is never read as a time.
    """
    for match in TIME_SPAN.finditer(text):
        clock, h1, m1, h2, m2 = match.groups()
        if not (clock or m1 or m2):
            continue
        start, end = make_time(h1, m1), make_time(h2, m2)
        if start and end and end > start:
            return start, end, match.start()
    single = find_time(text)
    return single[0], None, single[1]


def find_time(text: str) -> tuple[time | None, int]:
    """The first single time: "kl. 12", "kl. 9:00", else a bare "13.30"."""
    for pattern in (CLOCK_TIME, BARE_TIME):
        for match in pattern.finditer(text):
            value = make_time(*match.groups())
            if value is not None:
                return value, match.start()
    return None, -1


def format_time(value: time) -> str:
    return f"{value:%H:%M}"


def format_date_words(value: date, weekday=True) -> str:
    """ "måndag 10 februari 2025": how a secretary writes a date."""
    return swedish_time.weekday_date(value) if weekday else swedish_time.long_date(value)


# Parties. The ids are those of kuf.samportal.parties (the vocabulary
# kuf.samportal.Parties); names as protocols write them, older names of
# merged unions included.
PARTY_PATTERNS = (
    ("ssr", r"Akademikerförbundet\s+SSR|\bSSR\b"),
    ("sveriges-larare", r"Sveriges?\s+Lärare|Lärarförbundet|Lärarnas\s+Riksförbund"),
    ("saco", r"\bSaco(?:-S)?\b|\bSACO(?:-S)?\b"),
    ("vision", r"\bVision\b|\bVISION\b"),
    ("dik", r"\bDIK\b"),
    ("kommunal", r"\bKommunal\b|\bKOMMUNAL\b"),
    ("ledarna", r"\bLedarna\b|\bLEDARNA\b"),
    ("arbetsgivaren", r"\b[Aa]rbetsgivar(?:en|sidan|representant\w*|parten)\b"),
)
PARTY_TITLES = {
    "arbetsgivaren": "Arbetsgivaren",
    "saco": "Saco",
    "vision": "Vision",
    "dik": "DIK",
    "kommunal": "Kommunal",
    "sveriges-larare": "Sveriges Lärare",
    "ssr": "Akademikerförbundet SSR",
    "ledarna": "Ledarna",
}
_PARTY_REGEXES = [(party, re.compile(pattern)) for party, pattern in PARTY_PATTERNS]

# Titles that only the employer's side holds: they make a person's party
# "arbetsgivaren" when no union is named.
EMPLOYER_TITLE = re.compile(
    r"chef|direktör|sekreterare|\bHR\b|HR-|konsult|strateg|controller|ekonom|handläggare|"
    r"samordnare|specialist|rådgivare|utredare|jurist|registrator|assistent|ansvarig|"
    r"koordinator|administratör|kommunikatör|projektledare|verksamhetsutvecklare|"
    r"personalfunktion|förvaltningen|biträdande|arbetsgivar",
    re.IGNORECASE,
)


def parties_in(text: str) -> list[str]:
    """The parties named in ``text``, in the order they are named."""
    found = []
    for party, regex in _PARTY_REGEXES:
        match = regex.search(text)
        if match:
            found.append((match.start(), party))
    found.sort()
    result = []
    for _, party in found:
        if party not in result:
            result.append(party)
    return result


def party_of_role(role: str) -> str | None:
    """A person's party from their title or role: a union named in it, else
    the employer for an employer's title ("HR-chef"), else unknown."""
    unions = [party for party in parties_in(role) if party != "arbetsgivaren"]
    if unions:
        return unions[0]
    if "arbetsgivaren" in parties_in(role) or EMPLOYER_TITLE.search(role):
        return "arbetsgivaren"
    return None


def party_by_title(text: str) -> str | None:
    """The party a cell names exactly ("Sveriges Lärare", "Arbetsgivaren")."""
    cleaned = text.strip().rstrip(":").strip()
    if not cleaned:
        return None
    for party, title in PARTY_TITLES.items():
        if cleaned.lower() in (party, title.lower()):
            return party
    found = parties_in(cleaned)
    return found[0] if len(found) == 1 else None


# Item kinds: the prefix of a heading, "Information: ..." (ids of the
# vocabulary kuf.samportal.ItemKinds).
KIND_WORDS = (
    ("anmald_fraga", r"anmäld(?:a)?\s+fråg(?:a|or)|fråga|frågor"),
    ("information", r"information(?:särende)?|info"),
    ("samverkan", r"samverkan(?:särende)?"),
    ("forhandling", r"(?:mbl-?)?förhandling(?:\s+enligt\s+mbl(?:\s*§\s*\d+)?)?|mbl\s*§\s*\d+"),
    ("beslut", r"beslut(?:särende)?"),
    ("diskussion", r"diskussion|dialog"),
    ("ovrigt", r"övrigt|övrig\s+fråga"),
)
KIND_TITLES = {
    "information": "Information",
    "samverkan": "Samverkan",
    "forhandling": "Förhandling",
    "anmald_fraga": "Anmäld fråga",
    "beslut": "Beslut",
    "diskussion": "Diskussion",
    "ovrigt": "Övrigt",
}
_KINDS = "|".join(f"(?P<{kind}>{words})" for kind, words in KIND_WORDS)
KIND_PREFIX = re.compile(
    rf"^\s*(?:(?:{_KINDS})(?:\s+(?:från|av)\s+(?P<party>[^:]{{1,60}}?))?"
    rf"|från\s+(?P<party_only>[^:]{{1,60}}?))\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_kind(heading: str) -> tuple[str | None, str | None, str]:
    """(kind, raised_by, heading): "Anmäld fråga från DIK: Sociala medier"
    gives ("anmald_fraga", "dik", "Sociala medier")."""
    match = KIND_PREFIX.match(heading)
    if not match:
        return None, None, heading.strip()
    kind = next((k for k, _ in KIND_WORDS if match.group(k)), None)
    party_text = match.group("party") or match.group("party_only")
    raised_by = None
    if party_text:
        named = [p for p in parties_in(party_text) if p]
        if not named:
            # "Information från HR-chefen:" is a heading, not a party's question.
            return None, None, heading.strip()
        raised_by = named[0]
    return kind, raised_by, match.group("rest").strip()


def kind_prefix(kind: str | None, raised_by: str | None) -> str:
    """The heading's prefix as the writer puts it: "Anmäld fråga från DIK: "."""
    words = KIND_TITLES.get(kind, "") if kind else ""
    if raised_by:
        party = PARTY_TITLES.get(raised_by, raised_by)
        words = f"{words} från {party}" if words else f"Från {party}"
    return f"{words}: " if words else ""


# Bilaga references: "(bilaga 1)", "(bilaga 2–4)", "bilaga 2 och 3", "bilagor 1, 2".
_NUMBERS = rf"\d{{1,2}}(?:\s*(?:{_DASH}|,|och|&|samt|\+)\s*\d{{1,2}})*"
_BILAGA = r"(?:\b[Bb]ilag(?:a|or|orna|an)|\b[Bb]il\.)\s*(?:nr\.?\s*)?"
BILAGA_REF = re.compile(rf"{_BILAGA}({_NUMBERS})\b")
BILAGA_PAREN = re.compile(rf"\s*\(\s*{_BILAGA}{_NUMBERS}\s*\)")
BILAGA_TRAILING = re.compile(rf"\s*[,;–-]?\s*{_BILAGA}{_NUMBERS}\s*$")


def expand_numbers(text: str) -> list[int]:
    numbers = []
    for part in re.split(r"\s*(?:,|och|&|samt|\+)\s*", text):
        bounds = re.split(_DASH, part)
        bounds = [int(b) for b in bounds if b.strip().isdigit()]
        if len(bounds) == 2 and bounds[0] <= bounds[1] <= bounds[0] + 30:
            numbers.extend(range(bounds[0], bounds[1] + 1))
        else:
            numbers.extend(bounds)
    return numbers


def bilaga_refs(text: str) -> list[int]:
    found = []
    for match in BILAGA_REF.finditer(text):
        for number in expand_numbers(match.group(1)):
            if number not in found:
                found.append(number)
    return found


def strip_bilaga_refs(heading: str) -> tuple[str, list[int]]:
    """The heading without its bilaga references, and the numbers."""
    numbers = bilaga_refs(heading)
    cleaned = BILAGA_PAREN.sub("", heading)
    cleaned = BILAGA_TRAILING.sub("", cleaned)
    return cleaned.strip(), numbers


def format_bilaga_refs(numbers: list[int]) -> str:
    """ "(bilaga 1)", "(bilaga 2–4)", "(bilaga 1, 3)"."""
    if not numbers:
        return ""
    numbers = sorted(set(numbers))
    parts = []
    start = prev = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == prev + 1:
            prev = number
            continue
        parts.append(
            f"{start}–{prev}"
            if prev > start + 1
            else (f"{start}, {prev}" if prev == start + 1 else str(start))
        )
        if number is not None:
            start = prev = number
    label = "bilagor" if len(numbers) > 1 else "bilaga"
    return f"({label} {', '.join(parts)})"


# People's names: "Annasara Yderstedt Karlsson", "Åsa Reiding", "Carl-Johan af Ekström".
_NAME_WORD = r"(?:[A-ZÅÄÖÉÜ][a-zåäöéèüáíóúñçë'’]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéèüáíóúñçë'’]+)?)"
PERSON_NAME = re.compile(
    rf"^{_NAME_WORD}(?:\s+(?:(?:af|av|von|van|de|der|la|le)\s+)?{_NAME_WORD}){{1,4}}$"
)


def looks_like_name(text: str) -> bool:
    text = text.strip()
    if not PERSON_NAME.match(text):
        return False
    return not parties_in(text) and not EMPLOYER_TITLE.search(text)
