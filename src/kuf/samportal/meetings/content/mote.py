"""Mote: one meeting of a samverkansgrupp, with its dagordning, handlingar,
questions from the parties, kallelse and invitations."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from datetime import date
from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content import invariant_context
from kuf.samportal.content.samverkansgrupp import ISamverkansgrupp
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.meetings.lookup import by_uid
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.meetings.rules import questions as question_rules
from kuf.samportal.meetings.rules.protocol import kallelse_due
from kuf.samportal.rules import justering
from plone import api
from plone.autoform import directives
from plone.base.interfaces import INameFromTitle
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.component import adapter
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


DEFAULT_KALLELSE_DAYS = 7


class IAgendaRow(model.Schema):
    sub = schema.Bool(title=_("label_agenda_sub", default="Sub-item"), required=False)
    kind = schema.Choice(
        title=_("label_item_kind", default="Kind"),
        vocabulary="kuf.samportal.ItemKinds",
        required=False,
    )
    heading = schema.TextLine(title=_("label_item_heading", default="Heading"))
    raised_by = schema.Choice(
        title=_("label_item_raised_by", default="Raised by"),
        vocabulary="kuf.samportal.Parties",
        required=False,
    )
    handlingar = schema.TextLine(
        title=_("label_agenda_handlingar", default="Handlingar"),
        description=_("help_agenda_handlingar", default="Numbers, e.g. 1, 3"),
        required=False,
    )


class IMote(model.Schema):
    meeting_date = schema.Date(title=_("label_meeting_date", default="Meeting date"))
    start_time = schema.Time(title=_("label_start_time", default="Starts"), required=False)
    end_time = schema.Time(title=_("label_end_time", default="Ends"), required=False)
    place = schema.TextLine(title=_("label_place", default="Place"), required=False)
    directives.widget("agenda", DataGridFieldWidgetFactory)
    agenda = schema.List(
        title=_("label_agenda", default="Agenda"),
        description=_(
            "help_agenda",
            default="Items in their order; a sub-item is lettered under the item above it.",
        ),
        value_type=DictRow(schema=IAgendaRow),
        required=False,
        default=[],
    )

    @invariant
    def meeting_times(data):
        problems = justering.meeting_problems(data.start_time, data.end_time)
        if problems:
            raise Invalid(problems[0])

    @invariant
    def date_in_the_plans_year(data):
        meeting = invariant_context(data)
        plan = meeting.arshjul() if IMote.providedBy(meeting) else None
        if plan is not None and data.meeting_date and data.meeting_date.year != plan.year:
            raise Invalid(
                _(
                    "error_meeting_outside_year",
                    default="The meeting belongs to the årshjul ${year}: its date must be "
                    "in ${year}.",
                    mapping={"year": str(plan.year)},
                )
            )

    @invariant
    def agenda_refers_to_existing_handlingar(data):
        meeting = invariant_context(data)
        numbers = meeting.handling_numbers() if IMote.providedBy(meeting) else []
        problems = agenda_rules.problems(list(data.agenda or []), numbers)
        if problems:
            raise Invalid(problems[0])


@private_by_default
@implementer(IMote)
class Mote(Container):
    """State (kuf_mote_workflow): planerat -> kallat (kallelse sent) ->
    protokollfort (its protocol is made)."""

    # The årshjul row it was planned as (UID of the Arshjul, meeting id).
    arshjul_uid = None
    arshjul_meeting_id = None
    kallelse_sent = None  # ISO timestamp
    kallelse_sent_by = None
    # One dict per invited member (attendee keys + "forhinder"), made
    # when the kallelse is sent.
    invitations = None
    protocol_uid = None

    def group(self):
        return find_parent(self, ISamverkansgrupp)

    def update_title(self):
        group = self.group()
        name = getattr(group, "short_name", None) or ""
        day = self.meeting_date.isoformat() if self.meeting_date else ""
        self.title = " ".join(filter(None, ["Möte", name, day]))

    def arshjul(self):
        """The plan it belongs to (the årshjul is published to employees)."""
        return by_uid(self.arshjul_uid, unrestricted=True)

    def number_in_year(self):
        plan = self.arshjul()
        return plan.meeting_number(self.arshjul_meeting_id) if plan is not None else None

    def handlingar(self):
        found = [obj for obj in self.objectValues() if obj.portal_type == "Handling"]
        return sorted(found, key=lambda h: h.number)

    def handling_numbers(self):
        return [h.number for h in self.handlingar()]

    def fragor(self):
        return [obj for obj in self.objectValues() if obj.portal_type == "Fraga"]

    def agenda_rows(self) -> list[dict]:
        return [dict(row) for row in self.agenda or []]

    def agenda_problems(self) -> list:
        return agenda_rules.problems(self.agenda_rows(), self.handling_numbers())

    def practice(self, name, default):
        value = getattr(self.group(), name, None)
        return default if value is None else value

    def question_deadline(self) -> date | None:
        if not self.meeting_date:
            return None
        days = self.practice("question_deadline_days", question_rules.DEFAULT_DEADLINE_DAYS)
        return question_rules.deadline(self.meeting_date, days)

    def kallelse_due(self) -> date | None:
        if not self.meeting_date:
            return None
        days = self.practice("kallelse_days", DEFAULT_KALLELSE_DAYS)
        return kallelse_due(self.meeting_date, days)

    def state(self):
        return api.content.get_state(self, default=None)

    def open_for_questions(self) -> bool:
        return self.state() in ("planerat", "kallat")

    def protocol(self, unrestricted=False):
        """The protocol made from it, if the user may see it (or ``unrestricted``)."""
        return by_uid(self.protocol_uid, unrestricted=unrestricted)


@implementer(INameFromTitle)
@adapter(IMote)
class MoteName:
    """A meeting is found at ``mote-2025-05-20``."""

    def __init__(self, context):
        day = context.meeting_date
        self.title = f"mote-{day.isoformat()}" if day else "mote"


limit_text_fields(IAgendaRow, IMote)
