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


def parse_amount(text: str) -> float:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    value = float(cleaned)
    if value < 0:
        raise ValueError(text)
    return round(value, 2)


def parse_usage(text: str, year: int) -> tuple[list[UsageRow], list[RowError]]:
    """All rows, or the errors by line number (line 1 is the header)."""
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text), delimiter=";")
    errors: list[RowError] = []
    rows: list[UsageRow] = []
    header = next(reader, None)
    if header is None or [h.strip().lower() for h in header] != list(COLUMNS):
        return [], [RowError(1, f"Rubrikraden ska vara: {';'.join(COLUMNS)}")]
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        problems = []
        if len(values) != len(COLUMNS):
            errors.append(RowError(line, f"Raden har {len(values)} fält, ska ha {len(COLUMNS)}."))
            continue
        month, department, kind, level, service, amount, visits = (v.strip() for v in values)
        match = MONTH.match(month)
        if not match:
            problems.append(f"Månaden ”{month}” ska skrivas ÅÅÅÅ-MM.")
        elif int(match.group(1)) != year:
            problems.append(f"Månaden {month} hör inte till året {year}.")
        if not department:
            problems.append("Avdelning saknas.")
        if kind.lower() not in KINDS:
            problems.append(
                f"Typen ”{kind}” ska vara efterhjälpande, förebyggande eller främjande."
            )
        if level.lower() not in LEVELS:
            problems.append(f"Nivån ”{level}” ska vara individ, grupp eller organisation.")
        if not service:
            problems.append("Tjänst saknas.")
        try:
            amount_value = parse_amount(amount)
        except ValueError:
            problems.append(f"Beloppet ”{amount}” är inte ett belopp i kronor.")
        if not visits.isdigit():
            problems.append(f"Antal besök ”{visits}” ska vara ett heltal.")
        if problems:
            errors.extend(RowError(line, problem) for problem in problems)
            continue
        rows.append(
            UsageRow(
                int(match.group(2)),
                department,
                kind.lower(),
                level.lower(),
                service,
                amount_value,
                int(visits),
            )
        )
    if not rows and not errors:
        errors.append(RowError(2, "Filen har inga rader med användning."))
    return rows, errors


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


def rows_from_tuples(tuples) -> list[UsageRow]:
    return [UsageRow(*values) for values in tuples]
