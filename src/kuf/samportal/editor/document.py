"""The whole protocol as one structure: read, checked and written at once.

Used by the one-page editor (``@@skriv``) and by REST (``@dokument``). The
structure (plain JSON values)::

    {"meeting_date": "2026-06-01", "start_time": "09:00", "end_time": "10:30",
     "place": "...", "sent_out": "...", "comment_deadline": "2026-06-04T12:00",
     "signing_date": "...", "justerare": ["saco"],
     "next_meeting_date": "...", "next_meeting_time": "...", "next_meeting_place": "...",
     "present": [{"name", "role", "party", "user_id", "note"}], "absent": [...],
     "adjunct": [...],
     "punkter": [{"id": "punkt-1" or None, "sub": False, "kind": "information",
                  "raised_by": "saco", "heading": "...", "body": "<p>...</p>",
                  "bilagor": [<bilaga UIDs>]}]}

The items are numbered by their order (a sub-item continues the number of
the item before it with the next letter), as the numbering rules number
them. ``check`` reads everything and collects every problem before
``write`` changes anything: a bad value leaves the protocol as it was.
"""

from datetime import date
from datetime import datetime
from datetime import time
from kuf.samportal import _
from kuf.samportal.content.protokoll import TIMEZONE
from kuf.samportal.content.protokoll import IAttendee
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.content.protokoll import group_of
from kuf.samportal.content.protokoll import member_groups
from kuf.samportal.content.protokollspunkt import IProtokollspunkt
from kuf.samportal.inputguard import rules as input_rules
from kuf.samportal.inputguard.fields import field_problem
from kuf.samportal.numbering_handlers import PLACING
from kuf.samportal.numbering_handlers import renumber
from kuf.samportal.parties import PARTIES
from kuf.samportal.rules import justering
from kuf.samportal.rules import numbering
from kuf.samportal.rules.participation import justerare_problems
from kuf.samportal.vocabularies import ITEM_KINDS
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
import re
from zope.event import notify
from zope.i18n import translate
from zope.lifecycleevent import ObjectModifiedEvent


ATTENDANCE = ("present", "absent", "adjunct")
ATTENDEE_KEYS = ("name", "role", "party", "user_id", "note")
DATES = ("meeting_date", "sent_out", "signing_date", "next_meeting_date")
TIMES = ("start_time", "end_time", "next_meeting_time")
LINES = ("place", "next_meeting_place")
ITEM_KEYS = ("id", "sub", "kind", "raised_by", "heading", "body", "bilagor")
PARTY_IDS = frozenset(party.id for party in PARTIES)
KIND_IDS = frozenset(kind for kind, _title in ITEM_KINDS)
EDITABLE_STATE = "draft"

NOT_DRAFT = _(
    "error_editor_not_draft",
    default="Only a draft can be written here. Retract the protocol to draft first.",
)
BAD_DATE = _("error_editor_date", default="${field}: write the date as YYYY-MM-DD.")
BAD_TIME = _("error_editor_time", default="${field}: write the time as HH:MM.")
BAD_DATETIME = _(
    "error_editor_datetime", default="${field}: write the date and time as YYYY-MM-DD HH:MM."
)
REQUIRED = _("error_editor_required", default="${field}: fill this in.")
NO_HEADING = _("error_editor_heading", default="Item ${number}: write a heading.")
NO_NAME = _("error_editor_name", default="${field}, row ${number}: write a name.")
UNKNOWN = _("error_editor_unknown", default="${field}: the value is not one of the choices.")
UNKNOWN_ITEM = _(
    "error_editor_unknown_item",
    default="Item ${number}: the item is not part of this protocol (reload the page).",
)
TWICE = _("error_editor_item_twice", default="Item ${number}: the same item is given twice.")
OTHER_BILAGA = _(
    "error_missing_bilaga",
    default="An item can only refer to attachments of its own protocol.",
)
TOO_MANY_ITEMS = _("error_editor_too_many", default="A protocol has at most ${limit} items.")
WRONG_FORM = _("error_body_wrong_key", default='"${key}": the value has the wrong form.')


class Problems:
    """Problems by key: "" for the whole protocol, a field name, or
    "punkter.3.heading" (0-based row) for a part of an item."""

    def __init__(self, request):
        self.request = request
        self.by_key = {}

    def add(self, key, message):
        text = translate(message, context=self.request) if message is not None else ""
        self.by_key.setdefault(key, []).append(text)

    def __bool__(self):
        return bool(self.by_key)

    def messages(self):
        return [message for messages in self.by_key.values() for message in messages]

    def as_list(self):
        return [
            {"field": key, "message": message}
            for key, messages in self.by_key.items()
            for message in messages
        ]


