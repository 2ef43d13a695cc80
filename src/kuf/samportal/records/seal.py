"""The seal: a record's parts are stamped with a digest of their content when
the record is made, and every commit of a web request checks the stamped
objects it changed.

Permissions and the subscribers in ``protection`` keep people away from
records; the seal is the last line for whatever route they miss (a ZMI
tab, a property sheet, an add-on's view): a commit that would change a
sealed part is refused. Undo through the web is refused for the same
reason (it would restore an unsigned state below the seal).
"""

from Acquisition import aq_base
from kuf.samportal.rules.fingerprint import file_digest
from kuf.samportal.rules.fingerprint import fingerprint
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
import transaction


SEAL = "_kuf_seal"
ORDER_KEY = "plone.folder.ordered.order"


def plain(value):
    """A field value in a canonical, comparable form."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if hasattr(value, "raw") and hasattr(value, "mimeType"):  # RichTextValue
        return ["richtext", value.raw, value.mimeType]
    if hasattr(value, "data") and hasattr(value, "filename"):  # NamedFile
        return ["file", value.filename, value.contentType, file_digest(value.data)]
    if isinstance(value, dict | PersistentMapping):
        return {str(key): plain(item) for key, item in sorted(value.items(), key=str)}
    if isinstance(value, list | tuple | set | frozenset | PersistentList):
        items = [plain(item) for item in value]
        return sorted(items, key=str) if isinstance(value, set | frozenset) else items
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return repr(value)


def field_values(obj) -> dict:
    from plone.dexterity.utils import iterSchemataForType

    values = {}
    base = aq_base(obj)
    for schema in iterSchemataForType(base.portal_type):
        for name in schema.names():
            values[name] = plain(getattr(base, name, None))
    return values


def content_digest(obj) -> str:
    """Everything a reader sees of one content object."""
    base = aq_base(obj)
    content = {
        "id": base.getId(),
        "portal_type": base.portal_type,
        "title": plain(getattr(base, "title", None)),
        "description": plain(getattr(base, "description", None)),
        "fields": field_values(base),
        "own": {
            name: plain(getattr(base, name, None))
            for name in ("number", "letter", "people", "author_name", "status", "answer")
            if name in base.__dict__
        },
    }
    if hasattr(base, "objectIds"):
        content["children"] = list(base.objectIds())
        record = getattr(base, "record_pdf", None)
        content["record_pdf"] = file_digest(record.data) if record is not None else None
    return fingerprint(content)


def digest(obj) -> str:
    if isinstance(obj, PersistentMapping | PersistentList):
        return fingerprint({"data": plain(obj.data)})
    return content_digest(obj)


def sealed_parts(protocol):
    """The persistent objects that make up a record protocol."""
    from kuf.samportal.signatures import KEY as SIGNATURES
    from zope.annotation.interfaces import IAnnotations

    yield protocol
    yield from protocol.objectValues()
    annotations = IAnnotations(protocol)
    for key in (SIGNATURES, ORDER_KEY):
        part = annotations.get(key)
        if isinstance(part, PersistentMapping | PersistentList):
            yield part


def seal(protocol):
    """Stamp every part of the record with its digest (again, when the
    stored PDF/A is added to it)."""
    for part in sealed_parts(protocol):
        setattr(aq_base(part), SEAL, digest(part))


def unseal(obj):
    base = aq_base(obj)
    if SEAL in getattr(base, "__dict__", {}):
        delattr(base, SEAL)
    if hasattr(base, "objectValues"):
        for child in base.objectValues():
            unseal(child)


def is_sealed(obj) -> bool:
    return SEAL in getattr(aq_base(obj), "__dict__", {})


def broken_seals(objects):
    """The sealed objects among ``objects`` whose content changed."""
    return [obj for obj in objects if is_sealed(obj) and getattr(obj, SEAL) != digest(obj)]


def changed_objects(txn):
    """Persistent objects this transaction changed, in every connection,
    also those already written to a savepoint."""
    for resource in txn._resources:
        yield from getattr(resource, "_registered_objects", ())
        savepoint = getattr(resource, "_savepoint_storage", None)
        if savepoint is not None:
            for oid in list(savepoint.index):
                yield resource.get(oid)


def is_undo(txn) -> bool:
    from ZODB.DB import TransactionalUndo

    return any(isinstance(resource, TransactionalUndo) for resource in txn._resources)


def check_before_commit(event, txn=None):
    """Subscriber of IPubBeforeCommit: no sealed part changes, no undo."""
    from kuf.samportal.records.protection import RecordProtected

    txn = txn or transaction.get()
    if is_undo(txn):
        raise RecordProtected("undo")
    broken = broken_seals(list(changed_objects(txn)))
    if broken:
        obj = broken[0]
        title = obj.Title() if hasattr(obj, "Title") else type(obj).__name__
        raise RecordProtected("change", title=title)
