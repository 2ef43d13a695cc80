"""Guards of kuf_protokoll_workflow and kuf_uppfoljning_workflow, called from
their guard expressions (``here/@@kuf-guard-...``).

Each guard is a small function that answers one question. Where a
transition is refused the protocol itself says why
(``Protokoll.send_to_justering_blockers``), and the view and REST show it.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from kuf.samportal.signatures import all_signed
from zExceptions import NotFound


_system_transition = ContextVar("kuf_samportal_system_transition", default=False)


@contextmanager
def system_transition():
    """Let the system (not a person) perform a guarded transition."""
    token = _system_transition.set(True)
    try:
        yield
    finally:
        _system_transition.reset(token)


def in_system_transition() -> bool:
    return _system_transition.get()


def may_send_to_justering(protocol) -> bool:
    return not protocol.send_to_justering_blockers()


def may_finalize(protocol) -> bool:
    """Only the system finalizes, only when every justerare has signed, and
    only if every signature was given on the content as it is now."""
    from kuf.samportal.signing import signatures_match

    return _system_transition.get() and all_signed(protocol) and signatures_match(protocol)


def may_archive(protocol) -> bool:
    """Only the import archives, and only a protocol that keeps its original
    file: a draft is never made a record by hand, past the justering."""
    return _system_transition.get() and getattr(protocol, "original_file", None) is not None


def may_submit_followup(followup) -> bool:
    """Every question answered, chef and skyddsombud confirmed, year open."""
    return not followup.submit_blockers()


def deviation_answered(deviation) -> bool:
    """The supplier's answer is written in before the deviation is marked answered."""
    return bool((deviation.supplier_answer or "").strip())


class GuardView:
    """A guard as a view, so that definition.xml can call it by path.

    Public, because a guard is evaluated for users who may not view the
    protocol (it must answer False, not raise); never published by URL.
    """

    guard = None

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self):
        if self.request.get("PUBLISHED") is self:
            raise NotFound("kuf-guard")
        return type(self).guard(self.context)


class MaySendToJustering(GuardView):
    guard = staticmethod(may_send_to_justering)


class MayFinalize(GuardView):
    guard = staticmethod(may_finalize)


class MayArchive(GuardView):
    guard = staticmethod(may_archive)


class MaySubmitFollowup(GuardView):
    guard = staticmethod(may_submit_followup)


class DeviationAnswered(GuardView):
    guard = staticmethod(deviation_answered)
