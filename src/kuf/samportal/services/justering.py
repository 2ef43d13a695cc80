"""REST: POST <protokoll>/@sign and GET <protokoll>/@justering."""

from kuf.samportal.parties import PARTIES
from kuf.samportal.rules import swedish_time
from kuf.samportal.signatures import signatures
from kuf.samportal.signing import SigningRefused
from kuf.samportal.signing import sign
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides


PARTY_TITLES = {party.id: party.title for party in PARTIES}


def swedish_instant(stored):
    """A signature's time as stored (ISO, UTC) on Stockholm's clock, with
    its offset: the same instant, as every time the portal shows."""
    return swedish_time.storable(swedish_time.parse(stored)).isoformat() if stored else None


def justering_status(protocol):
    given = signatures(protocol)
    deadline = protocol.schedule().comment_deadline
    return {
        "review_state": api.content.get_state(protocol),
        "schedule": {
            "sent_out": protocol.sent_out.isoformat() if protocol.sent_out else None,
            "comment_deadline": deadline.isoformat() if deadline else None,
            "signing_date": protocol.signing_date.isoformat() if protocol.signing_date else None,
        },
        "deadline": deadline.isoformat() if deadline else None,
        "justerare": [
            {
                "user_id": user_id,
                "fullname": protocol.person(user_id)["name"],
                "party": protocol.person(user_id)["party"],
                "party_title": PARTY_TITLES.get(protocol.person(user_id)["party"], ""),
                "signed": user_id in given,
                "signed_at": swedish_instant(given.get(user_id, {}).get("signed_at")),
            }
            for user_id in protocol.justerare or []
        ],
        "open_synpunkter": len(protocol.open_synpunkter()),
    }


class JusteringGet(Service):
    def reply(self):
        return justering_status(self.context)


class SignPost(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        user_id = api.user.get_current().getId()
        try:
            record = sign(self.context, user_id)
        except SigningRefused as refused:
            self.request.response.setStatus(refused.refusal.status)
            return {
                "error": {
                    "type": "SigningRefused",
                    "message": translate(refused.refusal.message, context=self.request),
                }
            }
        status = justering_status(self.context)
        status["signature"] = {
            "user_id": user_id,
            "signed_at": swedish_instant(record["signed_at"]),
            "fingerprint": record["fingerprint"],
        }
        if status["review_state"] == "signed":
            status["record"] = record_status(self.context)
        return status


def record_status(protocol):
    """Whether the PDF/A record was stored when the protocol was signed."""
    pending = getattr(protocol, "record_pending", None)
    return {"stored": protocol.record_pdf is not None, "pending_reason": pending or None}
