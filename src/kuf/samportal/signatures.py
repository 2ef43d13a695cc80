"""The signatures given on a protocol, kept in an annotation of the protocol.

The justering round (signing, fingerprints) writes them; the workflow only
reads them to know whether every justerare has signed.
"""

from persistent.mapping import PersistentMapping
from zope.annotation.interfaces import IAnnotations


KEY = "kuf.samportal.signatures"


def signatures(protocol):
    """user id -> signature record (read-only view for guards and views)."""
    return dict(IAnnotations(protocol).get(KEY, {}))


def writable_signatures(protocol):
    annotations = IAnnotations(protocol)
    if KEY not in annotations:
        annotations[KEY] = PersistentMapping()
    return annotations[KEY]


def all_signed(protocol) -> bool:
    justerare = list(protocol.justerare or [])
    given = signatures(protocol)
    return bool(justerare) and all(user_id in given for user_id in justerare)
