"""Checklista: the questions of one kind of yearly follow-up for one year."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from kuf.samportal import _
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.rules.followup import KINDS
from kuf.samportal.rules.followup import SCALES
from kuf.samportal.rules.followup import next_question_id
from plone import api
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IQuestion(Interface):
    id = schema.TextLine(
        title=_("label_question_id", default="Id"),
        description=_("help_question_id", default="Leave empty for a new question."),
        required=False,
    )
    area = schema.TextLine(title=_("label_question_area", default="Area"))
    text = schema.TextLine(title=_("label_question_text", default="Question"))
    help = schema.TextLine(title=_("label_question_help", default="Help text"), required=False)
    legal_basis = schema.TextLine(
        title=_("label_question_legal_basis", default="Legal basis"), required=False
    )


class IChecklista(model.Schema):
    kind = schema.Choice(
        title=_("label_checklist_kind", default="Kind"),
        vocabulary="kuf.samportal.ChecklistKinds",
    )
    year = schema.Int(title=_("label_checklist_year", default="Year"), min=2020, max=2100)
    scale = schema.Choice(
        title=_("label_checklist_scale", default="Answer scale"),
        vocabulary="kuf.samportal.AnswerScales",
    )
    directives.widget("questions", DataGridFieldWidgetFactory)
    questions = schema.List(
        title=_("label_checklist_questions", default="Questions"),
        value_type=DictRow(schema=IQuestion),
        min_length=1,
    )

    @invariant
    def question_ids_unique(data):
        ids = [row.get("id") for row in data.questions or [] if row.get("id")]
        if len(ids) != len(set(ids)):
            raise Invalid(_("error_question_ids", default="Two questions have the same id."))


@private_by_default
@implementer(IChecklista)
class Checklista(Item):
    """A template; opening it starts the year's follow-up for every node."""

    def question_list(self) -> list[dict]:
        return list(self.questions or [])

    def question_ids(self) -> list[str]:
        return [row["id"] for row in self.question_list()]

    def question_by_id(self) -> dict[str, dict]:
        return {row["id"]: row for row in self.question_list()}

    def scale_definition(self):
        return SCALES[self.scale]

    def kind_title(self) -> str:
        return KINDS.get(self.kind, self.kind)

    def is_open(self) -> bool:
        return api.content.get_state(self, default=None) == "oppen"


def assign_question_ids(checklist, event=None):
    """Give new questions a stable id: answers are stored by it, and a copy
    for next year keeps the ids so years can be compared."""
    rows = [dict(row) for row in checklist.questions or []]
    used = [row["id"] for row in rows if row.get("id")]
    changed = False
    for row in rows:
        if not row.get("id"):
            row["id"] = next_question_id(used)
            used.append(row["id"])
            changed = True
    if changed:
        checklist.questions = rows


limit_text_fields(IQuestion, IChecklista)
