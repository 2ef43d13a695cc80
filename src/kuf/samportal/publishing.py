"""Two things every request needs when several instances write at once.

- The moment a request arrived, kept across Zope's conflict retries: a
  synpunkt sent a second before the comment deadline is in time even when
  it waited for a free thread or a conflict made Zope run it again after
  the deadline. Behind HAProxy or nginx it is the moment the proxy received
  it (its ``X-Request-Start`` header, see instance/etc/haproxy.cfg.in),
  trusted only from the addresses in ``TRUSTED_PROXIES`` and only within
  ``MAX_QUEUE_SECONDS`` of the instance's own clock.
- One log line per conflict retry (logger ``kuf.samportal.conflicts``) with
  the object that conflicted, so that hot spots show in the event log.
"""

from datetime import datetime
import logging
import os
import time


logger = logging.getLogger("kuf.samportal.conflicts")
ARRIVAL = "kuf.samportal.arrived"


MAX_QUEUE_SECONDS = 60  # HAProxy's "timeout queue"


def trusted_proxies(environ=None) -> set[str]:
    value = (environ or os.environ).get("TRUSTED_PROXIES") or "127.0.0.1 ::1"
    return set(value.replace(",", " ").split())


def proxy_start(environ, now, proxies) -> float | None:
    """The time in ``X-Request-Start`` ("t=<seconds, ms or us>"), if it comes
    from a trusted proxy and is plausible; None otherwise."""
    header = environ.get("HTTP_X_REQUEST_START", "")
    if not header or environ.get("REMOTE_ADDR") not in proxies:
        return None
    try:
        value = float(header.removeprefix("t="))
    except ValueError:
        return None
    for scale in (1e6, 1e3, 1):  # microseconds (HAProxy), milliseconds, seconds (nginx)
        if value / scale > 1e9:
            value /= scale
            break
    if not now - MAX_QUEUE_SECONDS <= value <= now + 1:
        return None
    return value


def note_arrival(event):
    """IPubStart: the WSGI environ given to the first attempt is the one
    every retry is built from (HTTPRequest.retry), so the time is kept there."""
    original = getattr(event.request, "_orig_env", None)
    if original is None or ARRIVAL in original:
        return
    now = time.time()
    original[ARRIVAL] = proxy_start(original, now, trusted_proxies()) or now


def arrival(request, tz=None):
    """When ``request`` first reached this instance; now outside a request."""
    original = getattr(request, "_orig_env", None) or {}
    return datetime.fromtimestamp(original.get(ARRIVAL, time.time()), tz)


def log_conflict_retry(event):
    """IPubBeforeAbort: a transaction that will be retried."""
    if not event.retry:
        return
    error = event.exc_info[1]
    request = event.request
    logger.info(
        "Conflict, retry %d of %s %s: %s",
        request.retry_count + 1,
        request.get("REQUEST_METHOD", "?"),
        request.get("PATH_INFO", "?"),
        str(error).splitlines()[0] if str(error) else type(error).__name__,
    )
