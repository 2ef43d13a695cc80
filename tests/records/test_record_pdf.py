"""Issue 11, finding 2: the record renders what the rich-text editor allows
(images of the portal included, external URLs not fetched), and a failure
to render never loses or blocks a signature (sign first, then render)."""

from io import BytesIO
from kuf.samportal.signatures import signatures
from PIL import Image as PILImage
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobImage
from pypdf import PdfReader
import pytest
from tests.helpers import rest_url as rest
import transaction


def png(color="red", size=(40, 20)):
    data = BytesIO()
    PILImage.new("RGB", size, color).save(data, format="PNG")
    return data.getvalue()


@pytest.fixture
def with_images(in_justering):
    """Item 1 shows a published image of the handbook (by UID and by URL),
    an external image and one that does not resolve."""
    portal = api.portal.get()
    with api.env.adopt_roles(["Manager"]):
        image = api.content.create(
            container=portal["arbetsmiljohandbok"],
            type="Image",
            id="organisationsbild",
            title="Organisationsbild",
            image=NamedBlobImage(png(), filename="organisation.png"),
        )
        item = in_justering.punkter()[0]
        item.body = RichTextValue(
            f'<p>Se bilden.</p><p><img src="resolveuid/{image.UID()}/@@images/image/preview" '
            f'alt="Organisationen" /></p>'
            f'<p><img src="{image.absolute_url()}/@@images/image" alt="Samma bild" /></p>'
            '<p><img src="https://example.org/extern.png" alt="Extern" /></p>'
            '<p><img src="../finns-inte.png" alt="Saknas" /></p>',
            "text/html",
            "text/x-html-safe",
        )
    transaction.commit()
    return in_justering


def images_in(pdf_bytes):
    return sum(len(page.images) for page in PdfReader(BytesIO(pdf_bytes)).pages)


def test_the_pdf_of_an_item_with_images_renders(with_images, http):
    response = http("saco").get(with_images.absolute_url() + "/@@protokoll.pdf")
    assert response.status_code == 200, response.text[:300]
    assert response.headers["Content-Type"] == "application/pdf"
    assert images_in(response.content) >= 1


def test_the_last_justerare_signs_a_protocol_with_images(with_images, http):
    assert http("arbetsgivare").post(rest(with_images, "/@sign")).status_code == 200
    last = http("saco").post(rest(with_images, "/@sign"))
    assert last.status_code == 200, last.text[:300]
    assert last.json()["review_state"] == "signed"
    transaction.begin()
    assert with_images.record_pdf is not None
    assert images_in(with_images.record_pdf.data) >= 1


def test_a_failed_render_keeps_the_signature_and_is_made_later(in_justering, http, monkeypatch):
    import kuf.samportal.record

    def broken(*args, **kwargs):
        raise RuntimeError("WeasyPrint gick sönder")

    monkeypatch.setattr(kuf.samportal.record, "render_pdf", broken)
    assert http("arbetsgivare").post(rest(in_justering, "/@sign")).status_code == 200
    last = http("saco").post(rest(in_justering, "/@sign"))
    assert last.status_code == 200, last.text[:300]
    assert last.json()["review_state"] == "signed"
    assert last.json()["record"]["stored"] is False
    transaction.begin()
    assert set(signatures(in_justering)) == {"arbetsgivare", "saco"}
    assert api.content.get_state(in_justering) == "signed"
    assert in_justering.record_pdf is None

    pending = http("medarbetare").get(in_justering.absolute_url() + "/@@protokoll.pdf")
    assert pending.status_code == 503
    assert "arkivexemplaret" in pending.text
    assert "WeasyPrint gick sönder" in pending.text

    monkeypatch.undo()
    made = http("medarbetare").get(in_justering.absolute_url() + "/@@protokoll.pdf")
    assert made.status_code == 200
    assert made.headers["Content-Type"] == "application/pdf"
    transaction.begin()
    assert in_justering.record_pdf.data == made.content
    again = http("saco").get(in_justering.absolute_url() + "/@@protokoll.pdf")
    assert again.content == made.content


def test_a_failed_preview_says_why_in_swedish(in_justering, http, monkeypatch):
    import kuf.samportal.browser.pdf

    def broken(*args, **kwargs):
        raise RuntimeError("trasig mall")

    monkeypatch.setattr(kuf.samportal.browser.pdf, "render_pdf", broken)
    response = http("saco").get(in_justering.absolute_url() + "/@@protokoll.pdf")
    assert response.status_code == 503
    assert "PDF:en kunde inte skapas" in response.text
    assert "Traceback" not in response.text
