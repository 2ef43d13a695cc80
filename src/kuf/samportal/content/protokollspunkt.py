"""Protokollspunkt: one numbered item (or lettered sub-item) of a protocol."""

from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content import invariant_context
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.records.zmi import record_guard
from kuf.samportal.rules import numbering
from plone.app.textfield import RichText
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
import re
from zope import schema
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.interface import provider
from zope.schema import ValidationError
from zope.schema.interfaces import IContextAwareDefaultFactory


def protocol_of(context):
    from kuf.samportal.content.protokoll import IProtokoll

    return find_parent(context, IProtokoll)


def siblings_labels(protocol, exclude=None):
    return [
        (item.number, item.letter or "")
        for item in protocol.punkter()
        if item.number is not None and (exclude is None or item.getId() != exclude.getId())
    ]


@provider(IContextAwareDefaultFactory)
def next_number(context):
    protocol = protocol_of(context)
    if protocol is None:
        return 1
    return numbering.next_label(siblings_labels(protocol))[0]


class InvalidLetter(ValidationError):
    __doc__ = _("error_letter", default="The letter must be one lower-case letter, a to z.")


def is_letter(value):
    if value and not re.fullmatch(r"[a-z]", value):
        raise InvalidLetter(value)
    return True


class IProtokollspunkt(model.Schema):
    number = schema.Int(
        title=_("label_item_number", default="Number"), min=1, defaultFactory=next_number
    )
    letter = schema.TextLine(
        title=_("label_item_letter", default="Letter"),
        description=_("help_item_letter", default="For a sub-item: a, b, c ..."),
        required=False,
        constraint=is_letter,
    )
    kind = schema.Choice(
        title=_("label_item_kind", default="Kind"),
        vocabulary="kuf.samportal.ItemKinds",
        required=False,
    )
    raised_by = schema.Choice(
        title=_("label_item_raised_by", default="Raised by"),
        vocabulary="kuf.samportal.Parties",
        required=False,
    )
    heading = schema.TextLine(title=_("label_item_heading", default="Heading"))
    body = RichText(title=_("label_item_body", default="Minutes"), required=False)
    directives.widget("bilagor", AjaxSelectFieldWidget, vocabulary="kuf.samportal.ProtocolBilagor")
    bilagor = schema.List(
        title=_("label_item_bilagor", default="Attachments referred to"),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    @invariant
    def unique_label(data):
        context = invariant_context(data)
        protocol = protocol_of(context)
        if protocol is None:
            return
        this = context if isinstance(context, Protokollspunkt) else None
        label = (data.number, data.letter or "")
        if label in siblings_labels(protocol, exclude=this):
            raise Invalid(
                _(
                    "error_duplicate_item",
                    default="The protocol already has an item ${label}.",
                    mapping={"label": numbering.format_label(*label)},
                )
            )

    @invariant
    def existing_bilagor(data):
        protocol = protocol_of(invariant_context(data))
        if protocol is None or not data.bilagor:
            return
        known = {bilaga.UID() for bilaga in protocol.bilagor()}
        if set(data.bilagor) - known:
            raise Invalid(
                _(
                    "error_missing_bilaga",
                    default="An item can only refer to attachments of its own protocol.",
                )
            )


@private_by_default
@implementer(IProtokollspunkt)
@record_guard
class Protokollspunkt(Item):
    """An item of a protocol: "4 a) Information: Kulturnämndsärenden"."""

    # Class defaults, so that reading them never calls the context-aware
    # default factory (which reads the siblings' numbers).
    number = None
    letter = ""
    raised_by = None

    @property
    def title(self):
        label = f"{self.number} {self.letter})" if self.letter else f"{self.number}."
        return f"{label} {self.heading_with_kind()}"

    @title.setter
    def title(self, value):
        """The title is derived from number, kind and heading."""

    def heading_with_kind(self):
        """ "Information: Kulturnämndsärenden", "Anmäld fråga från DIK: Sociala medier"."""
        from kuf.samportal.vocabularies import item_kind_title
        from kuf.samportal.vocabularies import party_title

        kind = item_kind_title(self.kind)
        party = party_title(self.raised_by)
        if party:
            kind = f"{kind} från {party}" if kind else f"Från {party}"
        heading = self.heading or ""
        return f"{kind}: {heading}" if kind else heading

    def body_html(self):
        """The minutes as safe HTML, transformed once per change of the text
        (kept in a volatile attribute: per ZODB connection, dropped on edit)."""
        body = self.body
        if body is None:
            return ""
        cached = getattr(self, "_v_body_html", None)
        if cached is not None and cached[0] == body.raw:
            return cached[1]
        html = body.output_relative_to(self) or ""
        self._v_body_html = (body.raw, html)
        return html

    def label(self):
        return numbering.format_label(self.number or 0, self.letter or "")


limit_text_fields(IProtokollspunkt)
