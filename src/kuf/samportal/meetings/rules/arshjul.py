"""The årshjul (a group's plan for the year): its meetings, its themes, and
the grid of which theme is handled at which meeting and how.

Rows are plain dicts, as the content type stores them:

- meeting: ``{"id", "date", "start_time", "end_time", "place"}``
- theme: ``{"id", "title", "responsible", "related", "agenda_item"}``
- cell: ``{"theme", "meeting", "kind", "note"}`` (theme and meeting by id)

Ids are given once and kept, so that a meeting moved to another date or a
theme renamed keeps its cells, and a copy for next year keeps them too.
"""

from datetime import date
from datetime import timedelta
from kuf.samportal import _


# How a theme is handled at a meeting: the protocol's own kinds.
CELL_KINDS = ("information", "samverkan", "forhandling")


def next_id(prefix: str, used) -> str:
    numbers = [
        int(value[len(prefix) :])
        for value in used
        if value and value.startswith(prefix) and value[len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


MEETING_KEYS = ("id", "date", "start_time", "end_time", "place")
THEME_KEYS = ("id", "title", "responsible", "agenda_item", "related")


def with_ids(rows, prefix: str, keys=()) -> list[dict]:
    """Copies of ``rows`` with every key of ``keys``, each with an id (new
    rows get the next free one)."""
    rows = [{**dict.fromkeys(keys), **row} for row in rows or []]
    used = [row.get("id") for row in rows if row.get("id")]
    for row in rows:
        if not row.get("id"):
            row["id"] = next_id(prefix, used)
            used.append(row["id"])
    return rows


def sorted_meetings(meetings) -> list[dict]:
    return sorted((m for m in meetings or [] if m.get("date")), key=lambda m: m["date"])


def meeting_problems(year, meetings) -> list:
    problems = []
    seen = set()
    for meeting in meetings or []:
        day = meeting.get("date")
        if day is None:
            continue
        if year and day.year != year:
            problems.append(
                _(
                    "error_arshjul_meeting_year",
                    default="The meeting on ${date} is not in the årshjul's year ${year}.",
                    mapping={"date": day.isoformat(), "year": str(year)},
                )
            )
        if day in seen:
            problems.append(
                _(
                    "error_arshjul_duplicate_date",
                    default="Two meetings are planned on ${date}.",
                    mapping={"date": day.isoformat()},
                )
            )
        seen.add(day)
        start, end = meeting.get("start_time"), meeting.get("end_time")
        if start and end and end <= start:
            problems.append(
                _(
                    "error_arshjul_meeting_times",
                    default="The meeting on ${date} must end after it starts.",
                    mapping={"date": day.isoformat()},
                )
            )
    ids = [m.get("id") for m in meetings or [] if m.get("id")]
    if len(ids) != len(set(ids)):
        problems.append(_("error_arshjul_meeting_ids", default="Two meetings have the same id."))
    return problems


def theme_problems(themes) -> list:
    ids = [t.get("id") for t in themes or [] if t.get("id")]
    if len(ids) != len(set(ids)):
        return [_("error_arshjul_theme_ids", default="Two themes have the same id.")]
    return []


def cell_problems(cells, theme_ids, meeting_ids) -> list:
    problems = []
    seen = set()
    for cell in cells or []:
        key = (cell.get("theme"), cell.get("meeting"))
        if key[0] not in theme_ids or key[1] not in meeting_ids:
            problems.append(
                _(
                    "error_arshjul_cell_unknown",
                    default="A cell of the grid refers to a theme or a meeting the årshjul "
                    "does not have.",
                )
            )
        elif cell.get("kind") not in CELL_KINDS:
            problems.append(
                _(
                    "error_arshjul_cell_kind",
                    default="Choose Information, Samverkan or Förhandling for each cell.",
                )
            )
        elif key in seen:
            problems.append(
                _("error_arshjul_cell_twice", default="A theme has two cells at one meeting.")
            )
        seen.add(key)
    return list(dict.fromkeys(problems))


def kept_cells(cells, theme_ids, meeting_ids) -> list[dict]:
    """The cells whose theme and meeting still exist (rows may be removed)."""
    return [
        dict(cell)
        for cell in cells or []
        if cell.get("theme") in theme_ids and cell.get("meeting") in meeting_ids
    ]


def column_label(number: int, day: date) -> str:
    """The seed's column heading: "5 (20/5)"."""
    return f"{number} ({day.day}/{day.month})"


def grid(meetings, themes, cells) -> dict:
    """Themes × meetings, in the order of the seed's bilaga."""
    columns = [
        {**meeting, "number": number, "label": column_label(number, meeting["date"])}
        for number, meeting in enumerate(sorted_meetings(meetings), start=1)
    ]
    by_key = {(cell["theme"], cell["meeting"]): cell for cell in cells or []}
    rows = [
        {
            "theme": theme,
            "cells": [by_key.get((theme.get("id"), column["id"])) for column in columns],
        }
        for theme in themes or []
    ]
    return {"columns": columns, "rows": rows}


def meeting_number(meetings, meeting_id) -> int | None:
    """FVG 1, 2, 3 ...: a meeting's place in the year."""
    for number, meeting in enumerate(sorted_meetings(meetings), start=1):
        if meeting.get("id") == meeting_id:
            return number
    return None


def themes_at(meeting_id, themes, cells) -> list[tuple[dict, dict]]:
    """(theme, cell) for every theme handled at the meeting, in the themes' order."""
    by_theme = {cell["theme"]: cell for cell in cells or [] if cell.get("meeting") == meeting_id}
    return [(theme, by_theme[theme["id"]]) for theme in themes or [] if theme["id"] in by_theme]


def same_weekday_in(day: date, year: int) -> date:
    """The day of the same weekday nearest to the same date in ``year``:
    a Monday meeting stays on a Monday."""
    try:
        target = day.replace(year=year)
    except ValueError:  # 29 February
        target = date(year, 2, 28)
    candidate = day + timedelta(weeks=round((target - day).days / 7))
    return (
        candidate
        if candidate.year == year
        else candidate + timedelta(weeks=1 if candidate.year < year else -1)
    )


def copied_meetings(meetings, year: int) -> list[dict]:
    """Next year's meetings: same ids, times and places, on the same weekday."""
    return [
        {**meeting, "date": same_weekday_in(meeting["date"], year)}
        for meeting in sorted_meetings(meetings)
    ]