def label(field_name, request):
    return translate(IProtokoll[field_name].title, context=request)


# -- reading ------------------------------------------------------------------


def format_date(value):
    return value.isoformat() if value else ""


def format_time(value):
    return value.strftime("%H:%M") if value else ""


def format_deadline(value):
    if not value:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(TIMEZONE)
    return value.strftime("%Y-%m-%dT%H:%M")


def attendee_rows(rows):
    return [{key: (row.get(key) or "") for key in ATTENDEE_KEYS} for row in rows or []]


def read(protocol):
    """The protocol as the structure above."""
    data = {name: format_date(getattr(protocol, name, None)) for name in DATES}
    data.update({name: format_time(getattr(protocol, name, None)) for name in TIMES})
    data.update({name: getattr(protocol, name, None) or "" for name in LINES})
    data["comment_deadline"] = format_deadline(protocol.comment_deadline)
    data["justerare"] = list(protocol.justerare or [])
    for name in ATTENDANCE:
        data[name] = attendee_rows(getattr(protocol, name, None))
    data["punkter"] = [
        {
            "id": item.getId(),
            "sub": bool(item.letter),
            "label": item.label(),
            "kind": item.kind or "",
            "raised_by": item.raised_by or "",
            "heading": item.heading or "",
            "body": item.body.raw if item.body is not None else "",
            "bilagor": list(item.bilagor or []),
        }
        for item in protocol.punkter()
    ]
    return data


def previous_protocol(protocol):
    """The group's latest protocol before this one's meeting date."""
    group = group_of(protocol)
    if group is None:
        return None
    own_date = protocol.meeting_date or date.max
    earlier = [
        other
        for other in group.objectValues()
        if getattr(other, "portal_type", None) == "Protokoll"
        and other.getId() != protocol.getId()
        and other.meeting_date
        and other.meeting_date < own_date
        and (other.present or other.absent)
    ]
    return max(earlier, key=lambda other: other.meeting_date) if earlier else None


def proposed_attendance(protocol):
    """For a protocol without attendance: the previous protocol's, else the
    group's members (its parties' users) as present."""
    previous = previous_protocol(protocol)
    if previous is not None:
        return {name: attendee_rows(getattr(previous, name, None)) for name in ATTENDANCE}
    group = group_of(protocol)
    present = []
    if group is not None:
        from kuf.samportal.rules.participation import party_of

        seen = set()
        for party in PARTIES:
            if party.id not in (group.parties or []):
                continue
            for user in api.user.get_users(groupname=party.group_id):
                user_id = user.getId()
                if user_id in seen:
                    continue
                seen.add(user_id)
                present.append(
                    {
                        "name": user.getProperty("fullname") or user_id,
                        "role": "",
                        "party": party_of(set(user.getGroups()), group.parties) or "",
                        "user_id": user_id,
                        "note": "",
                    }
                )
    return {"present": present, "absent": [], "adjunct": []}


def has_attendance(protocol):
    return any(getattr(protocol, name, None) for name in ATTENDANCE)


# -- checking -----------------------------------------------------------------


def text_of(value):
    return value.strip() if isinstance(value, str) else value


def parse_date(value):
    return date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def parse_time(value):
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", value)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    return time(hour, minute) if hour < 24 and minute < 60 else None


def parse_deadline(value):
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ](\d{1,2}[:.]\d{2})", value)
    if not match:
        return None
    day, moment = parse_date(match.group(1)), parse_time(match.group(2))
    if day is None or moment is None:
        return None
    return datetime.combine(day, moment).replace(tzinfo=TIMEZONE)


def checked_value(problems, key, value, parse, message, request, required=False):
    """Parse one text value; None (and a problem) when it cannot be read."""
    value = text_of(value)
    if value in (None, ""):
        if required:
            problems.add(key, _(REQUIRED, mapping={"field": label(key, request)}))
        return None
    if not isinstance(value, str) or len(value) > 64:
        problems.add(key, _(message, mapping={"field": label(key, request)}))
        return None
    try:
        parsed = parse(value)
    except ValueError:
        parsed = None
    if parsed is None:
        problems.add(key, _(message, mapping={"field": label(key, request)}))
    return parsed


