"""plone.restapi's @login, throttled: a locked login or address gets 429 with
a Swedish message; a login name unknown to every user folder is counted too
(plone.restapi answers it without asking PAS)."""

from kuf.samportal.inputguard import loginguard
from plone.restapi.deserializer import json_body
from plone.restapi.services.auth.login import Login


def throttle_plugin(context):
    acl_users = context.acl_users
    return acl_users.get(loginguard.PLUGIN_ID) if loginguard.PLUGIN_ID in acl_users else None


def too_many(request, seconds):
    request.response.setStatus(429)
    request.response.setHeader("Retry-After", str(int(seconds) + 1))
    message = loginguard.locked_message(seconds, request)
    return {"error": {"type": "TooManyRequests", "message": message}}


class ThrottledLogin(Login):
    def reply(self):
        plugin = throttle_plugin(self.context)
        login = json_body(self.request).get("login")
        if plugin is None or not isinstance(login, str):
            return super().reply()
        address = loginguard.client_address(self.request)
        seconds = plugin.wait_seconds(login, address)
        if seconds:
            return too_many(self.request, seconds)
        result = super().reply()
        if self.request.response.getStatus() == 401:
            seconds = self.request.get(loginguard.LOCKED_FLAG)
            if not self.request.get(loginguard.COUNTED_FLAG):
                seconds = plugin.record_failure(login, address)
            if seconds:
                return too_many(self.request, seconds)
        return result
