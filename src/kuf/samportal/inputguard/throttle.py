"""How many failed logins lock a login, for how long. Plain Python, no Zope.

Two counters, each a sliding window of failure times:

- per login name *and* client address: ``USER_LIMIT`` failures within
  ``WINDOW`` seconds lock that login from that address for ``LOCK`` seconds;
- per client address, whatever the login: ``ADDRESS_LIMIT`` failures within
  ``WINDOW`` lock every login from that address for ``LOCK`` seconds.

A lock always ends (attempts during a lock are not counted and do not
extend it), a successful login clears the login's counter for that address,
and no one elsewhere can lock a user out: the login counter is per address.
"""

from collections import Counter
from dataclasses import dataclass
from dataclasses import field


USER_LIMIT = 5
ADDRESS_LIMIT = 30
WINDOW = 15 * 60
LOCK = 15 * 60


@dataclass
class Attempts:
    failures: tuple[float, ...] = field(default_factory=tuple)
    locked_until: float = 0.0


def user_key(login: str, address: str) -> str:
    return f"user:{login.strip().lower()}|{address}"


def address_key(address: str) -> str:
    return f"address:{address}"


def wait(attempts: Attempts | None, now: float) -> float:
    """Seconds until ``attempts`` no longer lock, 0 when they do not."""
    if attempts is None:
        return 0.0
    return max(0.0, attempts.locked_until - now)


def fail(attempts: Attempts, now: float, limit: int) -> Attempts:
    """``attempts`` after one more failure at ``now``."""
    if wait(attempts, now):
        return attempts  # locked: not counted, the lock is not extended
    recent = tuple(t for t in attempts.failures if now - t < WINDOW) + (now,)
    if len(recent) >= limit:
        return Attempts((), now + LOCK)
    return Attempts(recent[-limit:], 0.0)


def merge(old: Attempts, saved: Attempts, new: Attempts, limit: int) -> Attempts:
    """Two instances counted failures at once (both started from ``old``):
    keep what each of them added."""
    added = Counter(new.failures) - Counter(old.failures)
    failures = tuple(sorted(saved.failures + tuple(added.elements())))
    locked_until = max(saved.locked_until, new.locked_until)
    if locked_until:
        return Attempts((), locked_until)
    if len(failures) >= limit:
        return Attempts((), failures[-1] + LOCK)
    return Attempts(failures[-limit:], 0.0)


def expired(attempts: Attempts, now: float) -> bool:
    """Nothing left to remember: no lock, no failure in the window."""
    return not wait(attempts, now) and all(now - t >= WINDOW for t in attempts.failures)
