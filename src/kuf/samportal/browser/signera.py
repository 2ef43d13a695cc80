"""The justerare's sign button (POST with the CSRF token)."""

from kuf.samportal import _
from kuf.samportal.signing import SigningRefused
from kuf.samportal.signing import sign
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView


class SignView(BrowserView):
    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.sign()
        return self.request.response.redirect(self.context.absolute_url())

    def sign(self):
        try:
            sign(self.context, api.user.get_current().getId())
        except SigningRefused as refused:
            api.portal.show_message(refused.refusal.message, self.request, type="error")
            return
        if api.content.get_state(self.context) == "signed":
            message = _("msg_all_signed", default="Everyone has signed: the protocol is signed.")
            if self.context.record_pdf is None:
                message = _(
                    "msg_all_signed_record_pending",
                    default="Everyone has signed: the protocol is signed. Its PDF/A record "
                    "could not be made just now; it is made the next time it is opened.",
                )
        else:
            message = _("msg_signed", default="You have signed the protocol.")
        api.portal.show_message(message, self.request)
