"""<protokoll>/@@protokoll.pdf: the stored record, or a marked current PDF."""

from kuf.samportal import _
from kuf.samportal.record import WATERMARKS
from kuf.samportal.record import ensure_record
from kuf.samportal.record import render_pdf
import logging
from plone.namedfile.utils import stream_data
from plone.protect.interfaces import IDisableCSRFProtection
from Products.Five.browser import BrowserView
from ZODB.POSException import ConflictError
from zope.i18n import translate
from zope.interface import alsoProvides


logger = logging.getLogger(__name__)

RECORD_PENDING = _(
    "error_record_pending",
    default="The protocol is signed, but its PDF/A record could not be made just now "
    "(${cause}). The signatures are kept; try again in a while or contact the "
    "administrator.",
)
RENDER_FAILED = _(
    "error_pdf_failed",
    default="The PDF could not be made (${cause}). Nothing has changed in the protocol.",
)


class ProtokollPdf(BrowserView):
    def __call__(self):
        if self.state() == "signed":
            return self.record()
        try:
            data = render_pdf(self.context, self.request, watermark=WATERMARKS.get(self.state()))
        except ConflictError:
            raise
        except Exception as error:  # noqa: BLE001 - a failed render is answered in Swedish
            logger.exception("PDF of %s failed", self.context.absolute_url())
            return self.failure(RENDER_FAILED, f"{type(error).__name__}: {error}"[:300])
        return self.send(data, len(data))

    def state(self):
        from plone import api

        return api.content.get_state(self.context)

    def record(self):
        if getattr(self.context, "record_pdf", None) is None:
            # Making the record failed when it was signed: make it now (the
            # content is sealed, so it is the same document).
            alsoProvides(self.request, IDisableCSRFProtection)
            if ensure_record(self.context, self.request) is None:
                return self.failure(RECORD_PENDING, self.context.record_pending)
        record = self.context.record_pdf
        return self.send(stream_data(record), record.getSize())

    def send(self, body, size):
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        response.setHeader("Content-Disposition", f'inline; filename="{self.context.getId()}.pdf"')
        response.setHeader("Content-Length", size)
        return body

    def failure(self, message, cause):
        response = self.request.response
        response.setStatus(503)
        response.setHeader("Content-Type", "text/plain; charset=utf-8")
        response.setHeader("Retry-After", "300")
        return translate(_(message, mapping={"cause": cause or ""}), context=self.request)
