"""A supplier's yearly usage statistics: the CSV format, its checks, and the
figures the statistics page shows. Plain Python, no Zope.

The format (UTF-8, semicolon-separated as Swedish spreadsheets write it, one
header line)::

    manad;avdelning;typ;niva;tjanst;belopp;besok
    2025-01;Stockholms stadsbibliotek;efterhjälpande;individ;Stödsamtal;12 450,00;6

``typ`` is efterhjälpande, förebyggande or främjande; ``niva`` is individ,
grupp or organisation; ``belopp`` is in SEK (space or no space between
thousands, decimal comma or point); ``besok`` is the number of visits.
"""

from collections import defaultdict
import csv
from dataclasses import dataclass
import io
from kuf.samportal.inputguard.rules import LINE_LIMIT
from kuf.samportal.inputguard.rules import bad_characters
from kuf.samportal.inputguard.rules import strip_bad_characters
import math
import re


COLUMNS = ("manad", "avdelning", "typ", "niva", "tjanst", "belopp", "besok")
KINDS = ("efterhjälpande", "förebyggande", "främjande")
LEVELS = ("individ", "grupp", "organisation")
MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True)
class UsageRow:
    month: int
    department: str
    kind: str
    level: str
    service: str
    amount: float
    visits: int

    def as_tuple(self):
        return (
            self.month,
            self.department,
            self.kind,
            self.level,
            self.service,
            self.amount,
            self.visits,
        )


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


AMOUNT = re.compile(r"^\d{1,12}(?:[.,]\d{1,2})?$")
VISITS = re.compile(r"^\d{1,7}$")
# A row's amount above this is a typo or an attack: a year of a framework
# agreement is a few million kronor.
AMOUNT_LIMIT = 100_000_000
VISITS_LIMIT = 1_000_000
ROWS_LIMIT = 100_000
FIELD_LIMIT = LINE_LIMIT


def parse_amount(text: str) -> float:
    """Kronor as Swedish spreadsheets write them ("12 450,00", "1234.5");
    no signs, exponents, "nan" or "inf", at most ``AMOUNT_LIMIT``."""
    cleaned = text.replace("\u00a0", "").replace(" ", "")
    if not AMOUNT.match(cleaned):
        raise ValueError(text)
    value = float(cleaned.replace(",", "."))
    if value > AMOUNT_LIMIT:
        raise ValueError(text)
    return round(value, 2)


def parse_visits(text: str) -> int:
    if not VISITS.match(text) or int(text) > VISITS_LIMIT:
        raise ValueError(text)
    return int(text)


def shown(value: str, limit: int = 40) -> str:
    """A bad value as a refusal may quote it: short, without control characters."""
    value = strip_bad_characters(value)
    return value if len(value) <= limit else value[:limit] + "…"


def parse_usage(text: str, year: int) -> tuple[list[UsageRow], list[RowError]]:
    """All rows, or the errors by line number (line 1 is the header)."""
    text = text.lstrip("\ufeff")
    errors: list[RowError] = []
    rows: list[UsageRow] = []
    lines = re.split(r"\r\n|\n|\r", text)
    if len(lines) > ROWS_LIMIT + 1:
        return [], [RowError(ROWS_LIMIT + 2, f"Filen har fler än {ROWS_LIMIT} rader.")]
    for index, content in enumerate(lines):
        if bad_characters(content, multiline=False):
            errors.append(RowError(index + 1, "Raden innehåller otillåtna tecken (styrtecken)."))
            lines[index] = ""  # reported; the other lines are still checked
    reader = csv.reader(io.StringIO("\n".join(lines)), delimiter=";")
    try:
        header = next(reader, None)
        if header is None or [h.strip().lower() for h in header] != list(COLUMNS):
            return [], [RowError(1, f"Rubrikraden ska vara: {';'.join(COLUMNS)}")]
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(COLUMNS):
                errors.append(
                    RowError(line, f"Raden har {len(values)} fält, ska ha {len(COLUMNS)}.")
                )
                continue
            row, problems = parse_row(values, year)
            errors.extend(RowError(line, problem) for problem in problems)
            if row is not None:
                rows.append(row)
    except csv.Error:
        errors.append(RowError(reader.line_num, "Raden kan inte läsas som CSV."))
    if not rows and not errors:
        errors.append(RowError(2, "Filen har inga rader med användning."))
    return rows, sorted(errors, key=lambda error: error.line)


