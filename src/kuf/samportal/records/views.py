"""A refused change of a record: a Swedish page, or JSON for the REST API (403)."""

import json
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class RecordProtectedView(BrowserView):
    """Exception view of RecordProtected (the context is the exception; the
    page is rendered on the object the request was for)."""

    template = ViewPageTemplateFile("templates/record_protected.pt")

    def __call__(self):
        self.message = str(self.context)
        self.context = self.__parent__
        self.request.response.setStatus(403)
        if self.wants_json():
            self.request.response.setHeader("Content-Type", "application/json")
            return json.dumps(
                {"error": {"type": "RecordProtected", "message": self.message}},
                ensure_ascii=False,
            )
        self.request.set("disable_border", True)
        return self.template()

    def wants_json(self):
        from plone.rest.interfaces import IAPIRequest

        accept = self.request.getHeader("Accept", "") or ""
        return IAPIRequest.providedBy(self.request) or "text/html" not in accept

    def back_url(self):
        return self.context.absolute_url()
