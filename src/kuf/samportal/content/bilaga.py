"""Bilaga: a numbered attachment of a protocol, shown as "Bilaga N"."""

from kuf.samportal import _
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.records.zmi import record_guard
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IBilaga(model.Schema):
    title = schema.TextLine(title=_("label_bilaga_title", default="Title"))
    file = NamedBlobFile(title=_("label_bilaga_file", default="File"))


@private_by_default
@implementer(IBilaga)
@record_guard
class Bilaga(Item):
    """Its number (1..N) follows its place among the protocol's attachments."""

    number = 0

    def label(self):
        return f"Bilaga {self.number}"


limit_text_fields(IBilaga)
