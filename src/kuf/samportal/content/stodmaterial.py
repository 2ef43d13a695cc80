"""Stodmaterial: support material for managers, safety representatives, employees or APT."""

from kuf.samportal import _
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IStodmaterial(model.Schema):
    directives.widget(audience=CheckBoxFieldWidget)
    audience = schema.List(
        title=_("label_audience", default="For"),
        value_type=schema.Choice(vocabulary="kuf.samportal.Audiences"),
        min_length=1,
    )
    topic = schema.TextLine(title=_("label_topic", default="Topic"))
    text = RichText(title=_("label_material_text", default="Text"), required=False)
    file = NamedBlobFile(title=_("label_material_file", default="File"), required=False)

    @invariant
    def text_or_file(data):
        text = data.text.raw.strip() if data.text is not None else ""
        if not text and data.file is None:
            raise Invalid(_("error_material_empty", default="Give the material a text or a file."))


@private_by_default
@implementer(IStodmaterial)
class Stodmaterial(Item):
    """Material as a page or a file."""


limit_text_fields(IStodmaterial)
