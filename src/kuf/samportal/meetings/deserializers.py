"""REST: rows of the årshjul's and the meeting's tables.

collective.z3cform.datagridfield's row deserializer hands a missing value
to the field's deserializer, and a row without, say, a start time fails
with a 500. Here a missing or empty value is checked against the field
(required or not) and stored as missing; the rest is deserialized as usual.
"""

from plone.restapi.deserializer.dxfields import DefaultFieldDeserializer
from plone.restapi.interfaces import IFieldDeserializer
from zope.component import queryMultiAdapter
from zope.interface import implementer
from zope.schema import getFields


@implementer(IFieldDeserializer)
class RowDeserializer(DefaultFieldDeserializer):
    def __call__(self, row):
        if not isinstance(row, dict):
            raise ValueError("Varje rad ska vara ett objekt med fält.")
        data = {}
        for name, field in getFields(self.field.schema).items():
            if field.readonly:
                continue
            value = row.get(name)
            if value in (None, ""):
                field.validate(field.missing_value)
                data[name] = field.missing_value
                continue
            deserializer = queryMultiAdapter(
                (field, self.context, self.request), IFieldDeserializer
            )
            data[name] = deserializer(value) if deserializer is not None else value
        return data
