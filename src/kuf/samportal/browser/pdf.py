"""<protokoll>/@@protokoll.pdf: the stored record, or a marked current PDF."""

from kuf.samportal.record import WATERMARKS
from kuf.samportal.record import render_pdf
from plone import api
from plone.namedfile.utils import stream_data
from Products.Five.browser import BrowserView


class ProtokollPdf(BrowserView):
    def __call__(self):
        response = self.request.response
        filename = f"{self.context.getId()}.pdf"
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader("Content-Disposition", f'inline; filename="{filename}"')
        state = api.content.get_state(self.context)
        record = getattr(self.context, "record_pdf", None)
        if state == "signed" and record is not None:
            response.setHeader("Content-Length", record.getSize())
            return stream_data(record)
        data = render_pdf(self.context, self.request, watermark=WATERMARKS.get(state))
        response.setHeader("Content-Length", len(data))
        return data