def check(protocol, data, request):
    """(values, problems): the values to write, and every problem found."""
    problems = Problems(request)
    if not isinstance(data, dict):
        problems.add("", _(WRONG_FORM, mapping={"key": "body"}))
        return None, problems
    values = {}
    for name in DATES:
        values[name] = checked_value(
            problems,
            name,
            data.get(name),
            parse_date,
            BAD_DATE,
            request,
            required=name == "meeting_date",
        )
    for name in TIMES:
        values[name] = checked_value(problems, name, data.get(name), parse_time, BAD_TIME, request)
    values["comment_deadline"] = checked_value(
        problems,
        "comment_deadline",
        data.get("comment_deadline"),
        parse_deadline,
        BAD_DATETIME,
        request,
    )
    for name in LINES:
        value = text_of(data.get(name))
        problem = field_problem(IProtokoll[name], value, request)
        if problem is not None:
            problems.add(name, problem)
        values[name] = value or None
    check_justerare(protocol, data.get("justerare"), values, problems, request)
    for name in ATTENDANCE:
        values[name] = check_attendance(name, data.get(name), problems, request)
    values["punkter"] = check_items(protocol, data.get("punkter"), problems, request)
    for problem in justering.meeting_problems(values["start_time"], values["end_time"]):
        problems.add("end_time", problem)
    schedule = justering.Schedule(
        values["sent_out"], values["comment_deadline"], values["signing_date"]
    )
    for problem in justering.schedule_problems(schedule):
        problems.add("signing_date" if "signing" in str(problem) else "comment_deadline", problem)
    return values, problems


def check_justerare(protocol, value, values, problems, request):
    value = value if value is not None else []
    problem = field_problem(IProtokoll["justerare"], value, request)
    if problem is not None:
        problems.add("justerare", problem)
        values["justerare"] = list(protocol.justerare or [])
        return
    justerare = [user_id for user_id in value if user_id]
    group = group_of(protocol)
    if group is not None:
        for problem in justerare_problems(justerare, member_groups, group.parties):
            problems.add("justerare", problem)
    values["justerare"] = justerare


def check_attendance(name, rows, problems, request):
    rows = rows if rows is not None else []
    field = IProtokoll[name]
    title = label(name, request)
    if not isinstance(rows, list):
        problems.add(name, field_problem(field, rows, request))
        return []
    clean = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            problems.add(name, field_problem(field, [row], request) or WRONG_FORM)
            continue
        row = {key: text_of(row.get(key)) or "" for key in ATTENDEE_KEYS}
        if not any(row.values()) or not any(row[k] for k in ("name", "role", "note")):
            continue  # an empty row of the form
        for key in ATTENDEE_KEYS:
            problem = field_problem(
                IAttendee[key], row[key], request, prefix=f"{title}, rad {number}"
            )
            if problem is not None:
                problems.add(f"{name}.{number - 1}.{key}", problem)
        if not row["name"]:
            problems.add(
                f"{name}.{number - 1}.name", _(NO_NAME, mapping={"field": title, "number": number})
            )
        if row["party"] and row["party"] not in PARTY_IDS:
            problems.add(
                f"{name}.{number - 1}.party",
                _(UNKNOWN, mapping={"field": f"{title}, rad {number}"}),
            )
        clean.append({key: (row[key] or None) if key != "name" else row[key] for key in row})
    if len(clean) > input_rules.ITEMS_LIMIT:
        problems.add(name, field_problem(field, [{}] * len(clean), request))
    return clean


