"""The meeting cycle in Plone: meetings from the årshjul, the dagordning,
copying a plan to next year, the kallelse and the invitations.

The rules are in ``rules/``; views and REST services call these functions.
"""

from datetime import datetime
from kuf.samportal import _
from kuf.samportal.content.protokoll import TIMEZONE
from kuf.samportal.meetings.content.arshjul import IArshjul
from kuf.samportal.meetings.content.arshjul import keep_rows_consistent
from kuf.samportal.meetings.refusals import MANAGE_MEETING
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.meetings.rules import arshjul as plan_rules
from kuf.samportal.notifications import emails
from kuf.samportal.notifications import send
from kuf.samportal.parties import PARTIES
from kuf.samportal.vocabularies import item_kind_title
from kuf.samportal.workflow.guards import system_transition
from plone import api
from zope.container.interfaces import IContainerModifiedEvent


PARTY_TITLES = {party.id: party.title for party in PARTIES}


def free_id(container, base):
    """``base``, or ``base-2``, ... (api.content.create's safe_id renames the
    new object, which the catalog logs as an error)."""
    candidate, number = base, 1
    while candidate in container.objectIds():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def require(permission, obj):
    if not api.user.has_permission(permission, obj=obj):
        raise MeetingRefusal(
            [_("error_meeting_not_allowed", default="You may not do this for the meeting.")],
            status=403,
        )


# The årshjul ------------------------------------------------------------------


def plans(group):
    return sorted(
        (obj for obj in group.objectValues() if IArshjul.providedBy(obj)), key=lambda p: p.year
    )


def plan_of_year(group, year):
    for plan in plans(group):
        if plan.year == year:
            return plan
    return None


def is_published(obj):
    return api.content.get_state(obj, default=None) == "published"


def arshjul_changed(plan, event=None):
    if IContainerModifiedEvent.providedBy(event):
        return
    keep_rows_consistent(plan)
    if is_published(plan):
        sync_meetings(plan)


def arshjul_transitioned(plan, event):
    if event.new_state is not None and event.new_state.id == "published":
        sync_meetings(plan)


def meetings_of(group):
    """The group's meetings by date, found in the catalog: a group holds ten
    years of protocols, which need not be woken to find its meetings."""
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Mote", path={"query": "/".join(group.getPhysicalPath()), "depth": 1}
    )
    found = [brain._unrestrictedGetObject() for brain in brains]
    return sorted(found, key=lambda m: m.meeting_date)


def sync_meetings(plan):
    """Every meeting of a published årshjul is a meeting of the group; a
    meeting whose kallelse is not sent yet follows the plan's date, time and place."""
    group = plan.group()
    linked = {m.arshjul_meeting_id: m for m in meetings_of(group) if m.arshjul_uid == plan.UID()}
    for row in plan.meeting_rows():
        meeting = linked.get(row["id"])
        if meeting is None:
            with api.env.adopt_roles(["Manager"]):
                api.content.create(
                    container=group,
                    type="Mote",
                    id=free_id(group, f"mote-{row['date'].isoformat()}"),
                    meeting_date=row["date"],
                    start_time=row.get("start_time"),
                    end_time=row.get("end_time"),
                    place=row.get("place") or getattr(group, "place", None),
                )
        elif meeting.state() == "planerat":
            follow_plan(meeting, row)


def follow_plan(meeting, row):
    changed = False
    for field, value in (
        ("meeting_date", row["date"]),
        ("start_time", row.get("start_time")),
        ("end_time", row.get("end_time")),
        ("place", row.get("place") or meeting.place),
    ):
        if getattr(meeting, field, None) != value:
            setattr(meeting, field, value)
            changed = True
    if changed:
        meeting.update_title()
        meeting.reindexObject()


def copy_to_next_year(plan):
    """Next year's årshjul as a draft: the same themes and grid, the meetings
    on the same weekdays (the secretary adjusts them before publishing)."""
    group = plan.group()
    require("kuf.samportal: Add Arshjul", group)
    year = plan.year + 1
    if plan_of_year(group, year) is not None:
        raise MeetingRefusal(
            [
                _(
                    "error_arshjul_exists",
                    default="The group already has an årshjul for ${year}.",
                    mapping={"year": str(year)},
                )
            ],
            status=409,
        )
    with api.env.adopt_roles(["Manager"]):
        copy = api.content.create(
            container=group,
            type="Arshjul",
            id=free_id(group, f"arshjul-{year}"),
            year=year,
            description=plan.description,
            meetings=plan_rules.copied_meetings(plan.meetings, year),
            themes=[dict(theme) for theme in plan.themes or []],
        )
    copy.cells = plan.cell_rows()
    keep_rows_consistent(copy)
    copy.reindexObject()
    return copy


