"""plone.restapi's content deserializer, with every value checked against
its field's type, size and characters first (``fields.field_problem``).

Registered for all Dexterity content on the portal's browser layer, so every
type (ours and Plone's) and every field, also one added later, is covered:
a wrong JSON type is a 400 naming the field, never a 500 from deep inside a
field deserializer.
"""

from kuf.samportal.inputguard import rules
from kuf.samportal.inputguard.fields import field_problem
from kuf.samportal.interfaces import IKufSamportalLayer
from plone.dexterity.interfaces import IDexterityContent
from plone.dexterity.utils import iterSchemata
from plone.restapi.deserializer import json_body
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from zExceptions import BadRequest
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer
from zope.schema import getFields


def content_problems(context, data, request) -> list[dict]:
    """Refusals of ``data`` (a PATCH or POST body) for ``context``'s fields."""
    errors = []
    for schema in iterSchemata(context):
        for name, field in getFields(schema).items():
            if name not in data or field.readonly:
                continue
            problem = field_problem(field, data[name], request)
            if problem is not None:
                message = translate(problem, context=request)
                errors.append({"field": name, "message": message, "error": "ValidationError"})
    return errors + meta_problems(data, request)


def meta_problems(data, request) -> list[dict]:
    """The keys plone.restapi reads besides the fields: layout, ordering, sort."""
    from kuf.samportal.inputguard.gate import wrong_key

    errors = []
    layout = data.get("layout")
    if layout is not None and not short_text(layout):
        errors.append(wrong_key("layout", request))
    ordering = data.get("ordering")
    if ordering is not None and not (
        isinstance(ordering, dict)
        and short_text(ordering.get("obj_id"))
        and (
            ordering.get("delta") in ("top", "bottom")
            or (isinstance(ordering.get("delta"), int) and rules.finite_number(ordering["delta"]))
        )
        and (
            ordering.get("subset_ids") is None
            or (
                isinstance(ordering["subset_ids"], list)
                and all(short_text(item) for item in ordering["subset_ids"])
            )
        )
    ):
        errors.append(wrong_key("ordering", request))
    sort = data.get("sort")
    if sort is not None and not (
        isinstance(sort, dict) and short_text(sort.get("on")) and short_text(sort.get("order"))
    ):
        errors.append(wrong_key("sort", request))
    return errors


def short_text(value) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200


@implementer(IDeserializeFromJson)
@adapter(IDexterityContent, IKufSamportalLayer)
class CheckedDeserializeFromJson(DeserializeFromJson):
    def __call__(self, validate_all=False, data=None, create=False, mask_validation_errors=True):
        if data is None:
            data = json_body(self.request)
        errors = content_problems(self.context, data, self.request)
        if errors:
            raise BadRequest(errors)
        return super().__call__(
            validate_all=validate_all,
            data=data,
            create=create,
            mask_validation_errors=mask_validation_errors,
        )
