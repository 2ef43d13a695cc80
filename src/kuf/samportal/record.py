"""The protocol as a PDF/A document (WeasyPrint).

Before signing the PDF is made on request and marked "Utkast" or "Under
justering". When the last justerare signs, the PDF/A record is made once
and stored on the protocol; it never changes after that.

Signing comes first: the last signature and the transition to *Signerat*
never wait for the PDF. If rendering fails, the protocol is signed all the
same, the failure is logged and shown, and the record is made on the next
request for it (``ensure_record``): its content is sealed, so a record
made later is the same document.
"""

from kuf.samportal.browser.protokoll import ProtokollView
from kuf.samportal.records.fetcher import PortalImageFetcher
from kuf.samportal.records.seal import is_sealed
from kuf.samportal.records.seal import seal
from kuf.samportal.signatures import signatures
from kuf.samportal.signing import content_fingerprint
import logging
from plone import api
from plone.namedfile.file import NamedBlobFile
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import weasyprint
from ZODB.POSException import ConflictError


logger = logging.getLogger(__name__)

# A protocol justerat outside the portal: its original file is the record,
# a PDF made from the structured copy says it is derived.
WATERMARKS = {"draft": "Utkast", "justering": "Under justering", "arkiverat": "Härledd kopia"}


class ProtokollDocument(ProtokollView):
    """The document as it goes into the PDF: the view's content, no portal chrome."""

    template = ViewPageTemplateFile("browser/templates/protokoll_pdf.pt")

    def __init__(self, context, request, watermark=None):
        super().__init__(context, request)
        self.watermark = watermark

    def fingerprint(self):
        """The fingerprint the justerare signed (all the same, the guard of
        *finalize* saw to it); before signing, the current content's."""
        given = {record.get("fingerprint") for record in signatures(self.context).values()}
        given.discard(None)
        return given.pop() if len(given) == 1 else content_fingerprint(self.context)

    def render(self):
        return self.template()


def render_pdf(protocol, request, watermark=None) -> bytes:
    html = ProtokollDocument(protocol, request, watermark=watermark).render()
    document = weasyprint.HTML(
        string=html,
        base_url=protocol.absolute_url(),
        url_fetcher=PortalImageFetcher(api.portal.get().absolute_url()),
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
    protocol.record_pending = None
    if is_sealed(protocol):
        seal(protocol)  # the record completes the sealed content
    return protocol.record_pdf


def ensure_record(protocol, request):
    """The stored record, made now if making it failed at signing time.
    Returns None (and logs why) if it still cannot be made."""
    try:
        return store_record(protocol, request)
    except ConflictError:
        raise
    except Exception as error:  # noqa: BLE001 - any render failure must not lose a signature
        logger.exception("The PDF/A record of %s could not be made", protocol.absolute_url())
        protocol.record_pending = f"{type(error).__name__}: {error}"[:500]
        return None


def protocol_signed(event):
    """Subscriber of ProtocolSigned."""
    protocol = event.object
    ensure_record(protocol, protocol.REQUEST)
