"""Arshjul: a samverkansgrupp's plan for one year (the seed's bilaga 2)."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content import invariant_context
from kuf.samportal.content.samverkansgrupp import ISamverkansgrupp
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.meetings.rules import arshjul as rules
from plone.autoform import directives
from plone.base.interfaces import INameFromTitle
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.component import adapter
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IArshjulMeeting(model.Schema):
    directives.mode(id="hidden")
    id = schema.TextLine(title=_("label_row_id", default="Id"), required=False)
    date = schema.Date(title=_("label_arshjul_date", default="Date"))
    start_time = schema.Time(title=_("label_start_time", default="Starts"), required=False)
    end_time = schema.Time(title=_("label_end_time", default="Ends"), required=False)
    place = schema.TextLine(title=_("label_place", default="Place"), required=False)


class IArshjulTheme(model.Schema):
    directives.mode(id="hidden")
    id = schema.TextLine(title=_("label_row_id", default="Id"), required=False)
    title = schema.TextLine(title=_("label_theme_title", default="Theme"))
    responsible = schema.TextLine(
        title=_("label_theme_responsible", default="Responsible"), required=False
    )
    agenda_item = schema.TextLine(
        title=_("label_theme_agenda_item", default="Under agenda item"),
        description=_(
            "help_theme_agenda_item",
            default="The standing item the theme is handled under, e.g. Arbetsmiljö och hälsa.",
        ),
        required=False,
    )
    related = schema.Choice(
        title=_("label_theme_related", default="Routine or material"),
        vocabulary="kuf.samportal.ArshjulLinks",
        required=False,
    )


class IArshjul(model.Schema):
    year = schema.Int(title=_("label_arshjul_year", default="Year"), min=2000, max=2100)
    description = schema.Text(
        title=_("label_arshjul_note", default="Note under the plan"), required=False
    )
    directives.widget("meetings", DataGridFieldWidgetFactory)
    meetings = schema.List(
        title=_("label_arshjul_meetings", default="Meetings"),
        value_type=DictRow(schema=IArshjulMeeting),
        required=False,
        default=[],
    )
    directives.widget("themes", DataGridFieldWidgetFactory)
    themes = schema.List(
        title=_("label_arshjul_themes", default="Themes"),
        description=_(
            "help_arshjul_themes",
            default="Which theme is handled at which meeting, and how, is set in the grid "
            "(Redigera rutnätet).",
        ),
        value_type=DictRow(schema=IArshjulTheme),
        required=False,
        default=[],
    )

    @invariant
    def meetings_in_the_year(data):
        problems = rules.meeting_problems(data.year, data.meetings or [])
        problems += rules.theme_problems(data.themes or [])
        if problems:
            raise Invalid(problems[0])

    @invariant
    def one_plan_per_year(data):
        context = invariant_context(data)
        group = find_parent(context, ISamverkansgrupp)
        if group is None or not data.year:
            return
        this = context.getId() if IArshjul.providedBy(context) else None
        for other in group.objectValues():
            if IArshjul.providedBy(other) and other.getId() != this and other.year == data.year:
                raise Invalid(
                    _(
                        "error_arshjul_exists",
                        default="The group already has an årshjul for ${year}.",
                        mapping={"year": str(data.year)},
                    )
                )


@private_by_default
@implementer(IArshjul)
class Arshjul(Item):
    """Meetings and themes as rows; the grid's cells (theme × meeting, with
    the kind and a note) are kept in ``cells`` and edited in the grid."""

    cells = ()

    def group(self):
        return find_parent(self, ISamverkansgrupp)

    def update_title(self):
        group = self.group()
        name = getattr(group, "short_name", None) or ""
        self.title = " ".join(filter(None, ["Årshjul", name, str(self.year or "")]))

    def meeting_rows(self) -> list[dict]:
        return rules.sorted_meetings(self.meetings)

    def meeting_by_id(self, meeting_id):
        for meeting in self.meetings or []:
            if meeting.get("id") == meeting_id:
                return meeting
        return None

    def theme_rows(self) -> list[dict]:
        return list(self.themes or [])

    def cell_rows(self) -> list[dict]:
        return [dict(cell) for cell in self.cells or ()]

    def grid(self) -> dict:
        return rules.grid(self.meetings, self.themes, self.cell_rows())

    def themes_at(self, meeting_id):
        return rules.themes_at(meeting_id, self.theme_rows(), self.cell_rows())

    def meeting_number(self, meeting_id):
        return rules.meeting_number(self.meetings, meeting_id)


@implementer(INameFromTitle)
@adapter(IArshjul)
class ArshjulName:
    """An årshjul is found at ``arshjul-2025``, whatever its title."""

    def __init__(self, context):
        self.title = f"arshjul-{context.year}" if context.year else "arshjul"


def keep_rows_consistent(plan):
    """New meetings and themes get ids; cells of removed rows go."""
    plan.meetings = rules.with_ids(plan.meetings, "m", rules.MEETING_KEYS)
    plan.themes = rules.with_ids(plan.themes, "t", rules.THEME_KEYS)
    plan.cells = rules.kept_cells(
        plan.cells,
        {theme["id"] for theme in plan.themes},
        {meeting["id"] for meeting in plan.meetings},
    )
    plan.update_title()


limit_text_fields(IArshjulMeeting, IArshjulTheme, IArshjul)