def save_cells(plan, cells):
    """The grid as edited: refused whole if any cell is wrong."""
    require("Modify portal content", plan)
    cells = [
        {
            "theme": cell.get("theme"),
            "meeting": cell.get("meeting"),
            "kind": cell.get("kind"),
            "note": (cell.get("note") or "").strip(),
        }
        for cell in cells
    ]
    problems = plan_rules.cell_problems(
        cells,
        {theme["id"] for theme in plan.theme_rows()},
        {meeting["id"] for meeting in plan.meetings or []},
    )
    if problems:
        raise MeetingRefusal(problems)
    plan.cells = cells
    plan.reindexObject()
    if is_published(plan):
        sync_meetings(plan)


# The meeting and its dagordning -----------------------------------------------


def meeting_added(meeting, event):
    link_to_plan(meeting)
    meeting.update_title()
    if not meeting.agenda:
        meeting.agenda = built_agenda(meeting)
    meeting.reindexObject()


def meeting_copied(meeting, event):
    """A copy is a new meeting: no kallelse, invitations, protocol or place
    in the årshjul of its own (it may be put on another date)."""
    for name in (
        "arshjul_uid",
        "arshjul_meeting_id",
        "kallelse_sent",
        "kallelse_sent_by",
        "invitations",
        "protocol_uid",
    ):
        if name in meeting.__dict__:
            delattr(meeting, name)


def meeting_modified(meeting, event):
    if IContainerModifiedEvent.providedBy(event):
        return
    meeting.update_title()
    meeting.reindexObject(idxs=["Title", "sortable_title", "SearchableText", "kuf_motesdatum"])


def link_to_plan(meeting):
    """A meeting on a date of the year's årshjul is that planned meeting."""
    if meeting.arshjul_uid or not meeting.meeting_date:
        return
    group = meeting.group()
    plan = plan_of_year(group, meeting.meeting_date.year) if group is not None else None
    if plan is None:
        return
    taken = {m.arshjul_meeting_id for m in meetings_of(group) if m.arshjul_uid == plan.UID()}
    for row in plan.meeting_rows():
        if row["date"] == meeting.meeting_date and row["id"] not in taken:
            meeting.arshjul_uid = plan.UID()
            meeting.arshjul_meeting_id = row["id"]
            return


def theme_heading(theme, cell):
    note = (cell.get("note") or "").strip()
    return f"{theme['title']} ({note})" if note else theme["title"]


def accepted_placements(meeting):
    accepted = [
        q
        for q in meeting.fragor()
        if api.content.get_state(q, default=None) == "accepterad" and q.placement
    ]
    accepted.sort(key=lambda q: q.created())
    return [q.placement for q in accepted]


def built_agenda(meeting) -> list[dict]:
    group = meeting.group()
    plan = meeting.arshjul()
    themes = []
    if plan is not None:
        for theme, cell in plan.themes_at(meeting.arshjul_meeting_id):
            themes.append(
                {
                    "under": theme.get("agenda_item"),
                    "kind": cell["kind"],
                    "heading": theme_heading(theme, cell),
                }
            )
    standing = getattr(group, "standing_items", None) or []
    return agenda_rules.build(standing, themes, accepted_placements(meeting))


def rebuild_agenda(meeting):
    if meeting.state() == "protokollfort":
        raise MeetingRefusal([PROTOCOL_MADE], status=409)
    require(MANAGE_MEETING, meeting)
    meeting.agenda = built_agenda(meeting)
    meeting.reindexObject()


PROTOCOL_MADE = _(
    "error_protocol_exists",
    default="The protocol has already been made from this agenda.",
)


def agenda_lines(meeting) -> list[str]:
    """The dagordning as text, for the kallelse and the page."""
    lines = []
    for label, row in agenda_rules.numbered(meeting.agenda_rows()):
        kind = item_kind_title(row.get("kind"))
        heading = row.get("heading") or ""
        if row.get("kind") == "anmald_fraga" and row.get("raised_by"):
            text = f"Anmäld fråga från {PARTY_TITLES.get(row['raised_by'], '')}: {heading}"
        else:
            text = f"{kind}: {heading}" if kind else heading
        refs, _ok = agenda_rules.parse_refs(row.get("handlingar"))
        if refs:
            text += f" (handling {agenda_rules.format_refs(refs)})"
        indent = "    " if row.get("sub") else ""
        number = f"{label.split()[-1]})" if row.get("sub") else f"{label}."
        lines.append(f"{indent}{number} {text}")
    return lines


# Kallelse and invitations -------------------------------------------------------


