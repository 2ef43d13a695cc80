"""Does a JSON value fit a schema field? One walk over the field's type, used
by the REST deserializer for every field of every type in the portal, so a
new type or field is covered without new code.

Each refusal names the field by its (translated) title, rows of data grids
by their number: "Närvarande, rad 2, Namn: värdet ska vara text."
"""

from collective.z3cform.datagridfield.interfaces import IRow
from kuf.samportal import _
from kuf.samportal.inputguard import rules
from plone.app.textfield.interfaces import IRichText
from plone.namedfile.interfaces import INamedField
from z3c.relationfield.interfaces import IRelation
from zope.i18n import translate
from zope.schema import getFields
from zope.schema.interfaces import IURI
from zope.schema.interfaces import IBool
from zope.schema.interfaces import IBytes
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime
from zope.schema.interfaces import IDecimal
from zope.schema.interfaces import IDict
from zope.schema.interfaces import IFloat
from zope.schema.interfaces import IInt
from zope.schema.interfaces import IObject
from zope.schema.interfaces import IText
from zope.schema.interfaces import ITextLine
from zope.schema.interfaces import ITime


KINDS = {
    "text": _("kind_text", default="text"),
    "integer": _("kind_integer", default="a whole number"),
    "number": _("kind_number", default="a number"),
    "boolean": _("kind_boolean", default="true or false"),
    "list": _("kind_list", default="a list"),
    "object": _("kind_object", default="an object"),
    "date": _("kind_date", default="a date or time written as text"),
    "choice": _("kind_choice", default="one of the field's values"),
    "rich_text": _("kind_rich_text", default='text, or an object with "data"'),
    "file": _("kind_file", default='an object with "data" and "filename"'),
    "reference": _("kind_reference", default="a reference to content (its UID or URL)"),
}

DATE_LENGTH = 64  # "2025-01-13T09:00:00+01:00" and a bit


def wrong_kind(label, kind):
    return _(
        "error_field_kind",
        default="${field}: the value must be ${kind}.",
        mapping={"field": label, "kind": KINDS[kind]},
    )


def too_long(label, limit, length):
    return _(
        "error_field_too_long",
        default="${field}: at most ${limit} characters (this has ${length}).",
        mapping={"field": label, "limit": f"{limit:,}".replace(",", " "), "length": length},
    )


def too_many(label, limit):
    return _(
        "error_field_too_many",
        default="${field}: at most ${limit} rows.",
        mapping={"field": label, "limit": limit},
    )


def bad_characters(label):
    return _(
        "error_field_characters",
        default="${field}: the text holds control characters or broken characters that "
        "cannot be saved.",
        mapping={"field": label},
    )


def bad_number(label):
    return _(
        "error_field_number",
        default="${field}: the number is not finite or too large.",
        mapping={"field": label},
    )


def bad_link(label):
    return _(
        "error_field_link",
        default="${field}: a link must start with http://, https:// or mailto:.",
        mapping={"field": label},
    )


def text_limit(field) -> int:
    """The field's own max_length, else the portal's limit for its kind."""
    if IRichText.providedBy(field):
        default = rules.RICH_TEXT_LIMIT
    elif ITextLine.providedBy(field) or IURI.providedBy(field):
        default = rules.LINE_LIMIT
    else:
        default = rules.TEXT_LIMIT
    own = getattr(field, "max_length", None)
    return min(own, default) if own else default


def text_problem(label, field, value, multiline):
    """Length and characters of a text (already known to be a str)."""
    limit = text_limit(field)
    if len(value) > limit:
        return too_long(label, limit, len(value))
    if rules.bad_characters(value, multiline=multiline):
        return bad_characters(label)
    return None


def link_allowed(field, value) -> bool:
    """URI fields hold web links; Plone's Link may also point inside the portal."""
    if field.__name__ == "remoteUrl":
        return rules.is_link_target(value)
    return not IURI.providedBy(field) or rules.is_web_link(value)


def label_of(field, request, prefix=None):
    title = translate(field.title, context=request) if field.title else field.__name__
    return f"{prefix}, {title}" if prefix else title


