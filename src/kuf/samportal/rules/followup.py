"""Rules of the yearly follow-up of SAM and aktiva åtgärder.

Plain Python, no Zope: what the answer scales are, when each level answers,
when an answer is late, what must be true before a follow-up is submitted,
and how the answers of many nodes roll up. Messages are msgids of the
``kuf.samportal`` domain; the caller translates them.
"""

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
import datetime


@dataclass(frozen=True)
class Scale:
    id: str
    title: str
    values: tuple[tuple[str, str], ...]  # (value, label)

    @property
    def value_ids(self) -> tuple[str, ...]:
        return tuple(value for value, _label in self.values)

    def label(self, value: str) -> str:
        return dict(self.values).get(value, value)


SCALES = {
    "instammer": Scale(
        "instammer",
        "Instämmer helt / Instämmer delvis / Instämmer inte",
        (
            ("instammer_helt", "Instämmer helt"),
            ("instammer_delvis", "Instämmer delvis"),
            ("instammer_inte", "Instämmer inte"),
        ),
    ),
    "ja_nej": Scale(
        "ja_nej",
        "Ja / Delvis / Nej",
        (("ja", "Ja"), ("delvis", "Delvis"), ("nej", "Nej")),
    ),
}

KINDS = {
    "sam": "Checklista för årlig uppföljning",
    "aktiva_atgarder": "Aktiva åtgärder",
}

# Levels of the organisation, top down, with the months in which they answer
# (the routine: units February–March, departments April, the administration May).
LEVELS = ("forvaltning", "avdelning", "enhet")
LEVEL_TITLES = {"forvaltning": "Förvaltning", "avdelning": "Avdelning", "enhet": "Enhet"}
PERIOD_MONTHS = {"enhet": (2, 3), "avdelning": (4, 4), "forvaltning": (5, 5)}
PARENT_LEVEL = {"forvaltning": None, "avdelning": "forvaltning", "enhet": "avdelning"}

ACTION_STATUSES = (
    ("ej_paborjad", "Ej påbörjad"),
    ("pagaende", "Pågående"),
    ("avslutad", "Avslutad"),
)

CONFIRMERS = ("chef", "skyddsombud")


def period(level: str, year: int) -> tuple[datetime.date, datetime.date]:
    """First and last day on which a node of ``level`` answers for ``year``."""
    first_month, last_month = PERIOD_MONTHS[level]
    start = datetime.date(year, first_month, 1)
    following = datetime.date(year + (last_month == 12), last_month % 12 + 1, 1)
    return start, following - datetime.timedelta(days=1)


def timeliness(
    level: str, year: int, today: datetime.date, submitted_on: datetime.date | None
) -> str:
    """``i_tid``, ``ej_startad``, ``pagar``, ``forsenad`` (not in, period over) or ``sen``
    (submitted after the period)."""
    start, end = period(level, year)
    if submitted_on is not None:
        return "sen" if submitted_on > end else "i_tid"
    if today > end:
        return "forsenad"
    return "ej_startad" if today < start else "pagar"


def is_late(status: str) -> bool:
    return status in ("forsenad", "sen")


def level_fits(level: str, parent_level: str | None) -> bool:
    """A förvaltning is a root; avdelningar sit under it, enheter under an avdelning."""
    return PARENT_LEVEL[level] == parent_level


def validate_answer(scale: Scale, value: str | None) -> str | None:
    if value in (None, ""):
        return None
    if value not in scale.value_ids:
        return "error_answer_not_on_scale"
    return None


def unanswered(question_ids: Iterable[str], answers: Mapping[str, Mapping]) -> list[str]:
    """The questions without an answer value, in the template's order."""
    return [qid for qid in question_ids if not (answers.get(qid) or {}).get("svar")]


def submit_blockers(
    question_ids: Iterable[str],
    answers: Mapping[str, Mapping],
    confirmations: Mapping[str, Mapping],
    needs_confirmation: Iterable[str],
    year_open: bool,
) -> list[str]:
    """Why a follow-up cannot be submitted yet (msgids); empty when it can."""
    blockers = []
    if not year_open:
        blockers.append("blocker_year_closed")
    if unanswered(question_ids, answers):
        blockers.append("blocker_unanswered")
    for who in needs_confirmation:
        if who not in confirmations:
            blockers.append(f"blocker_confirm_{who}")
    return blockers


def confirmer_roles(user_id: str, chef: str | None, skyddsombud: Iterable[str]) -> list[str]:
    """As whom ``user_id`` confirms a node's answers: chef, skyddsombud or neither."""
    roles = []
    if user_id and user_id == chef:
        roles.append("chef")
    if user_id and user_id in set(skyddsombud or ()):
        roles.append("skyddsombud")
    return roles


def action_date_error(start: datetime.date | None, end: datetime.date | None) -> str | None:
    if start and end and end < start:
        return "error_action_end_before_start"
    return None


@dataclass
class QuestionSummary:
    """One question rolled up over many nodes."""

    question_id: str
    counts: dict[str, int] = field(default_factory=dict)
    analyses: list[tuple[str, str]] = field(default_factory=list)  # (node title, text)

    @property
    def answered(self) -> int:
        return sum(self.counts.values())


def roll_up(
    question_ids: Iterable[str],
    scale: Scale,
    entries: Iterable[tuple[str, Mapping[str, Mapping]]],
) -> list[QuestionSummary]:
    """Count answers per value and collect analyses with the node's name.

    ``entries`` are ``(node title, answers)``; ``answers`` maps a question id
    to ``{"svar": value, "analys": text}``.
    """
    summaries = {
        qid: QuestionSummary(qid, counts=dict.fromkeys(scale.value_ids, 0)) for qid in question_ids
    }
    for node_title, answers in entries:
        for qid, answer in answers.items():
            summary = summaries.get(qid)
            if summary is None:
                continue
            value = answer.get("svar")
            if value in summary.counts:
                summary.counts[value] += 1
            text = (answer.get("analys") or "").strip()
            if text:
                summary.analyses.append((node_title, text))
    return list(summaries.values())


def next_question_id(existing: Iterable[str]) -> str:
    """A new id ``f<n>`` that no question of the template has used."""
    numbers = [int(qid[1:]) for qid in existing if qid[:1] == "f" and qid[1:].isdigit()]
    return f"f{max(numbers, default=0) + 1}"
