"""POST <protokoll>/@workflow/send_to_justering and <uppfoljning>/@workflow/lamna_in
say which condition fails."""

from kuf.samportal.browser.followup import BLOCKERS
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


class UppfoljningWorkflowTransition(WorkflowTransition):
    def reply(self):
        if self.transition == "lamna_in" and self.may_try_to_submit():
            blockers = self.context.submit_blockers()
            if blockers:
                messages = [translate(BLOCKERS[b], context=self.request) for b in blockers]
                self.request.response.setStatus(400)
                return {
                    "error": {
                        "type": "WorkflowException",
                        "message": " ".join(messages),
                        "blockers": messages,
                    }
                }
        return super().reply()

    def may_try_to_submit(self):
        """Only the node's chef and skyddsombud learn why it cannot be submitted."""
        return api.content.get_state(self.context) == "pagaende" and api.user.has_permission(
            "kuf.samportal: Submit follow-up", obj=self.context
        )
