"""Records (allmänna handlingar): what the portal promises never changes or
disappears.

A protocol is a record once it is signed in the portal (``signed``) or was
justerat before the portal existed (``arkiverat``): the protocol, its items,
bilagor and synpunkter, its signatures and the stored PDF/A. A submitted
follow-up (``inlamnad``) is kept too: it cannot be deleted or moved, and
each submission's answers are kept; HR may reopen it for changes.

``protection`` refuses every removal, move, rename and addition that would
touch a record, whatever the route (REST, Classic UI, folder contents, the
ZMI, a delete of a container above it); ``seal`` checks at every commit of a
web request that no sealed part of a record changed.
"""

from Acquisition import aq_base
from Acquisition import aq_chain
from Acquisition import aq_inner


PROTOCOL_WORKFLOW = "kuf_protokoll_workflow"
FOLLOWUP_WORKFLOW = "kuf_uppfoljning_workflow"

# States in which a protocol is a record.
RECORD_STATES = frozenset({"signed", "arkiverat"})
# States in which a follow-up is kept (no delete or move).
KEPT_FOLLOWUP_STATES = frozenset({"inlamnad"})


def current_state(obj, workflow_id):
    """The object's state in ``workflow_id``, read from its own history (no
    acquisition, no tools: also for unwrapped objects at commit time)."""
    history = getattr(aq_base(obj), "workflow_history", None) or {}
    entries = history.get(workflow_id) or ()
    return entries[-1].get("review_state") if entries else None


def is_record_protocol(obj) -> bool:
    return current_state(obj, PROTOCOL_WORKFLOW) in RECORD_STATES


def is_kept_followup(obj) -> bool:
    return current_state(obj, FOLLOWUP_WORKFLOW) in KEPT_FOLLOWUP_STATES


def enclosing_protocol_record(obj):
    """The record protocol ``obj`` is or is part of, or None."""
    from kuf.samportal.content.protokoll import IProtokoll

    for parent in aq_chain(aq_inner(obj)):
        if IProtokoll.providedBy(parent):
            return parent if is_record_protocol(parent) else None
    return None


def enclosing_record(obj):
    """The record ``obj`` is or is part of, or None: a record protocol with
    everything in it, or a kept follow-up itself (its action plan stays a
    working document: actions are added, followed up and removed)."""
    from kuf.samportal.content.uppfoljning import IUppfoljning

    if IUppfoljning.providedBy(obj) and is_kept_followup(obj):
        return obj
    return enclosing_protocol_record(obj)


def records_below(container):
    """Brains of the records inside ``container`` (any depth, unrestricted:
    what the user may see does not matter for what may be deleted)."""
    from plone import api

    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(container.getPhysicalPath())
    protocols = catalog.unrestrictedSearchResults(
        portal_type="Protokoll", review_state=sorted(RECORD_STATES), path=path
    )
    followups = catalog.unrestrictedSearchResults(
        portal_type="Uppfoljning", review_state=sorted(KEPT_FOLLOWUP_STATES), path=path
    )
    return [*protocols, *followups]
