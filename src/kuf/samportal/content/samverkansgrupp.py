"""Samverkansgrupp: a group where the employer and the unions cooperate."""

from kuf.samportal import _
from kuf.samportal.content.fields import ONE_USER_WIDGET
from kuf.samportal.content.fields import user_field
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.parties import PARTIES
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer


def all_parties():
    return [party.id for party in PARTIES]


class ISamverkansgrupp(model.Schema):
    short_name = schema.TextLine(
        title=_("label_short_name", default="Short name"),
        description=_("help_short_name", default="For example FVG or SVG Stadsbiblioteket."),
        max_length=40,
    )
    level = schema.Choice(
        title=_("label_level", default="Level"),
        vocabulary="kuf.samportal.GroupLevels",
        default="forvaltning",
    )
    directives.widget(parties=CheckBoxFieldWidget)
    parties = schema.List(
        title=_("label_parties", default="Parties that take part"),
        value_type=schema.Choice(vocabulary="kuf.samportal.Parties"),
        min_length=1,
        defaultFactory=all_parties,
    )
    directives.widget("secretary", AjaxSelectFieldWidget, **ONE_USER_WIDGET)
    secretary = user_field(_("label_secretary", default="Secretary"))
    directives.widget("chair", AjaxSelectFieldWidget, **ONE_USER_WIDGET)
    chair = user_field(_("label_chair", default="Chair"))
    place = schema.TextLine(title=_("label_place", default="Place"), required=False)
    standing_items = schema.List(
        title=_("label_standing_items", default="Standing items"),
        description=_(
            "help_standing_items",
            default="Every new protocol of the group starts with these items, one per line.",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )


@private_by_default
@implementer(ISamverkansgrupp)
class Samverkansgrupp(Container):
    """A samverkansgrupp (FVG, SVG or a workplace group)."""


limit_text_fields(ISamverkansgrupp)
