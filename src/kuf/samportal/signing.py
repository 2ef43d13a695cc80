"""Signing a protocol during justering.

A signature records who signed, when (UTC) and the SHA-256 fingerprint of
the protocol's content as signed. Signing goes through ISigningProvider,
so that an e-identification service can replace the built-in provider
(the logged-in user's own signature) without touching the rest.
"""

from datetime import UTC
from datetime import datetime
from kuf.samportal.rules.fingerprint import file_digest
from kuf.samportal.rules.fingerprint import fingerprint
from kuf.samportal.rules.signing import signing_refusal
from kuf.samportal.signatures import all_signed
from kuf.samportal.signatures import signatures
from kuf.samportal.signatures import writable_signatures
from kuf.samportal.workflow.guards import system_transition
from plone import api
from zope.component import getUtility
from zope.event import notify
from zope.interface import Interface
from zope.interface import implementer


class ISigningProvider(Interface):
    """Produces a signature record for a user and a content fingerprint."""

    def sign(protocol, user_id, content_fingerprint):
        """Return a dict with at least ``signed_at`` and ``method``."""


@implementer(ISigningProvider)
class LoggedInSignature:
    """The built-in provider: the user signs with their own logged-in account."""

    method = "inloggning"

    def sign(self, protocol, user_id, content_fingerprint):
        return {
            "user_id": user_id,
            "signed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "fingerprint": content_fingerprint,
            "method": self.method,
        }


class SigningRefused(Exception):
    def __init__(self, refusal):
        super().__init__(refusal.message)
        self.refusal = refusal


class ProtocolSigned:
    """Event: the last justerare signed and the protocol is now signed."""

    def __init__(self, protocol):
        self.object = protocol


class SignaturesCleared:
    """Event: the content changed after some justerare signed; they must sign again."""

    def __init__(self, protocol, user_ids):
        self.object = protocol
        self.user_ids = user_ids


def protocol_content(protocol) -> dict:
    """Everything a justerare signs: this protocol (a copy is another one),
    its fields, items and bilagor."""
    return {
        "protocol": protocol.UID(),
        "meeting": [
            protocol.meeting_date,
            protocol.start_time,
            protocol.end_time,
            protocol.place,
        ],
        "attendance": [protocol.present, protocol.absent, protocol.adjunct],
        "justerare": list(protocol.justerare or []),
        "secretary": protocol.secretary,
        "next_meeting": [
            protocol.next_meeting_date,
            protocol.next_meeting_time,
            protocol.next_meeting_place,
        ],
        "items": [
            [
                item.label(),
                item.kind,
                getattr(item, "raised_by", None),
                item.heading,
                item.body.raw if item.body else "",
            ]
            for item in protocol.punkter()
        ],
        "bilagor": [
            [bilaga.number, bilaga.Title(), file_digest(bilaga.file.data if bilaga.file else b"")]
            for bilaga in protocol.bilagor()
        ],
    }


def content_fingerprint(protocol) -> str:
    return fingerprint(protocol_content(protocol))


def refusal_for(protocol, user_id):
    return signing_refusal(
        api.content.get_state(protocol),
        list(protocol.justerare or []),
        set(signatures(protocol)),
        user_id,
    )


def sign(protocol, user_id):
    """Sign as ``user_id``; the last signature moves the protocol to signed.

    The signature and the transition are in the same transaction. Two
    signers writing at once conflict on the signature mapping and Zope
    retries one of them, which then sees the other's signature: the
    protocol is finalized exactly once.
    """
    refusal = refusal_for(protocol, user_id)
    if refusal is not None:
        raise SigningRefused(refusal)
    provider = getUtility(ISigningProvider)
    record = provider.sign(protocol, user_id, content_fingerprint(protocol))
    writable_signatures(protocol)[user_id] = record
    # Content changed by a route that sent no event would leave signatures
    # of another text: they go before anything is finalized.
    clear_stale_signatures(protocol)
    if all_signed(protocol):
        finalize(protocol)
    return record


def signatures_match(protocol) -> bool:
    """Every signature was given on exactly the protocol's current content."""
    current = content_fingerprint(protocol)
    return all(given.get("fingerprint") == current for given in signatures(protocol).values())


def finalize(protocol):
    """The system's transition to *Signerat*, then the record and the seal.

    The guard checks every signature's fingerprint against the content
    once more: no path can make a record whose signatures do not match it.
    """
    from kuf.samportal.records.seal import seal

    with system_transition():
        api.portal.get_tool("portal_workflow").doActionFor(
            protocol, "finalize", comment="Alla justerare har signerat."
        )
    notify(ProtocolSigned(protocol))
    seal(protocol)


def clear_stale_signatures(protocol):
    """During justering, signatures that no longer match the content are removed."""
    if protocol is None or api.content.get_state(protocol) != "justering":
        return []
    given = writable_signatures(protocol) if signatures(protocol) else {}
    if not given:
        return []
    current = content_fingerprint(protocol)
    stale = sorted(
        user_id for user_id, record in given.items() if record.get("fingerprint") != current
    )
    if not stale:
        return []
    for user_id in stale:
        del given[user_id]
    names = ", ".join(protocol.person(user_id)["name"] for user_id in stale)
    record_in_history(
        protocol,
        "signatures_cleared",
        f"Protokollet ändrades efter att {names} signerat; signaturerna togs bort "
        "och behöver ges på nytt.",
    )
    notify(SignaturesCleared(protocol, stale))
    return stale


def record_in_history(protocol, action, comment):
    """An entry in the protocol's history without a change of state."""
    from DateTime import DateTime

    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow_tool.setStatusOf(
        "kuf_protokoll_workflow",
        protocol,
        {
            "review_state": api.content.get_state(protocol),
            "action": action,
            "actor": api.user.get_current().getId(),
            "time": DateTime(),
            "comments": comment,
        },
    )


def content_changed(obj, event):
    """Subscriber: an item, bilaga or the protocol itself changed."""
    from kuf.samportal.content import find_parent
    from kuf.samportal.content.protokoll import IProtokoll

    clear_stale_signatures(find_parent(obj, IProtokoll))


def close_synpunkter(protocol):
    """A signed protocol's synpunkter are part of the record: read-only."""
    from DateTime import DateTime

    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool.getWorkflowById("kuf_synpunkt_workflow")
    for synpunkt in protocol.synpunkter():
        workflow_tool.setStatusOf(
            "kuf_synpunkt_workflow",
            synpunkt,
            {
                "review_state": "closed",
                "action": "close",
                "actor": api.user.get_current().getId(),
                "time": DateTime(),
                "comments": "Protokollet är signerat.",
            },
        )
        workflow.updateRoleMappingsFor(synpunkt)
        synpunkt.reindexObject(idxs=["review_state", "allowedRolesAndUsers"])


def protocol_transitioned(protocol, event):
    if event.new_state is None:
        return
    if event.new_state.id == "justering":
        # The mapping exists before the first signature: justerare signing at
        # once then write only the mapping (and conflict there, which is what
        # makes the last signature see all the others), not also the
        # protocol's annotations, which every first signer would add it to.
        writable_signatures(protocol)
    elif event.new_state.id == "signed":
        close_synpunkter(protocol)