def field_problem(field, value, request, prefix=None, label=None):
    """Why ``value`` (decoded JSON) cannot be given to ``field``; None if it can.

    Only the shape is judged here (type, size, characters, link scheme):
    the field's own validation (vocabularies, invariants, constraints) runs
    afterwards as before.
    """
    if value is None:
        return None
    label = label or label_of(field, request, prefix)
    if IRichText.providedBy(field):
        return rich_text_problem(label, field, value)
    if INamedField.providedBy(field):
        return file_problem(label, field, value)
    if IRelation.providedBy(field):
        return reference_problem(label, value)
    if IChoice.providedBy(field):
        return choice_problem(label, field, value)
    if IRow.providedBy(field):
        return row_problem(label, field, value, request)
    if ICollection.providedBy(field):
        return collection_problem(label, field, value, request)
    if IDict.providedBy(field):
        return dict_problem(label, field, value, request)
    if IBool.providedBy(field):
        return None if isinstance(value, bool) else wrong_kind(label, "boolean")
    if IInt.providedBy(field):
        if isinstance(value, bool) or not isinstance(value, int):
            return wrong_kind(label, "integer")
        return None if rules.finite_number(value) else bad_number(label)
    if IFloat.providedBy(field) or IDecimal.providedBy(field):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return wrong_kind(label, "number")
        return None if rules.finite_number(value) else bad_number(label)
    if IDate.providedBy(field) or IDatetime.providedBy(field) or ITime.providedBy(field):
        if not isinstance(value, str):
            return wrong_kind(label, "date")
        if len(value) > DATE_LENGTH or rules.bad_characters(value, multiline=False):
            return wrong_kind(label, "date")
        return None
    if IText.providedBy(field) or IBytes.providedBy(field) or IURI.providedBy(field):
        if not isinstance(value, str):
            return wrong_kind(label, "text")
        one_line = ITextLine.providedBy(field) or IURI.providedBy(field)
        problem = text_problem(label, field, value, multiline=not one_line)
        if problem is None and value and not link_allowed(field, value):
            return bad_link(label)
        return problem
    if IObject.providedBy(field) and not isinstance(value, dict):
        return wrong_kind(label, "object")
    return None


def rich_text_problem(label, field, value):
    if isinstance(value, dict):
        for key in ("content-type", "encoding"):
            extra = value.get(key)
            if extra is not None and (
                not isinstance(extra, str) or len(extra) > 100 or rules.bad_characters(extra)
            ):
                return wrong_kind(label, "rich_text")
        value = value.get("data")
    if not isinstance(value, str):
        return wrong_kind(label, "rich_text")
    return text_problem(label, field, value, multiline=True)


def file_problem(label, field, value):
    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        return wrong_kind(label, "file")
    for key in ("filename", "content-type", "encoding"):
        extra = value.get(key)
        if extra is not None and (
            not isinstance(extra, str)
            or len(extra) > rules.FILENAME_LIMIT
            or rules.bad_characters(extra, multiline=False)
        ):
            return wrong_kind(label, "file")
    return None


def reference_problem(label, value):
    if isinstance(value, dict):
        value = value.get("@id") or value.get("UID")
    if not isinstance(value, str) or len(value) > rules.LINE_LIMIT:
        return wrong_kind(label, "reference")
    if rules.bad_characters(value, multiline=False):
        return bad_characters(label)
    return None


def choice_problem(label, field, value):
    if isinstance(value, dict):  # plone.restapi also takes {"token": ...}
        value = value.get("token")
    if isinstance(value, bool) or not isinstance(value, str | int):
        return wrong_kind(label, "choice")
    if isinstance(value, int):
        return None if rules.finite_number(value) else bad_number(label)
    if len(value) > rules.LINE_LIMIT or rules.bad_characters(value, multiline=False):
        return wrong_kind(label, "choice")
    return None


def collection_problem(label, field, value, request):
    if not isinstance(value, list):
        return wrong_kind(label, "list")
    limit = min(getattr(field, "max_length", None) or rules.ITEMS_LIMIT, rules.ITEMS_LIMIT)
    if len(value) > limit:
        return too_many(label, limit)
    value_type = getattr(field, "value_type", None)
    if value_type is None:
        return None
    for number, item in enumerate(value, start=1):
        row_label = translate(
            _(
                "label_row",
                default="${field}, row ${number}",
                mapping={"field": label, "number": number},
            ),
            context=request,
        )
        if item is None:
            return wrong_kind(row_label, kind_name(value_type))
        problem = field_problem(value_type, item, request, label=row_label)
        if problem is not None:
            return problem
    return None


def kind_name(field):
    if IRow.providedBy(field) or IObject.providedBy(field):
        return "object"
    return "text" if IText.providedBy(field) else "choice"


def row_problem(label, field, value, request):
    """A data grid row: an object whose known keys fit their sub-fields."""
    if not isinstance(value, dict):
        return wrong_kind(label, "object")
    for name, sub in getFields(field.schema).items():
        if name in value:
            problem = field_problem(sub, value[name], request, prefix=label)
            if problem is not None:
                return problem
    for key, item in value.items():
        if not isinstance(key, str) or len(key) > 100:
            return wrong_kind(label, "object")
        if isinstance(item, str) and rules.bad_characters(item):
            return bad_characters(label)
    return None


def dict_problem(label, field, value, request):
    if not isinstance(value, dict):
        return wrong_kind(label, "object")
    if len(value) > rules.ITEMS_LIMIT:
        return too_many(label, rules.ITEMS_LIMIT)
    key_type = getattr(field, "key_type", None)
    value_type = getattr(field, "value_type", None)
    for key, item in value.items():
        if key_type is not None:
            problem = field_problem(key_type, key, request, prefix=label)
            if problem is not None:
                return problem
        if value_type is not None:
            problem = field_problem(value_type, item, request, prefix=label)
            if problem is not None:
                return problem
    return None
