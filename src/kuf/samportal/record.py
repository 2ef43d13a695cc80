"""The protocol as a PDF/A document (WeasyPrint).

Before signing the PDF is made on request and marked "Utkast" or "Under
justering". When the last justerare signs, the PDF/A record is made once
and stored on the protocol; it never changes after that.
"""

from kuf.samportal.browser.protokoll import ProtokollView
from kuf.samportal.signing import content_fingerprint
from plone.namedfile.file import NamedBlobFile
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import weasyprint


# A protocol justerat outside the portal: its original file is the record,
# a PDF made from the structured copy says it is derived.
WATERMARKS = {"draft": "Utkast", "justering": "Under justering", "arkiverat": "Härledd kopia"}


def refuse_remote(url):
    """The record is self-contained: WeasyPrint fetches nothing."""
    raise ValueError(f"Inga externa resurser i protokollets PDF: {url}")


class ProtokollDocument(ProtokollView):
    """The document as it goes into the PDF: the view's content, no portal chrome."""

    template = ViewPageTemplateFile("browser/templates/protokoll_pdf.pt")

    def __init__(self, context, request, watermark=None):
        super().__init__(context, request)
        self.watermark = watermark

    def fingerprint(self):
        return content_fingerprint(self.context)

    def render(self):
        return self.template()


def render_pdf(protocol, request, watermark=None) -> bytes:
    html = ProtokollDocument(protocol, request, watermark=watermark).render()
    document = weasyprint.HTML(
        string=html, base_url=protocol.absolute_url(), url_fetcher=refuse_remote
    )
    return document.write_pdf(pdf_variant="pdf/a-3b", pdf_identifier=protocol.UID().encode())


def store_record(protocol, request):
    """Make the signed protocol's PDF/A record, once."""
    if getattr(protocol, "record_pdf", None) is not None:
        return protocol.record_pdf
    protocol.record_pdf = NamedBlobFile(
        render_pdf(protocol, request),
        contentType="application/pdf",
        filename=f"{protocol.getId()}.pdf",
    )
    return protocol.record_pdf


def protocol_signed(event):
    """Subscriber of ProtocolSigned."""
    protocol = event.object
    store_record(protocol, protocol.REQUEST)
