"""The guard of the meeting cycle's transitions: only the system makes them
(``workflow.guards.system_transition``), after the checks in cycle.py,
questions.py and protocol.py, so that ``@workflow`` cannot skip those."""

from kuf.samportal.workflow.guards import GuardView
from kuf.samportal.workflow.guards import in_system_transition


def system_only(context) -> bool:
    return in_system_transition()


class SystemOnly(GuardView):
    guard = staticmethod(system_only)
