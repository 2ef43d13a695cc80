"""The dagordning: its rows, how it is built, numbered and checked.

A row is a dict ``{"sub", "kind", "heading", "raised_by", "handlingar"}``:
``sub`` marks a sub-item (lettered under the main item before it), ``kind``
is the protocol's kind ("information", "samverkan", ...), ``raised_by`` a
party id, ``handlingar`` the numbers of the meeting's handlingar the item
refers to, written as the secretary writes them ("1, 3"). Numbers and
letters are not stored: they follow the order, as in the protocol.
"""

from kuf.samportal import _
from kuf.samportal.rules.numbering import format_label
from kuf.samportal.rules.numbering import item_labels
import re


def row(heading, sub=False, kind=None, raised_by=None, handlingar="") -> dict:
    return {
        "sub": bool(sub),
        "kind": kind or None,
        "heading": heading,
        "raised_by": raised_by or None,
        "handlingar": handlingar or "",
    }


def normalised(text) -> str:
    return " ".join((text or "").split()).casefold()


def labels(rows) -> list[tuple[int, str]]:
    return item_labels([bool(r.get("sub")) for r in rows])


def numbered(rows) -> list[tuple[str, dict]]:
    """("4 b", row) for every row, in order."""
    return [(format_label(*label), r) for label, r in zip(labels(rows), rows, strict=True)]


def main_index(rows, heading) -> int | None:
    wanted = normalised(heading)
    if not wanted:
        return None
    for index, r in enumerate(rows):
        if not r.get("sub") and normalised(r.get("heading")) == wanted:
            return index
    return None


def end_of_item(rows, index) -> int:
    """The index after the main item at ``index`` and its sub-items."""
    end = index + 1
    while end < len(rows) and rows[end].get("sub"):
        end += 1
    return end


def insert_under(rows, parent_heading, new_row) -> list[dict]:
    """``new_row`` as the last sub-item of the main item ``parent_heading``;
    without such an item, as a main item before the last one (the standing
    items end with the next meeting)."""
    rows = [dict(r) for r in rows]
    index = main_index(rows, parent_heading)
    if index is not None:
        rows.insert(end_of_item(rows, index), {**new_row, "sub": True})
        return rows
    mains = [i for i, r in enumerate(rows) if not r.get("sub")]
    position = mains[-1] if len(mains) > 1 else len(rows)
    rows.insert(position, {**new_row, "sub": False})
    return rows


def with_handlingar(rows, index, numbers) -> list[dict]:
    """The row at ``index`` also refers to the handlingar ``numbers``."""
    rows = [dict(r) for r in rows]
    refs, _ok = parse_refs(rows[index].get("handlingar"))
    merged = refs + [n for n in numbers if n not in refs]
    rows[index]["handlingar"] = format_refs(merged)
    return rows


def build(standing_items, themes, accepted=()) -> list[dict]:
    """The dagordning of a meeting: the group's standing items, the
    årshjul's themes for the meeting under the standing item they belong
    to, and the accepted questions where the secretary put them.

    ``themes``: dicts with ``under`` (a standing item's heading), ``kind``
    and ``heading``. ``accepted``: placements as made by ``place_question``.
    """
    rows = [row(heading) for heading in standing_items or [] if (heading or "").strip()]
    for theme in themes:
        rows = insert_under(rows, theme.get("under"), row(theme["heading"], kind=theme["kind"]))
    for placement in accepted:
        rows = place_question(rows, placement)
    return rows


def place_question(rows, placement) -> list[dict]:
    """Put an accepted question into the dagordning.

    ``placement``: ``{"mode": "item", "under": <main item heading>, "row": {...}}``
    makes it a sub-item; ``{"mode": "handling", "target": <heading>,
    "handlingar": [numbers], "under": ..., "row": ...}`` adds its documents to
    the item with that heading (or, if that item is gone, makes it a sub-item).
    """
    if placement.get("mode") == "handling":
        wanted = normalised(placement.get("target"))
        for index, r in enumerate(rows):
            if normalised(r.get("heading")) == wanted:
                return with_handlingar(rows, index, placement.get("handlingar") or [])
    return insert_under(rows, placement.get("under"), placement["row"])


def default_question_parent(rows, configured=None) -> str | None:
    """Where accepted questions go unless the secretary says otherwise: the
    group's configured item, else the last item whose heading begins with
    "Övrig", else the last item but one."""
    mains = [r["heading"] for r in rows if not r.get("sub")]
    if configured and main_index(rows, configured) is not None:
        return rows[main_index(rows, configured)]["heading"]
    others = [h for h in mains if normalised(h).startswith("övrig")]
    if others:
        return others[-1]
    if len(mains) > 1:
        return mains[-2]
    return mains[-1] if mains else None


REFS = re.compile(r"^\s*\d+\s*(,\s*\d+\s*)*$")


def parse_refs(text) -> tuple[list[int], bool]:
    """ "1, 3" -> ([1, 3], True); "" -> ([], True); "ett" -> ([], False)."""
    text = (text or "").strip()
    if not text:
        return [], True
    if not REFS.match(text):
        return [], False
    return list(dict.fromkeys(int(part) for part in text.split(","))), True


def format_refs(numbers) -> str:
    return ", ".join(str(n) for n in numbers)


def problems(rows, handling_numbers) -> list:
    """What is wrong with a dagordning (bad input when saving, blockers
    before the kallelse and the protocol)."""
    found = []
    if rows and rows[0].get("sub"):
        found.append(
            _(
                "error_agenda_first_sub",
                default="The first item of the agenda cannot be a sub-item.",
            )
        )
    existing = set(handling_numbers)
    for label, r in numbered(rows):
        if not (r.get("heading") or "").strip():
            found.append(
                _(
                    "error_agenda_heading",
                    default="Item ${label} of the agenda needs a heading.",
                    mapping={"label": label},
                )
            )
        refs, ok = parse_refs(r.get("handlingar"))
        if not ok:
            found.append(
                _(
                    "error_agenda_refs",
                    default="Item ${label}: write the handlingar as numbers separated by "
                    "commas, for example 1, 3.",
                    mapping={"label": label},
                )
            )
        for number in refs:
            if number not in existing:
                found.append(
                    _(
                        "error_agenda_missing_handling",
                        default="Item ${label} refers to handling ${number}, which the "
                        "meeting does not have.",
                        mapping={"label": label, "number": str(number)},
                    )
                )
    return found


def handling_order(rows, handling_numbers) -> list[int]:
    """The handlingar as the protocol's bilagor: in the order the dagordning
    first refers to them, then those it does not refer to, by number."""
    order = []
    for r in rows:
        refs, _ok = parse_refs(r.get("handlingar"))
        order += [n for n in refs if n in handling_numbers and n not in order]
    return order + sorted(n for n in handling_numbers if n not in order)
