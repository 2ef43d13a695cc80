"""REST: a protocol's date-times are Swedish time.

plone.restapi stores a naive value as UTC, and after the first save
matches whatever is stored (a naive value stays naive, in UTC): a deadline
sent as ``2026-06-04T12:00`` was kept as 12:00 UTC and one sent with
``+02:00`` was shown as 10:00. Here a naive value is Swedish time (what a
person means), an aware one keeps its instant, and both are stored aware on
Stockholm's clock; the serialization gives that clock with its offset.
"""

from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.rules import swedish_time
from plone.restapi.deserializer.dxfields import DefaultFieldDeserializer
from plone.restapi.interfaces import IFieldDeserializer
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.dxfields import DefaultFieldSerializer
from zope.component import adapter
from zope.interface import implementer
from zope.publisher.interfaces.browser import IBrowserRequest
from zope.schema.interfaces import IDatetime


@implementer(IFieldDeserializer)
@adapter(IDatetime, IProtokoll, IBrowserRequest)
class SwedishDatetimeDeserializer(DefaultFieldDeserializer):
    def __call__(self, value):
        if value in (None, ""):
            self.field.validate(None)
            return None
        if not isinstance(value, str):
            raise ValueError(f"Ogiltig tidpunkt: {value!r}")
        try:
            parsed = swedish_time.storable(swedish_time.parse(value))
        except ValueError:
            raise ValueError(f"Ogiltig tidpunkt: {value}") from None
        self.field.validate(parsed)
        return parsed


@implementer(IFieldSerializer)
@adapter(IDatetime, IProtokoll, IBrowserRequest)
class SwedishDatetimeSerializer(DefaultFieldSerializer):
    def __call__(self):
        value = self.get_value()
        if value is None:
            return None
        return swedish_time.local(value).isoformat()
