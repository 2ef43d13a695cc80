"""Handling: a document sent out with the kallelse; it becomes a bilaga of
the protocol made from the meeting."""

from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from plone.dexterity.content import Item
from plone.namedfile.field import NamedBlobFile
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IHandling(model.Schema):
    title = schema.TextLine(title=_("label_handling_title", default="Title"))
    file = NamedBlobFile(title=_("label_handling_file", default="File"))
    party = schema.Choice(
        title=_("label_handling_party", default="From party"),
        description=_(
            "help_handling_party",
            default="For written positions (yrkanden) from a party.",
        ),
        vocabulary="kuf.samportal.Parties",
        required=False,
    )


@private_by_default
@implementer(IHandling)
class Handling(Item):
    """Its number is given when it is added and never changes, so that the
    dagordning's references stay right when another handling is removed."""

    number = 0

    def label(self):
        return f"Handling {self.number}"

    def meeting(self):
        from kuf.samportal.meetings.content.mote import IMote

        return find_parent(self, IMote)


def number_handling(handling, event):
    meeting = handling.meeting()
    if meeting is None or handling.number:
        return
    used = [h.number for h in meeting.handlingar() if h is not handling]
    handling.number = max(used, default=0) + 1


limit_text_fields(IHandling)
