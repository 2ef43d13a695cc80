"""Protokoll: the record of one meeting of a samverkansgrupp."""

from Acquisition import aq_base
from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from datetime import datetime
from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content import invariant_context
from kuf.samportal.content.fields import ONE_USER_WIDGET
from kuf.samportal.content.fields import user_field
from kuf.samportal.content.samverkansgrupp import ISamverkansgrupp
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.records.zmi import record_guard
from kuf.samportal.rules import justering
from kuf.samportal.rules import swedish_time
from kuf.samportal.rules.participation import justerare_problems
from plone import api
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zoneinfo import ZoneInfo
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


TIMEZONE = ZoneInfo("Europe/Stockholm")


class IAttendee(model.Schema):
    # Set by the import and the one-page editor; never typed in a form.
    directives.mode(user_id="hidden")
    name = schema.TextLine(title=_("label_attendee_name", default="Name"))
    role = schema.TextLine(title=_("label_attendee_role", default="Title or role"), required=False)
    party = schema.Choice(
        title=_("label_attendee_party", default="Party"),
        vocabulary="kuf.samportal.Parties",
        required=False,
    )
    user_id = schema.TextLine(
        title=_("label_attendee_user", default="User id in the portal"), required=False
    )
    note = schema.TextLine(
        title=_("label_attendee_note", default="Note"),
        description=_("help_attendee_note", default="For example: items 4–12"),
        required=False,
    )


def attendee_list(title):
    return schema.List(
        title=title,
        value_type=DictRow(title=title, schema=IAttendee),
        required=False,
        default=[],
    )


def group_of(context):
    return find_parent(context, ISamverkansgrupp)


def localize(value):
    """A deadline on Stockholm's clock: a naive value is Swedish time (what a
    person typed, or what an old record stored), an aware one keeps its
    instant."""
    return None if value is None else swedish_time.local(value)


def store_swedish_times(protocol):
    """Keep the comment deadline stored aware, on Stockholm's clock with its
    offset (the Classic form and the import hand over a naive value, which
    is Swedish time)."""
    value = protocol.comment_deadline
    if value is None:
        return
    stored = swedish_time.storable(value)
    if value.tzinfo is None or value.tzinfo != stored.tzinfo:
        protocol.comment_deadline = stored


def member_groups(user_id):
    user = api.user.get(userid=user_id)
    return user.getGroups() if user is not None else []


