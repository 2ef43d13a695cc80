"""A protocol over REST: the whole document in one GET.

The standard serialization of the container, plus ``punkter`` (the items
with their text and bilaga references), ``bilagor``, the justerare with
their party and signature status, and, for those who may send it, why
the protocol cannot be sent for justering yet.
"""

from kuf.samportal.browser.protokoll import ProtokollView
from kuf.samportal.caching.body import cached
from kuf.samportal.caching.body import record_key
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.content.protokollspunkt import IProtokollspunkt
from kuf.samportal.meetings.services import protocol_meeting_json
from kuf.samportal.services.people import PersonFieldSerializer
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from zope.component import adapter
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import implementer
from zope.schema.interfaces import IChoice


@implementer(ISerializeToJson)
@adapter(IProtokoll, Interface)
class SerializeProtokollToJson(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True):
        # The children are listed from the objects: a protocol holds a few
        # dozen, all of which the reader may see if they may see the protocol,
        # and a catalog query plus one summary adapter each doubled the time.
        # Children have neither description nor workflow state: not listed.
        result = super().__call__(version=version, include_items=False)
        document = ProtokollView(self.context, self.request)
        # A record's document is the same for every reader: kept (caching/body.py).
        key = record_key(self.context, self.request, "rest")
        result.update(cached(key, lambda: document_json(self.context, document)))
        result["review_state"] = document.state()
        result["mote"] = protocol_meeting_json(self.context)
        if document.can_send():
            result["send_to_justering_blockers"] = [
                translate(blocker, context=self.request)
                for blocker in self.context.send_to_justering_blockers()
            ]
        return result


def document_json(protocol, document) -> dict:
    """The document: its parts, items, bilagor, justerare and original."""
    children = [*protocol.punkter(), *protocol.bilagor()]
    bilagor = document.bilagor()
    by_uid = {bilaga["uid"]: bilaga for bilaga in bilagor}
    result = {
        "title": protocol.Title(),
        "items": [
            {"@id": document.child_url(child), "@type": child.portal_type, "title": child.Title()}
            for child in children
        ],
        "items_total": len(children),
        "punkter": [
            {
                "@id": document.child_url(item),
                "number": item.number,
                "letter": item.letter or "",
                "label": item.label(),
                "kind": item.kind,
                "raised_by": getattr(item, "raised_by", None),
                "heading": item.heading,
                "title": item.Title(),
                "body": item.body_html(),
                "bilagor": [by_uid[uid]["number"] for uid in item.bilagor or [] if uid in by_uid],
            }
            for item in protocol.punkter()
        ],
        "bilagor": [
            {"number": b["number"], "label": b["label"], "title": b["title"], "download": b["url"]}
            for b in bilagor
        ],
        "justerare_status": [
            {"user_id": user_id, **signer}
            for user_id, signer in zip(
                protocol.justerare or [], document.signature_block(), strict=True
            )
        ],
    }
    original = document.original()
    if original is not None:
        result["original"] = {
            "download": original["url"],
            "filename": original["filename"],
            "sha256": original["sha256"],
        }
    return result


@implementer(ISerializeToJson)
@adapter(IProtokollspunkt, Interface)
class SerializeProtokollspunktToJson(SerializeToJson):
    """An item's title ("4 a) Information: ...") is derived, not a field."""

    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        result["title"] = self.context.Title()
        result["label"] = self.context.label()
        return result


@implementer(IFieldSerializer)
@adapter(IChoice, IProtokoll, Interface)
class ProtokollChoiceSerializer(PersonFieldSerializer):
    """The protocol's people ("Vid protokollet") come from its snapshot of
    names: the same term as the Users vocabulary gives, without a PAS lookup."""

    def term(self, user_id):
        return {"token": user_id, "title": self.context.person(user_id)["name"]}
