"""Organisationsenhet: a node of the administration's tree (förvaltning, avdelning, enhet)."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from kuf.samportal import _
from kuf.samportal.content import invariant_context
from kuf.samportal.content.fields import ONE_USER_WIDGET
from kuf.samportal.content.fields import USERS
from kuf.samportal.content.fields import user_field
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.rules.followup import level_fits
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


def users_field(title, description):
    return schema.List(
        title=title,
        description=description,
        value_type=schema.Choice(vocabulary=USERS),
        required=False,
        default=[],
    )


class IOrganisationsenhet(model.Schema):
    level = schema.Choice(
        title=_("label_org_level", default="Level"),
        vocabulary="kuf.samportal.OrgLevels",
    )
    directives.widget("chef", AjaxSelectFieldWidget, **ONE_USER_WIDGET)
    chef = user_field(_("label_org_chef", default="Responsible manager"))
    directives.widget("skyddsombud", AjaxSelectFieldWidget, vocabulary=USERS)
    skyddsombud = users_field(
        _("label_org_skyddsombud", default="Safety representatives"),
        _(
            "help_org_skyddsombud",
            default="They answer the yearly follow-up together with the manager.",
        ),
    )
    directives.widget("ledning", AjaxSelectFieldWidget, vocabulary=USERS)
    ledning = users_field(
        _("label_org_ledning", default="Management"),
        _(
            "help_org_ledning",
            default="May read every follow-up and action plan of this node and below.",
        ),
    )
    directives.widget("medarbetare", AjaxSelectFieldWidget, vocabulary=USERS)
    medarbetare = users_field(
        _("label_org_medarbetare", default="Employees"),
        _("help_org_medarbetare", default="They read the node's action plan."),
    )
    samverkansgrupp = schema.Choice(
        title=_("label_org_samverkansgrupp", default="Samverkan group"),
        description=_(
            "help_org_samverkansgrupp",
            default="Its parties read the submitted follow-ups of this node and below.",
        ),
        vocabulary="kuf.samportal.Samverkansgrupper",
        required=False,
    )

    @invariant
    def level_fits_parent(data):
        context = invariant_context(data)
        if context is None or data.level is None:
            return
        editing = getattr(data, "__context__", None) is not None
        parent = aq_parent(aq_inner(context)) if editing else context
        parent_level = getattr(parent, "level", None) if is_node(parent) else None
        if not level_fits(data.level, parent_level):
            raise Invalid(
                _(
                    "error_org_level",
                    default="An administration is the top of the tree, a department lies "
                    "under an administration and a unit under a department.",
                )
            )


def is_node(obj) -> bool:
    return IOrganisationsenhet.providedBy(obj)


@private_by_default
@implementer(IOrganisationsenhet)
class Organisationsenhet(Container):
    """A node that answers the yearly follow-up."""

    def respondents(self) -> list[str]:
        return [user for user in [self.chef, *(self.skyddsombud or [])] if user]


limit_text_fields(IOrganisationsenhet)
