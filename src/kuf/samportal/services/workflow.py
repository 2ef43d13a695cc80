"""POST <protokoll>/@workflow/send_to_justering and <uppfoljning>/@workflow/lamna_in
say which condition fails."""

from kuf.samportal.browser.followup import BLOCKERS
from plone import api
from plone.restapi.services.workflow.transition import WorkflowTransition
from zope.i18n import translate


class ExplainingWorkflowTransition(WorkflowTransition):
    """A guarded transition that answers 400 with the reasons, in Swedish,
    to those who could perform it once the reasons are gone."""

    guarded_transition = None

    def blockers(self) -> list:
        """The reasons as translatable messages."""
        raise NotImplementedError

    def may_try(self) -> bool:
        raise NotImplementedError

    def reply(self):
        if self.transition == self.guarded_transition and self.may_try():
            blockers = self.blockers()
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


class ProtokollWorkflowTransition(ExplainingWorkflowTransition):
    guarded_transition = "send_to_justering"

    def blockers(self):
        return self.context.send_to_justering_blockers()

    def may_try(self):
        """Only someone who could send the protocol learns why it cannot be sent."""
        return api.content.get_state(self.context) == "draft" and api.user.has_permission(
            "kuf.samportal: Send protocol to justering", obj=self.context
        )


class UppfoljningWorkflowTransition(ExplainingWorkflowTransition):
    guarded_transition = "lamna_in"

    def blockers(self):
        return [BLOCKERS[blocker] for blocker in self.context.submit_blockers()]

    def may_try(self):
        """Only the node's chef and skyddsombud learn why it cannot be submitted."""
        return api.content.get_state(self.context) == "pagaende" and api.user.has_permission(
            "kuf.samportal: Submit follow-up", obj=self.context
        )