def parse_row(values, year) -> tuple[UsageRow | None, list[str]]:
    month, department, kind, level, service, amount, visits = (v.strip() for v in values)
    problems = []
    match = MONTH.match(month)
    if not match:
        problems.append(f"Månaden ”{shown(month)}” ska skrivas ÅÅÅÅ-MM.")
    elif int(match.group(1)) != year:
        problems.append(f"Månaden {month} hör inte till året {year}.")
    if not department:
        problems.append("Avdelning saknas.")
    elif len(department) > FIELD_LIMIT:
        problems.append(f"Avdelningen är längre än {FIELD_LIMIT} tecken.")
    if kind.lower() not in KINDS:
        problems.append(
            f"Typen ”{shown(kind)}” ska vara efterhjälpande, förebyggande eller främjande."
        )
    if level.lower() not in LEVELS:
        problems.append(f"Nivån ”{shown(level)}” ska vara individ, grupp eller organisation.")
    if not service:
        problems.append("Tjänst saknas.")
    elif len(service) > FIELD_LIMIT:
        problems.append(f"Tjänsten är längre än {FIELD_LIMIT} tecken.")
    try:
        amount_value = parse_amount(amount)
    except ValueError:
        problems.append(f"Beloppet ”{shown(amount)}” är inte ett belopp i kronor.")
    try:
        visits_value = parse_visits(visits)
    except ValueError:
        problems.append(f"Antal besök ”{shown(visits)}” ska vara ett heltal.")
    if problems:
        return None, problems
    row = UsageRow(
        int(match.group(2)),
        department,
        kind.lower(),
        level.lower(),
        service,
        amount_value,
        visits_value,
    )
    return row, []


def cost_per_month(rows) -> list[float]:
    months = [0.0] * 12
    for row in rows:
        months[row.month - 1] += row.amount
    return [round(value, 2) for value in months]


def share_per_kind(rows) -> list[tuple[str, float, int]]:
    """(kind, amount, percent) for each kind, percent rounded to whole numbers."""
    totals = dict.fromkeys(KINDS, 0.0)
    for row in rows:
        totals[row.kind] += row.amount
    total = sum(totals.values())
    return [
        (kind, round(amount, 2), round(100 * amount / total) if total else 0)
        for kind, amount in totals.items()
    ]


def cost_per_department(rows) -> list[tuple[str, float]]:
    totals: dict[str, float] = defaultdict(float)
    for row in rows:
        totals[row.department] += row.amount
    return sorted(((d, round(a, 2)) for d, a in totals.items()), key=lambda x: (-x[1], x[0]))


def top_services(rows, limit=10) -> list[tuple[str, str, float, int]]:
    """(service, kind, amount, visits), the most used by amount first."""
    amounts: dict[tuple[str, str], list] = defaultdict(lambda: [0.0, 0])
    for row in rows:
        entry = amounts[(row.service, row.kind)]
        entry[0] += row.amount
        entry[1] += row.visits
    ranked = sorted(amounts.items(), key=lambda item: (-item[1][0], item[0]))
    return [(s, k, round(a, 2), v) for (s, k), (a, v) in ranked[:limit]]


def plausible(values) -> bool:
    """A stored row the figures can count: a finite amount within the limit
    (rows imported before the checks existed may hold "nan" or "inf")."""
    amount = values[5]
    return isinstance(amount, int | float) and math.isfinite(amount) and 0 <= amount <= AMOUNT_LIMIT


def rows_from_tuples(tuples) -> list[UsageRow]:
    return [UsageRow(*values) for values in tuples if plausible(values)]
