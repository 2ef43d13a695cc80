"""Classic forms: what the REST deserializer refuses, the forms refuse too.

Our own fields carry their limits and link constraints (``limits``,
``constraints``). Plone's Link keeps its target in a plain text line edited
with the link widget; this validator, registered for that widget only (so
it shadows no other validator), refuses script links there.
"""

from kuf.samportal.inputguard import rules
from kuf.samportal.inputguard.constraints import NotAWebLink
from kuf.samportal.interfaces import IKufSamportalLayer
from plone.app.z3cform.interfaces import ILinkWidget
from z3c.form import validator


class LinkTargetValidator(validator.SimpleFieldValidator):
    def validate(self, value, force=False):
        super().validate(value, force)
        if value and not rules.is_link_target(value):
            raise NotAWebLink(value)


validator.WidgetValidatorDiscriminators(
    LinkTargetValidator, request=IKufSamportalLayer, widget=ILinkWidget
)
