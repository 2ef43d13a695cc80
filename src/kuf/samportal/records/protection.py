"""Refuse whatever would remove, move, rename or add to a record.

The subscribers listen to the events every route fires (REST, Classic
forms, folder contents, ``@move``, ``@@delete_confirmation``, the ZMI's
``manage_delObjects``, ``manage_renameObjects``, ``manage_pasteObjects``,
``manage_importObject``): OFS dispatches a container's removal or move to
everything inside it, so deleting a group reaches its protocols too. A
copy is the exception: copying is reading, but the copy must not carry
the original's signatures, record or synpunkter (``forget_record``).
"""

from Acquisition import aq_base
from kuf.samportal import _
from kuf.samportal.records import enclosing_protocol_record
from kuf.samportal.records import enclosing_record
from kuf.samportal.records import records_below
from zExceptions import Forbidden
from zope.globalrequest import getRequest
from zope.i18n import translate
from ZPublisher.HTTPResponse import status_codes


MESSAGES = {
    "remove": _(
        "error_record_remove",
        default="${title} is an official record (signed) and can never be deleted.",
    ),
    "move": _(
        "error_record_move",
        default="${title} is an official record (signed) and can never be moved or renamed.",
    ),
    "add": _(
        "error_record_add",
        default="${title} is an official record (signed): nothing can be added to it.",
    ),
    "change": _(
        "error_record_change",
        default="${title} is an official record (signed) and can never be changed.",
    ),
    "container_remove": _(
        "error_container_records_remove",
        default="${title} holds ${count} official records (signed protocols or submitted "
        "follow-ups) and cannot be deleted.",
    ),
    "container_move": _(
        "error_container_records_move",
        default="${title} holds ${count} official records (signed protocols or submitted "
        "follow-ups) and cannot be moved or renamed.",
    ),
    "copy_synpunkt": _(
        "error_synpunkt_copy",
        default="A comment belongs to its author and its protocol and cannot be copied.",
    ),
    "undo": _(
        "error_undo_disabled",
        default="Undo is turned off in the portal: official records must never change. "
        "Restore from a backup instead.",
    ),
}


class RecordProtected(Forbidden):
    """A refused change of a record: 403, with a Swedish message."""

    # ZPublisher sets an exception's status by its class name.
    status_codes["recordprotected"] = 403

    def __init__(self, key, **mapping):
        self.key = key
        template = MESSAGES[key]
        message = _(
            template, default=template.default, mapping={k: str(v) for k, v in mapping.items()}
        )
        self.text = translate(message, context=getRequest(), target_language="sv")
        super().__init__(self.text)

    def __str__(self):
        return self.text


def title_of(obj):
    try:
        return obj.Title() or obj.getId()
    except AttributeError:
        return obj.getId()


def guard_move_or_removal(obj, event):
    """Subscriber of (IContentish, IObjectWillBeMovedEvent): removals,
    moves, renames and additions (an addition has no old parent)."""
    if event.oldParent is not None:
        removing = event.newParent is None
        record = enclosing_record(obj)
        if record is not None and event.object is not obj and event.object is not record:
            # Reached through a container being removed or moved: say so
            # about the container, counting what it holds.
            refuse_container_with_records(event.object, removing)
        if record is not None:
            raise RecordProtected("remove" if removing else "move", title=title_of(record))
        if event.object is obj:
            refuse_container_with_records(obj, removing)
    if event.newParent is not None:
        record = enclosing_protocol_record(event.newParent)
        if record is not None:
            raise RecordProtected("add", title=title_of(record))


def refuse_container_with_records(container, removing):
    """The operation's own object (a group, a section, a unit) holding
    records is refused with one message that names it and counts them."""
    if not hasattr(aq_base(container), "objectIds"):
        return
    found = records_below(container)
    if found:
        raise RecordProtected(
            "container_remove" if removing else "container_move",
            title=title_of(container),
            count=len(found),
        )


def forget_record(copy, event):
    """Subscriber of (IProtokoll, IObjectCopiedEvent): the copy is a new
    draft, so signatures, the stored record, reminders and the justering
    round's synpunkter stay with the original."""
    from kuf.samportal.notifications import REMINDED
    from kuf.samportal.signatures import KEY as SIGNATURES
    from zope.annotation.interfaces import IAnnotations

    annotations = IAnnotations(copy)
    for key in (SIGNATURES, REMINDED):
        if key in annotations:
            del annotations[key]
    base = aq_base(copy)
    # An archived protocol's original file is its record, found by its hash.
    for attribute in ("record_pdf", "record_pending", "original_file", "original_sha256"):
        if attribute in base.__dict__:
            delattr(base, attribute)
    for synpunkt_id in [
        obj.getId() for obj in base.objectValues() if obj.portal_type == "Synpunkt"
    ]:
        base._delObject(synpunkt_id, suppress_events=True)
    unseal_copy(copy, event)


def unseal_copy(copy, event):
    """Subscriber of (IContentish, IObjectCopiedEvent): a copy is not sealed."""
    from kuf.samportal.records.seal import unseal

    unseal(copy)


def refuse_synpunkt_copy(synpunkt, event):
    """A synpunkt copied on its own would put words in its author's mouth
    on another protocol (inside a copied protocol it is dropped instead)."""
    if event.object is synpunkt:
        raise RecordProtected("copy_synpunkt")
