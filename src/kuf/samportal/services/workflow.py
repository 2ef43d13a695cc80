"""POST <protokoll>/@workflow/send_to_justering says which condition fails."""

from plone import api
from plone.restapi.services.workflow.transition import WorkflowTransition
from zope.i18n import translate


class ProtokollWorkflowTransition(WorkflowTransition):
    def reply(self):
        if self.transition == "send_to_justering" and self.may_try_to_send():
            blockers = self.context.send_to_justering_blockers()
            if blockers:
                messages = [translate(blocker, context=self.request) for blocker in blockers]
                self.request.response.setStatus(400)
                return {
                    "error": {
                        "type": "WorkflowException",
                        "message": " ".join(messages),
                        "blockers": messages,
                    }
                }
        return super().reply()

    def may_try_to_send(self):
        """Only someone who could send the protocol learns why it cannot be sent."""
        return api.content.get_state(self.context) == "draft" and api.user.has_permission(
            "kuf.samportal: Send protocol to justering", obj=self.context
        )
