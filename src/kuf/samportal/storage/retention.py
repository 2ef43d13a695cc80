"""Which old backups to delete: plain rules on file names, no I/O.

A backup name starts with its UTC time as ``YYYY-MM-DD-HH-MM-SS`` (repozo's
naming, which the blob snapshots and dumps share), so names sort by time.
"""

import re


STAMP = re.compile(r"(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})")
FULL = (".fs", ".fsz")


def stamp(name: str) -> str | None:
    found = STAMP.search(name)
    return found.group(1) if found else None


def expired_repozo(names: list[str], keep: int) -> list[str]:
    """Repozo files older than the ``keep`` newest full backups.

    A full backup (``.fs``/``.fsz`` with its ``.dat`` and ``.index``) and the
    incremental ones after it (``.deltafs``/``.deltafsz``) form one set; a
    set is deleted whole, so every kept restore point stays complete.
    """
    fulls = sorted({stamp(n) for n in names if n.endswith(FULL) and stamp(n)})
    if len(fulls) <= keep:
        return []
    oldest_kept = fulls[-keep]
    return sorted(n for n in names if stamp(n) and stamp(n) < oldest_kept)


def expired_snapshots(names: list[str], oldest_kept: str | None) -> list[str]:
    """Blob snapshots older than the oldest kept Data.fs backup."""
    if oldest_kept is None:
        return []
    return sorted(n for n in names if stamp(n) and stamp(n) < oldest_kept)


def expired_dumps(names: list[str], keep: int) -> list[str]:
    """pg_dump files beyond the ``keep`` newest (each dump is complete)."""
    dumps = sorted((n for n in names if n.endswith(".dump") and stamp(n)), key=stamp)
    return dumps[:-keep] if len(dumps) > keep else []
