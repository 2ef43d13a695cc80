"""The PDF/A record: marked drafts, the stored record of a signed protocol."""

from io import BytesIO
from kuf.samportal.signing import sign
from plone import api
from pypdf import PdfReader
import transaction


def text_of(pdf_bytes):
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf_bytes)).pages)


def pdf(http, user, protocol):
    return http(user).get(protocol.absolute_url() + "/@@protokoll.pdf")


def test_draft_pdf_is_marked_and_only_for_those_who_see_the_draft(demo_portal, make_protocol, http):
    draft = make_protocol(demo_portal["samverkan"]["fvg"], id="utkast")
    transaction.commit()
    response = pdf(http, "sekreterare", draft)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    text = text_of(response.content)
    assert "Utkast" in text
    assert "Kulturförvaltningens förvaltningsgrupp" in text
    assert "1. Föregående protokoll" in text
    assert pdf(http, "medarbetare", draft).status_code == 401
    assert pdf(http, "saco", draft).status_code == 401


def test_justering_pdf_is_marked(in_justering, http):
    assert "Under justering" in text_of(pdf(http, "saco", in_justering).content)


def test_signing_stores_a_pdfa_record_that_never_changes(in_justering, http):
    for user in ("arbetsgivare", "saco"):
        assert (
            http(user)
            .post(
                in_justering.absolute_url().replace(
                    api.portal.get().absolute_url(), api.portal.get().absolute_url() + "/++api++"
                )
                + "/@sign"
            )
            .status_code
            == 200
        )
    transaction.begin()
    record = in_justering.record_pdf
    assert record is not None
    stored = record.data
    first = pdf(http, "medarbetare", in_justering)
    second = pdf(http, "medarbetare", in_justering)
    assert first.content == stored == second.content
    reader = PdfReader(BytesIO(stored))
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert "pdfaid" in reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    text = text_of(stored)
    assert "Utkast" not in text
    assert "Under justering" not in text
    assert "Anna Karlsson" in text
    assert "Karin Nyström (Saco)" in text
    assert "Signerat" in text
    assert in_justering.record_pdf.data == stored


def test_record_carries_the_fingerprint_of_what_was_signed(in_justering):
    from kuf.samportal.signatures import signatures

    with api.env.adopt_user(username="arbetsgivare"):
        sign(in_justering, "arbetsgivare")
    with api.env.adopt_user(username="saco"):
        sign(in_justering, "saco")
    fingerprint = signatures(in_justering)["saco"]["fingerprint"]
    assert fingerprint in text_of(in_justering.record_pdf.data).replace("\n", "")