def check_items(protocol, rows, problems, request):
    rows = rows if rows is not None else []
    if not isinstance(rows, list):
        problems.add("punkter", _(WRONG_FORM, mapping={"key": "punkter"}))
        return []
    if len(rows) > input_rules.ITEMS_LIMIT:
        problems.add("punkter", _(TOO_MANY_ITEMS, mapping={"limit": input_rules.ITEMS_LIMIT}))
        return []
    existing = {item.getId(): item for item in protocol.punkter()}
    bilagor = {bilaga.UID() for bilaga in protocol.bilagor()}
    labels = numbering.item_labels(
        [bool(row.get("sub")) if isinstance(row, dict) else False for row in rows]
    )
    seen = set()
    clean = []
    for index, (row, (number, letter)) in enumerate(zip(rows, labels, strict=True)):
        shown = numbering.format_label(number, letter)
        key = f"punkter.{index}"
        if not isinstance(row, dict):
            problems.add(key, _(WRONG_FORM, mapping={"key": key}))
            continue
        item_id = row.get("id") or None
        if item_id is not None:
            if not isinstance(item_id, str) or item_id not in existing:
                problems.add(key, _(UNKNOWN_ITEM, mapping={"number": shown}))
                continue
            if item_id in seen:
                problems.add(key, _(TWICE, mapping={"number": shown}))
                continue
            seen.add(item_id)
        values = {"id": item_id, "number": number, "letter": letter}
        prefix = translate(
            _("label_editor_item", default="Item ${number}", mapping={"number": shown}),
            context=request,
        )
        for name in ("kind", "raised_by", "heading", "body", "bilagor"):
            value = row.get(name)
            if name == "body" and isinstance(value, dict):
                value = value.get("data")  # plone.restapi's {"data": ..., "content-type"}
            value = text_of(value) if name != "body" else value
            if name == "bilagor":
                value = value if value is not None else []
            problem = field_problem(IProtokollspunkt[name], value or None, request, prefix=prefix)
            if problem is not None:
                problems.add(f"{key}.{name}", problem)
                value = None
            values[name] = value or None
        if not values["heading"] and f"{key}.heading" not in problems.by_key:
            problems.add(f"{key}.heading", _(NO_HEADING, mapping={"number": shown}))
        for name, known in (("kind", KIND_IDS), ("raised_by", PARTY_IDS)):
            if values[name] and values[name] not in known:
                problems.add(f"{key}.{name}", _(UNKNOWN, mapping={"field": prefix}))
        if values["bilagor"] and set(values["bilagor"]) - bilagor:
            problems.add(f"{key}.bilagor", OTHER_BILAGA)
        clean.append(values)
    return clean


# -- writing ------------------------------------------------------------------


def body_value(html):
    if not html:
        return None
    return RichTextValue(html, "text/html", "text/x-html-safe")


def same_body(item, html):
    current = item.body.raw if item.body is not None else ""
    return (current or "") == (html or "")


def write(protocol, values):
    """Write checked values: the protocol's fields, then its items (changed,
    added, removed), in order, numbered. Events as a form save fires them."""
    fields = [*DATES, *TIMES, *LINES, "comment_deadline", "justerare", *ATTENDANCE]
    values = dict(values)
    if values["comment_deadline"] is not None:
        # Stored as the Classic form stores it: Swedish local time, naive
        # (``localize`` reads it back as Europe/Stockholm).
        values["comment_deadline"] = values["comment_deadline"].replace(tzinfo=None)
    changed = False
    for name in fields:
        if getattr(protocol, name, None) != values[name]:
            setattr(protocol, name, values[name])
            changed = True
    keep = {row["id"] for row in values["punkter"] if row["id"]}
    removed = [item.getId() for item in protocol.punkter() if item.getId() not in keep]
    setattr(protocol, PLACING, True)
    try:
        if removed:
            protocol.manage_delObjects(removed)
        order = []
        for row in values["punkter"]:
            item = protocol[row["id"]] if row["id"] else None
            fields = {
                "number": row["number"],
                "letter": row["letter"],
                "kind": row["kind"],
                "raised_by": row["raised_by"],
                "heading": row["heading"],
                "bilagor": list(row["bilagor"] or []),
            }
            if item is None:
                item = createContentInContainer(
                    protocol,
                    "Protokollspunkt",
                    checkConstraints=False,
                    body=body_value(row["body"]),
                    **fields,
                )
            else:
                item_changed = False
                for name, value in fields.items():
                    if (getattr(item, name, None) or None) != (value or None):
                        setattr(item, name, value)
                        item_changed = True
                if not same_body(item, row["body"]):
                    item.body = body_value(row["body"])
                    item_changed = True
                if item_changed:
                    notify(ObjectModifiedEvent(item))
            order.append(item.getId())
        ordering = protocol.getOrdering()
        for position, item_id in enumerate(order):
            ordering.moveObjectToPosition(item_id, position, suppress_events=True)
    finally:
        setattr(protocol, PLACING, False)
    renumber(protocol)
    for item in protocol.punkter():
        item.reindexObject()
    if changed or removed:
        notify(ObjectModifiedEvent(protocol))
    return protocol


def refusal(protocol):
    """Why the protocol cannot be written here, or None."""
    if api.content.get_state(protocol) != EDITABLE_STATE:
        return NOT_DRAFT
    return None
