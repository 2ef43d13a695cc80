"""Plone's login form, saying in Swedish when a login is locked (the
throttle's status message would only show on a later page)."""

from kuf.samportal.inputguard.loginguard import LOCKED_FLAG
from kuf.samportal.inputguard.loginguard import locked_message
import os
from Products.CMFPlone.browser import login as plone_login
from Products.CMFPlone.browser.login.login import LoginForm
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


MARK = '<div id="login-form">'


class LockAwareLoginForm(LoginForm):
    index = ViewPageTemplateFile(
        "templates/login.pt", _prefix=os.path.dirname(plone_login.__file__)
    )

    def render(self):
        html = super().render()
        seconds = self.request.get(LOCKED_FLAG)
        if not seconds or not isinstance(html, str) or MARK not in html:
            return html
        message = locked_message(seconds, self.request)
        alert = f'<div class="alert alert-danger" role="alert">{message}</div>'
        return html.replace(MARK, MARK + alert, 1)
