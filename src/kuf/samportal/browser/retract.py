"""Retract a protocol from justering, with the reason kept in its history."""

from kuf.samportal import _
from plone import api
from plone.autoform.form import AutoExtensibleForm
from z3c.form import button
from z3c.form import form
from zope import schema
from zope.interface import Interface


class IRetractReason(Interface):
    reason = schema.Text(
        title=_("label_retract_reason", default="Why is the protocol retracted?"),
        description=_(
            "help_retract_reason",
            default="The reason is kept in the protocol's history and shown to the parties.",
        ),
    )


class RetractForm(AutoExtensibleForm, form.Form):
    schema = IRetractReason
    ignoreContext = True
    label = _("title_retract", default="Retract the protocol to draft")

    @button.buttonAndHandler(_("button_retract", default="Retract to draft"), name="retract")
    def handle_retract(self, action):
        data, errors = self.extractData()
        if errors:
            self.status = self.formErrorsMessage
            return
        api.content.transition(obj=self.context, transition="retract", comment=data["reason"])
        api.portal.show_message(
            _("msg_retracted", default="The protocol is a draft again."), request=self.request
        )
        self.request.response.redirect(self.context.absolute_url())

    @button.buttonAndHandler(_("button_cancel", default="Cancel"), name="cancel")
    def handle_cancel(self, action):
        self.request.response.redirect(self.context.absolute_url())
