"""A cached rendering of a record's document body (issue 13).

A signed or archived protocol never changes (its parts are sealed), so
the rendering of its items, bilagor and signatures is the same for every
reader who may see it: it is kept in Zope's RAM cache (plone.memoize) and
reused until the record changes, which it cannot without breaking its
seal. The key holds everything the rendering depends on: the record (UID,
state, seal, its parts' ids), where it is shown (the site's URL), the
language, and what the caller adds (e.g. the synpunkter this reader may
see). What depends on who asks is never put inside a cached part; anything
that is not a record is rendered afresh.
"""

from kuf.samportal.caching.records import CODE_STAMP
from kuf.samportal.caching.records import digest_of
from kuf.samportal.records import PROTOCOL_WORKFLOW
from kuf.samportal.records import current_state
from kuf.samportal.records import is_record_protocol
from kuf.samportal.records.seal import SEAL
from plone.memoize import ram


def record_key(protocol, request, *parts) -> str | None:
    """The cache key of ``protocol``'s rendering, or None if it is no record."""
    if not is_record_protocol(protocol):
        return None
    seal = getattr(protocol, SEAL, None)
    if seal is None:
        return None  # not sealed (yet): render afresh
    values = [
        CODE_STAMP,
        protocol.UID(),
        current_state(protocol, PROTOCOL_WORKFLOW) or "",
        seal,
        ",".join(protocol.objectIds()),
        protocol.absolute_url(),
        request.get("LANGUAGE", "") or "",
        *map(repr, parts),
    ]
    return digest_of(values)


def cached(key: str | None, render):
    """``render()``, kept under ``key``; rendered afresh when key is None.
    Also for other renderings that never change once made (a routine's saved
    versions): the key must then name everything they depend on."""
    if key is None:
        return render()
    return _kept(key, render)


@ram.cache(lambda function, key, render: key)
def _kept(key, render):
    return render()