class IProtokoll(model.Schema):
    meeting_date = schema.Date(title=_("label_meeting_date", default="Meeting date"))
    start_time = schema.Time(title=_("label_start_time", default="Starts"), required=False)
    end_time = schema.Time(title=_("label_end_time", default="Ends"), required=False)
    place = schema.TextLine(title=_("label_place", default="Place"), required=False)

    model.fieldset(
        "attendance",
        label=_("fieldset_attendance", default="Attendance"),
        fields=["present", "absent", "adjunct"],
    )
    directives.widget("present", DataGridFieldWidgetFactory)
    present = attendee_list(_("label_present", default="Present"))
    directives.widget("absent", DataGridFieldWidgetFactory)
    absent = attendee_list(_("label_absent", default="Excused"))
    directives.widget("adjunct", DataGridFieldWidgetFactory)
    adjunct = attendee_list(_("label_adjunct", default="Co-opted"))

    model.fieldset(
        "justering",
        label=_("fieldset_justering", default="Justering"),
        fields=["sent_out", "comment_deadline", "signing_date", "secretary", "justerare"],
    )
    sent_out = schema.Date(
        title=_("label_sent_out", default="Sent out for justering"), required=False
    )
    comment_deadline = schema.Datetime(
        title=_("label_comment_deadline", default="Deadline for comments"), required=False
    )
    signing_date = schema.Date(
        title=_("label_signing_date", default="Signing date"), required=False
    )
    directives.widget("secretary", AjaxSelectFieldWidget, **ONE_USER_WIDGET)
    secretary = user_field(_("label_minutes_by", default="Minutes taken by"))
    directives.widget(
        "justerare", AjaxSelectFieldWidget, vocabulary="kuf.samportal.GroupParticipants"
    )
    justerare = schema.List(
        title=_("label_justerare", default="Justerare"),
        description=_(
            "help_justerare",
            default="Members of the parties of the group who review and sign the protocol.",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    model.fieldset(
        "next_meeting",
        label=_("fieldset_next_meeting", default="Next meeting"),
        fields=["next_meeting_date", "next_meeting_time", "next_meeting_place"],
    )
    next_meeting_date = schema.Date(title=_("label_next_date", default="Date"), required=False)
    next_meeting_time = schema.Time(title=_("label_next_time", default="Time"), required=False)
    next_meeting_place = schema.TextLine(
        title=_("label_next_place", default="Place"), required=False
    )

    # Set by the import (kuf.samportal.importing), never in a form: the names
    # of a secretary and justerare who are not users of the portal (a protocol
    # justerat before the portal, or names not matched to a user), and for a
    # historical protocol the original file, which stays the record.
    directives.omitted("secretary_name", "justerare_names", "original_file", "original_sha256")
    secretary_name = schema.TextLine(
        title=_("label_secretary_name", default="Minutes taken by (name)"), required=False
    )
    justerare_names = schema.List(
        title=_("label_justerare_names", default="Justerare (names)"),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    original_file = NamedBlobFile(
        title=_("label_original_file", default="Original document"), required=False
    )
    original_sha256 = schema.TextLine(
        title=_("label_original_sha256", default="SHA-256 of the original"), required=False
    )

    @invariant
    def meeting_times(data):
        problems = justering.meeting_problems(data.start_time, data.end_time)
        if problems:
            raise Invalid(problems[0])

    @invariant
    def consistent_schedule(data):
        schedule = justering.Schedule(
            data.sent_out, localize(data.comment_deadline), data.signing_date
        )
        problems = justering.schedule_problems(schedule)
        if problems:
            raise Invalid(problems[0])

    @invariant
    def justerare_take_part(data):
        group = group_of(invariant_context(data))
        if group is None or not data.justerare:
            return
        problems = justerare_problems(list(data.justerare), member_groups, group.parties)
        if problems:
            raise Invalid(problems[0])


@private_by_default
@implementer(IProtokoll)
@record_guard
class Protokoll(Container):
    """One meeting's protocol, with its items (Protokollspunkt) and Bilagor."""

    def update_title(self):
        """The title is derived from the group and the date: "Protokoll FVG
        2025-01-13"; unique in the group: a second protocol of the same
        meeting date is "Protokoll FVG 2025-01-13 (2)"."""
        group = group_of(self)
        prefix = f"Protokoll {group.short_name}" if group is not None else "Protokoll"
        date = self.meeting_date
        base = f"{prefix} {date.isoformat()}" if date else prefix
        taken = set()
        if group is not None:
            taken = {
                other.title
                for other in group.objectValues()
                if getattr(other, "portal_type", None) == "Protokoll"
                and aq_base(other) is not aq_base(self)
            }
        title, number = base, 1
        while title in taken:
            number += 1
            title = f"{base} ({number})"
        self.title = title

    # user id -> {"name", "party"} of the secretary and the justerare, as they
    # were when the protocol was last saved: a record keeps the names and
    # parties it was signed with, and the view need not ask PAS every time.
    people = None
    # The PDF/A record, made once when the last justerare signs (record.py).
    record_pdf = None

    def update_people(self):
        people = {}
        for user_id in [self.secretary, *(self.justerare or [])]:
            if user_id and user_id not in people:
                people[user_id] = self.lookup_person(user_id)
        self.people = people

    def lookup_person(self, user_id):
        from kuf.samportal.rules.participation import party_of

        user = api.user.get(userid=user_id)
        if user is None:
            return {"name": user_id, "party": None}
        group = group_of(self)
        return {
            "name": user.getProperty("fullname") or user_id,
            "party": party_of(set(user.getGroups()), list(getattr(group, "parties", None) or [])),
        }

    def person(self, user_id):
        """Name and party of a user: from the snapshot, else looked up (never
        written on read: a GET must not change the database)."""
        if self.people and user_id in self.people:
            return self.people[user_id]
        return self.lookup_person(user_id)

    def manage_renameObject(self, id, new_id, REQUEST=None):
        """Renaming puts the object back in its place without an event; the
        numbers were computed while it was briefly last, so count again."""
        from kuf.samportal.numbering_handlers import renumber

        result = super().manage_renameObject(id, new_id, REQUEST=REQUEST)
        renumber(self)
        return result

    def schedule(self) -> justering.Schedule:
        return justering.Schedule(self.sent_out, localize(self.comment_deadline), self.signing_date)

    def send_to_justering_blockers(self) -> list:
        return justering.send_to_justering_blockers(
            self.schedule(), list(self.justerare or []), datetime.now(TIMEZONE)
        )

    def synpunkter(self):
        return [obj for obj in self.objectValues() if obj.portal_type == "Synpunkt"]

    def open_synpunkter(self):
        """Synpunkter not yet handled (counted without checking who may read them)."""
        return [obj for obj in self.synpunkter() if not obj.handled()]

    def punkter(self):
        """The items in their order (``items()`` is taken by ObjectManager)."""
        return [obj for obj in self.objectValues() if obj.portal_type == "Protokollspunkt"]

    def bilagor(self):
        return [obj for obj in self.objectValues() if obj.portal_type == "Bilaga"]


limit_text_fields(IAttendee, IProtokoll)
