"""Rutin: a routine of the arbetsmiljöhandbok, read as a document."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from kuf.samportal import _
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.constraints import web_link
from kuf.samportal.inputguard.limits import limit_text_fields
from plone.app.textfield import RichText
from plone.app.z3cform.widgets.relateditems import RelatedItemsFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class ILegalReference(Interface):
    reference = schema.TextLine(
        title=_("label_legal_reference", default="Reference"),
        description=_("help_legal_reference", default="For example AFS 2023:1"),
        required=False,
    )
    link = schema.URI(
        title=_("label_legal_link", default="Link"), required=False, constraint=web_link
    )


class IResponsibility(Interface):
    who = schema.TextLine(title=_("label_responsible_who", default="Who"))
    what = schema.TextLine(title=_("label_responsible_what", default="Is responsible for"))


class IStep(Interface):
    when = schema.TextLine(
        title=_("label_step_when", default="When"),
        description=_("help_step_when", default="For example February–March"),
    )
    what = schema.TextLine(title=_("label_step_what", default="What is done, by whom"))


class IRutin(model.Schema):
    area = schema.Choice(
        title=_("label_rutin_area", default="Area"), vocabulary="kuf.samportal.HandbookAreas"
    )
    purpose = RichText(title=_("label_rutin_purpose", default="Purpose"))
    background = RichText(title=_("label_rutin_background", default="Background"), required=False)
    directives.widget("legal_basis", DataGridFieldWidgetFactory)
    legal_basis = schema.List(
        title=_("label_legal_basis", default="Legal basis"),
        value_type=DictRow(schema=ILegalReference),
        required=False,
        default=[],
    )
    directives.widget("responsibilities", DataGridFieldWidgetFactory)
    responsibilities = schema.List(
        title=_("label_responsibilities", default="Who is responsible for what"),
        value_type=DictRow(schema=IResponsibility),
        required=False,
        default=[],
    )
    directives.widget("steps", DataGridFieldWidgetFactory)
    steps = schema.List(
        title=_("label_steps", default="Steps and timeline"),
        value_type=DictRow(schema=IStep),
        required=False,
        default=[],
    )
    directives.widget(
        "material",
        RelatedItemsFieldWidget,
        vocabulary="plone.app.vocabularies.Catalog",
        pattern_options={"selectableTypes": ["Stodmaterial"], "recentlyUsed": True},
    )
    material = RelationList(
        title=_("label_rutin_material", default="Forms and material"),
        value_type=RelationChoice(vocabulary="plone.app.vocabularies.Catalog"),
        required=False,
        default=[],
    )
    owner = schema.TextLine(title=_("label_rutin_owner", default="Owner"), default="HR-enheten")
    adopted = schema.Date(title=_("label_rutin_adopted", default="Adopted"))
    next_review = schema.Date(title=_("label_rutin_next_review", default="Next review"))

    @invariant
    def review_after_adoption(data):
        if data.adopted and data.next_review and data.next_review <= data.adopted:
            raise Invalid(
                _(
                    "error_review_before_adopted",
                    default="The next review date must come after the adoption date.",
                )
            )

    @invariant
    def legal_references_have_text(data):
        for row in data.legal_basis or []:
            if not (row.get("reference") or "").strip():
                raise Invalid(
                    _(
                        "error_legal_reference_text",
                        default="Every legal reference needs its text, for example AFS 2023:1.",
                    )
                )


@private_by_default
@implementer(IRutin)
class Rutin(Item):
    """A routine: purpose first, then who does what and when."""


limit_text_fields(ILegalReference, IResponsibility, IStep, IRutin)