def kallelse_blockers(meeting) -> list:
    blockers = []
    if meeting.state() not in ("planerat", "kallat"):
        blockers.append(PROTOCOL_MADE)
    if not meeting.agenda_rows():
        blockers.append(_("error_agenda_empty", default="The agenda has no items."))
    return blockers + meeting.agenda_problems()


def member_role(user, party_id):
    """What the protocol writes after the name: the union, or the title."""
    party = PARTY_TITLES.get(party_id, "")
    if party_id and party_id != "arbetsgivaren":
        return party
    description = (user.getProperty("description") or "").split(",")[0].strip()
    return description


def members(group) -> list[dict]:
    """Everyone the kallelse goes to: the members of the parties that take
    part, the secretary and the chair, as attendee rows."""
    rows = {}
    taking_part = set(group.parties or [])
    for party in PARTIES:
        if party.id not in taking_part:
            continue
        for user in api.user.get_users(groupname=party.group_id):
            rows.setdefault(user.getId(), (user, party.id))
    for user_id in (group.secretary, group.chair):
        user = api.user.get(userid=user_id) if user_id else None
        if user is not None:
            rows.setdefault(user_id, (user, "arbetsgivaren"))
    return [
        {
            "name": user.getProperty("fullname") or user_id,
            "role": member_role(user, party_id),
            "party": party_id,
            "user_id": user_id,
            "note": None,
            "forhinder": False,
        }
        for user_id, (user, party_id) in rows.items()
    ]


def invitations(meeting) -> list[dict]:
    """The invitations, or (before the kallelse) who would be invited."""
    if meeting.invitations is not None:
        return [dict(row) for row in meeting.invitations]
    return members(meeting.group())


def send_kallelse(meeting):
    """Send the kallelse with the dagordning and links to the handlingar to
    the group's members; the meeting becomes *Kallat* and the group reads
    the dagordning. Sent again, it keeps the förhinder already given."""
    if meeting.state() == "protokollfort":
        raise MeetingRefusal([PROTOCOL_MADE], status=409)
    require(MANAGE_MEETING, meeting)
    blockers = kallelse_blockers(meeting)
    if blockers:
        raise MeetingRefusal(blockers)
    given = {row["user_id"]: row.get("forhinder") for row in meeting.invitations or []}
    rows = members(meeting.group())
    for row in rows:
        row["forhinder"] = bool(given.get(row["user_id"]))
    meeting.invitations = rows
    meeting.kallelse_sent = datetime.now(TIMEZONE).isoformat(timespec="minutes")
    meeting.kallelse_sent_by = api.user.get_current().getId()
    if meeting.state() == "planerat":
        with system_transition():
            api.content.transition(obj=meeting, transition="skicka_kallelse")
    send(emails(row["user_id"] for row in rows), *kallelse_mail(meeting))
    meeting.reindexObject()


def when(meeting) -> str:
    parts = [meeting.meeting_date.isoformat()]
    if meeting.start_time:
        span = f"kl. {meeting.start_time:%H:%M}"
        if meeting.end_time:
            span += f"–{meeting.end_time:%H:%M}"
        parts.append(span)
    if meeting.place:
        parts.append(meeting.place)
    return ", ".join(parts)


def kallelse_mail(meeting) -> tuple[str, str]:
    group = meeting.group()
    handlingar = "\n".join(
        f"{h.number}. {h.Title()}: {h.absolute_url()}/@@download/file" for h in meeting.handlingar()
    )
    body = (
        f"Kallelse till {group.Title()}\n{when(meeting)}\n\n"
        "Dagordning\n"
        + "\n".join(agenda_lines(meeting))
        + "\n\n"
        + (f"Handlingar\n{handlingar}\n\n" if handlingar else "")
        + "Anmäl förhinder och läs handlingarna på mötets sida:\n"
        f"{meeting.absolute_url()}\n"
    )
    name = getattr(group, "short_name", None) or group.Title()
    return f"Kallelse: {name} {when(meeting)}", body


def set_forhinder(meeting, user_id, forhinder: bool):
    """An invited member sends (or takes back) förhinder."""
    if meeting.state() != "kallat":
        raise MeetingRefusal(
            [
                _(
                    "error_forhinder_state",
                    default="Förhinder can be given once the kallelse is sent, until the "
                    "protocol is made.",
                )
            ]
        )
    rows = [dict(row) for row in meeting.invitations or []]
    for row in rows:
        if row["user_id"] == user_id:
            row["forhinder"] = bool(forhinder)
            meeting.invitations = rows
            return row
    raise MeetingRefusal(
        [_("error_not_invited", default="You are not invited to this meeting.")], status=403
    )
