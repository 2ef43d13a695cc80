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
from kuf.samportal.rules import swedish_time
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
PDF_VARIANT = "pdf/a-3a"

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

    # The layout of a Swedish municipal protocol (issue 17): the header's
    # facts, no empty headings, the justering schedule, the next meeting.

    def long_date(self):
        return swedish_time.long_date(self.context.meeting_date)

    def clock_span(self):
        start, end = self.context.start_time, self.context.end_time
        if start and end:
            return f"{swedish_time.clock(start)}–{swedish_time.clock(end)}"
        return swedish_time.clock(start or end) if start or end else ""

    def attendance_present(self):
        """Närvarande, Förhinder, Adjungerade: only those with anyone in them."""
        return [part for part in self.attendance() if part["rows"]]

    def pdf_schedule(self):
        """(label, value) rows of the justering schedule that are set."""
        context = self.context
        deadline = context.comment_deadline
        rows = [
            ("Protokollet skickas ut", swedish_time.long_date(context.sent_out)),
            (
                "Synpunkter senast",
                swedish_time.long_datetime(swedish_time.aware(deadline)) if deadline else "",
            ),
            ("Signering", swedish_time.long_date(context.signing_date)),
        ]
        return [row for row in rows if row[1]]

    def next_meeting(self):
        context = self.context
        parts = [
            swedish_time.weekday_date(context.next_meeting_date)
            if context.next_meeting_date
            else "",
            f"kl. {swedish_time.clock(context.next_meeting_time)}"
            if context.next_meeting_time
            else "",
            context.next_meeting_place or "",
        ]
        return ", ".join(part for part in parts if part)


def render_pdf(protocol, request, watermark=None) -> bytes:
    html = ProtokollDocument(protocol, request, watermark=watermark).render()
    document = weasyprint.HTML(
        string=html,
        base_url=protocol.absolute_url(),
        url_fetcher=PortalImageFetcher(api.portal.get().absolute_url()),
    )
    # PDF/A-3a: an archival PDF that is also tagged (headings, tables, lists,
    # reading order) for screen readers, in the document's language (sv).
    return document.write_pdf(pdf_variant=PDF_VARIANT, pdf_identifier=protocol.UID().encode())


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
