"""mail_password: the same answer whether the account exists or not.

Plone's own view tells "user not found" (and so whether a user id exists);
login-help's form already does it the careful way, and so does this one.
"""

import logging
from plone import api
from Products.Five.browser import BrowserView


logger = logging.getLogger(__name__)


class MailPasswordView(BrowserView):
    def __call__(self):
        userid = (self.request.form.get("userid") or "").strip()[:200]
        if userid:
            registration = api.portal.get_tool("portal_registration")
            try:
                registration.mailPassword(userid, self.request)
            except ValueError as error:
                logger.info("No password reset mail for %r: %s", userid, error)
        return self.context.restrictedTraverse("mail_password_response")()
