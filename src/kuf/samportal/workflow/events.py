"""What happens around the transitions of kuf_protokoll_workflow."""

from kuf.samportal import _
from Products.CMFCore.WorkflowCore import WorkflowException
from zope.i18n import translate


def retract_reason(protocol, event):
    """Whoever retracts a protocol from justering must say why (kept in the history)."""
    if event.transition is None or event.transition.id != "retract":
        return
    comment = (event.kwargs or {}).get("comment", "")
    if not comment.strip():
        message = _(
            "error_retract_reason",
            default="Give a reason for retracting the protocol from justering.",
        )
        raise WorkflowException(translate(message, context=getattr(protocol, "REQUEST", None)))
