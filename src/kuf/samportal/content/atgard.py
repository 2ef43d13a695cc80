"""Atgard: an action of a node's action plan (handlingsplan), linked to a question."""

from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content.security import private_by_default
from kuf.samportal.content.uppfoljning import IUppfoljning
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.rules.followup import action_date_error
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IAtgard(model.Schema):
    title = schema.TextLine(title=_("label_action_title", default="Action"))
    question = schema.Choice(
        title=_("label_action_question", default="Question"),
        description=_("help_action_question", default="The shortcoming the action answers."),
        vocabulary="kuf.samportal.FollowupQuestions",
        required=False,
    )
    description = schema.Text(
        title=_("label_action_description", default="Description"), required=False
    )
    responsible = schema.TextLine(title=_("label_action_responsible", default="Responsible"))
    status = schema.Choice(
        title=_("label_action_status", default="Status"),
        vocabulary="kuf.samportal.ActionStatuses",
        default="ej_paborjad",
    )
    start = schema.Date(title=_("label_action_start", default="Start date"), required=False)
    end = schema.Date(title=_("label_action_end", default="End date"), required=False)
    outcome = schema.Text(
        title=_("label_action_outcome", default="Outcome"),
        description=_("help_action_outcome", default="What the action achieved, when followed up."),
        required=False,
    )

    @invariant
    def end_after_start(data):
        if action_date_error(data.start, data.end):
            raise Invalid(
                _("error_action_end_before_start", default="The end date is before the start date.")
            )


@private_by_default
@implementer(IAtgard)
class Atgard(Item):
    def followup(self):
        return find_parent(self, IUppfoljning)


limit_text_fields(IAtgard)
