"""A fingerprint of a whole database, object by object.

Every object reachable from the root is loaded as stored (its pickle, not
what the application makes of it) and hashed together with its blob, if it
has one. Two databases with the same digest hold the same objects with the
same content: a migration from FileStorage to RelStorage and a restore from
a backup must keep it. Unreachable objects (garbage a pack would remove) are
left out, so packing does not change the digest either.
"""

from dataclasses import dataclass
from dataclasses import field
import hashlib
from ZODB.interfaces import IBlobStorage
from ZODB.POSException import POSKeyError
from ZODB.serialize import referencesf
from ZODB.utils import get_pickle_metadata
from ZODB.utils import oid_repr
from ZODB.utils import z64


@dataclass
class Digest:
    objects: dict = field(default_factory=dict)  # oid -> sha256 of the pickle
    blobs: dict = field(default_factory=dict)  # oid -> sha256 of the blob file
    missing: list = field(default_factory=list)  # referenced but absent oids

    def total(self) -> str:
        """One SHA-256 over every object and blob, in oid order."""
        whole = hashlib.sha256()
        for oid in sorted(self.objects):
            whole.update(f"{oid} {self.objects[oid]} {self.blobs.get(oid, '')}\n".encode())
        return whole.hexdigest()

    def differences(self, other, limit=20) -> list[str]:
        """What differs from ``other``, for an assertion message."""
        lines = []
        for oid in sorted(set(self.objects) | set(other.objects)):
            mine, theirs = self.objects.get(oid), other.objects.get(oid)
            if mine != theirs:
                lines.append(f"object {oid}: {mine} != {theirs}")
            elif self.blobs.get(oid) != other.blobs.get(oid):
                lines.append(f"blob {oid}: {self.blobs.get(oid)} != {other.blobs.get(oid)}")
            if len(lines) >= limit:
                break
        return lines


def storage_digest(storage) -> Digest:
    """Walk ``storage`` from the root object and hash what is stored."""
    digest = Digest()
    has_blobs = IBlobStorage.providedBy(storage)
    seen = {z64}
    pending = [z64]
    while pending:
        oid = pending.pop()
        try:
            data, serial = storage.load(oid)
        except POSKeyError:
            digest.missing.append(oid_repr(oid))
            continue
        key = oid_repr(oid)
        digest.objects[key] = hashlib.sha256(data).hexdigest()
        if has_blobs and is_blob_record(data):
            digest.blobs[key] = file_sha256(storage.loadBlob(oid, serial))
        for reference in referencesf(data):
            if reference not in seen:
                seen.add(reference)
                pending.append(reference)
    return digest


def is_blob_record(data: bytes) -> bool:
    """Whether the record is a ZODB blob (its file is hashed with it)."""
    return get_pickle_metadata(data) == ("ZODB.blob", "Blob")


def file_sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as blob:
        for chunk in iter(lambda: blob.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def open_storage(config_text: str):
    """A storage from a ZConfig text with one storage section (read-only use)."""
    from io import StringIO
    import ZConfig

    schema = ZConfig.loadSchemaFile(
        StringIO(
            '<schema><import package="ZODB"/><import package="relstorage"/>'
            '<section type="ZODB.storage" name="*" attribute="storage"/></schema>'
        )
    )
    config, _ = ZConfig.loadConfigFile(schema, StringIO(config_text))
    return config.storage.open()
