"""The bodies of plone.restapi's own write services, as schema fields.

plone.restapi reads these keys without checking their types (a number as a
workflow comment, a list of numbers as a copy source are a 500); the gate
checks them with the same walk as content fields (``fields.field_problem``).
"""

from kuf.samportal import _
from kuf.samportal.inputguard import rules
from zope import schema


def text(title, limit=rules.TEXT_LIMIT):
    return schema.Text(title=title, max_length=limit, required=False)


def line(title):
    return schema.TextLine(title=title, max_length=rules.LINE_LIMIT, required=False)


def paths(title):
    return schema.List(title=title, value_type=schema.TextLine(title=title), required=False)


WORKFLOW = {
    "comment": text(_("label_workflow_comment", default="Comment")),
    "effective": line(_("label_workflow_effective", default="Publishing date")),
    "expires": line(_("label_workflow_expires", default="Expiration date")),
    "include_children": schema.Bool(title=_("label_include_children", default="Include contents")),
}
COPY = {"source": paths(_("label_copy_source", default="Source"))}
SHARING = {
    "entries": schema.List(
        title=_("label_sharing_entries", default="Sharing"),
        value_type=schema.Dict(key_type=schema.TextLine()),
        required=False,
    ),
    "inherit": schema.Bool(title=_("label_sharing_inherit", default="Inherit permissions")),
}
LOCK = {
    "stealable": schema.Bool(title=_("label_lock_stealable", default="Stealable")),
    "timeout": schema.Int(title=_("label_lock_timeout", default="Timeout")),
}

BODY_FIELDS = {
    "@workflow": WORKFLOW,
    "@copy": COPY,
    "@move": COPY,
    "@sharing": SHARING,
    "@lock": LOCK,
}


def as_checked(service, key, value):
    """A copy source may be one path or a list of them."""
    if service in ("@copy", "@move") and key == "source" and isinstance(value, str):
        return [value]
    return value
