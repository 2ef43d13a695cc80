"""Size limits as part of the schema fields (``max_length``).

Our content modules call ``limit_text_fields`` on their schemas, and the
package does it for the Plone behaviours our types use (title, description,
short name, change note): the Classic forms and plone.restapi then refuse an
over-long text through the field's own validation. Fields that already have
a smaller limit keep it.
"""

from collective.z3cform.datagridfield.interfaces import IRow
from kuf.samportal.inputguard import rules
from plone.app.textfield.interfaces import IRichText
from zope.schema import getFields
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine


def limit_for(field) -> int | None:
    if IRichText.providedBy(field):
        return rules.RICH_TEXT_LIMIT
    if ITextLine.providedBy(field):
        return rules.LINE_LIMIT
    if IText.providedBy(field):
        return rules.TEXT_LIMIT
    if ICollection.providedBy(field):
        return rules.ITEMS_LIMIT
    return None


def limit_field(field):
    limit = limit_for(field)
    if (
        limit is not None
        and not (getattr(field, "max_length", None) or 0)
        and hasattr(field, "max_length")
    ):
        field.max_length = limit
    if IRow.providedBy(field):
        limit_text_fields(field.schema)
    value_type = getattr(field, "value_type", None)
    if value_type is not None:
        limit_field(value_type)


def limit_text_fields(*schemas):
    for schema in schemas:
        for field in getFields(schema).values():
            limit_field(field)
