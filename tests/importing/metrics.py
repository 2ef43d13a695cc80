"""Accuracy of a parse against a gold structure (used by the accuracy test
and by scripts/bench_import.py)."""

from collections import Counter
from dataclasses import dataclass
from kuf.samportal.importing.model import Protocol


DATE_FIELDS = (
    "meeting_date",
    "start_time",
    "end_time",
    "sent_out",
    "comment_deadline",
    "signing_date",
    "next_meeting_date",
    "next_meeting_time",
)


def f1(expected, found) -> float:
    expected, found = Counter(expected), Counter(found)
    if not expected and not found:
        return 1.0
    hits = sum((expected & found).values())
    if not hits:
        return 0.0
    precision = hits / sum(found.values())
    recall = hits / sum(expected.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    item_f1: float
    heading_match: float
    attendee_f1: float
    dates: float
    bilaga_titles: float
    differences: list

    def meets_targets(self) -> bool:
        return self.item_f1 == 1.0 and self.dates == 1.0 and self.attendee_f1 >= 0.95


def score(expected: Protocol, found: Protocol) -> Score:
    differences = []
    labels = [(p.number, p.letter) for p in expected.punkter]
    found_labels = [(p.number, p.letter) for p in found.punkter]
    item_f1 = f1(labels, found_labels)
    if item_f1 < 1:
        differences.append(("items", sorted(set(labels) ^ set(found_labels))))
    by_label = {(p.number, p.letter): p for p in found.punkter}
    matches = 0
    for punkt in expected.punkter:
        other = by_label.get((punkt.number, punkt.letter))
        same = other is not None and (other.kind, other.heading, other.raised_by) == (
            punkt.kind,
            punkt.heading,
            punkt.raised_by,
        )
        matches += same
        if not same:
            differences.append(
                ("heading", punkt.heading, other and (other.kind, other.heading, other.raised_by))
            )
    heading_match = matches / len(expected.punkter) if expected.punkter else 1.0

    def people(protocol):
        return [
            (section, person.name, person.party, person.note or "")
            for section in ("present", "absent", "adjunct")
            for person in getattr(protocol, section)
        ]

    attendee_f1 = f1(people(expected), people(found))
    if attendee_f1 < 1:
        differences.append(("attendees", sorted(set(people(expected)) ^ set(people(found)))))
    equal = 0
    for name in DATE_FIELDS:
        same = getattr(expected, name) == getattr(found, name)
        equal += same
        if not same:
            differences.append((name, getattr(expected, name), getattr(found, name)))
    titles = [(b.number, b.title) for b in expected.bilagor]
    found_titles = [(b.number, b.title) for b in found.bilagor]
    bilaga_titles = f1(titles, found_titles)
    if bilaga_titles < 1:
        differences.append(("bilagor", sorted(set(titles) ^ set(found_titles))))
    return Score(
        item_f1, heading_match, attendee_f1, equal / len(DATE_FIELDS), bilaga_titles, differences
    )
