"""Reading the handbook: its start page, and search that finds words in files."""

from io import BytesIO
from kuf.samportal.demo.pdf import tiny_pdf
from plone import api
from plone.namedfile.file import NamedBlobFile
import pytest
from tests.helpers import rest_url
import transaction


def docx_bytes(text):
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def material_files(demo_portal):
    folder = demo_portal["stodmaterial"]
    with api.env.adopt_roles(["Manager"]):
        pdf = api.content.create(
            container=folder,
            type="Stodmaterial",
            id="pdf",
            title="Blankett tillbud",
            audience=["chefer"],
            topic="Tillbud",
            file=NamedBlobFile(
                tiny_pdf("Anmal tillbud inom tjugofyra timmar"),
                filename="tillbud.pdf",
                contentType="application/pdf",
            ),
        )
        api.content.transition(obj=pdf, transition="publish")
        word = api.content.create(
            container=folder,
            type="Stodmaterial",
            id="word",
            title="Mall för APT",
            audience=["apt"],
            topic="APT",
            file=NamedBlobFile(
                docx_bytes("Dagordning med punkten riskbedömningsmatris"), filename="apt.docx"
            ),
        )
        api.content.transition(obj=word, transition="publish")
        api.content.create(
            container=folder,
            type="Stodmaterial",
            id="utkast",
            title="Utkast",
            audience=["chefer"],
            topic="Hemligt",
            file=NamedBlobFile(
                docx_bytes("Opublicerad lönekartläggningsmall"), filename="utkast.docx"
            ),
        )
    transaction.commit()
    return pdf, word


def search(http, user, words):
    response = http(user).get(
        rest_url(api.portal.get(), "/@search"), params={"SearchableText": words}
    )
    return [item["title"] for item in response.json()["items"]]


def test_search_finds_words_inside_pdf_and_word_files(material_files, http):
    assert search(http, "medarbetare", "tjugofyra") == ["Blankett tillbud"]
    assert search(http, "medarbetare", "riskbedömningsmatris") == ["Mall för APT"]


def test_search_inside_files_respects_drafts(material_files, http):
    assert search(http, "medarbetare", "lönekartläggningsmall") == []
    assert search(http, "hr", "lönekartläggningsmall") == ["Utkast"]


def test_routine_text_is_searchable(demo_portal, http):
    assert search(http, "medarbetare", "kulturnämnden") == [
        "Rutin årlig uppföljning av det systematiska arbetsmiljöarbetet och aktiva åtgärder"
    ]


def test_handbook_start_page(demo_portal, material_files, http):
    html = (
        http("medarbetare")
        .get(demo_portal["arbetsmiljohandbok"].absolute_url(), headers={"Accept": "text/html"})
        .text
    )
    assert "Rutiner per område" in html
    assert "Systematiskt arbetsmiljöarbete" in html
    assert "Rutin årlig uppföljning av det systematiska arbetsmiljöarbetet" in html
    assert "Stödmaterial per målgrupp" in html
    assert "Chefens checklista inför uppföljningen" in html
    assert "Blankett tillbud" in html
    assert "Utkast" not in html.split("Stödmaterial per målgrupp", 1)[1]
    assert 'name="SearchableText"' in html
    assert '<label for="kuf-handbook-q"' in html


def test_routine_links_its_material_and_material_shows_its_routines(demo_portal, http):
    routine = demo_portal["arbetsmiljohandbok"]["arlig-uppfoljning-sam-och-aktiva-atgarder"]
    html = http("medarbetare").get(routine.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Formulär och material" in html
    assert "Chefens checklista inför uppföljningen" in html
    material = demo_portal["stodmaterial"]["chefens-checklista"]
    page = http("medarbetare").get(material.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Rutiner som använder materialet" in page
    assert "Rutin årlig uppföljning av det systematiska arbetsmiljöarbetet" in page


def test_a_draft_routine_is_not_shown_on_its_material(demo_portal, http):
    from plone.app.textfield.value import RichTextValue
    from z3c.relationfield import RelationValue
    from zope.component import getUtility
    from zope.intid.interfaces import IIntIds
    from zope.lifecycleevent import modified

    material = demo_portal["stodmaterial"]["chefens-checklista"]
    with api.env.adopt_roles(["Manager"]):
        draft = api.content.create(
            container=demo_portal["arbetsmiljohandbok"],
            type="Rutin",
            id="utkast",
            title="Hemlig utkastrutin",
            area="sam",
            purpose=RichTextValue("<p>Syfte</p>", "text/html", "text/x-html-safe"),
            adopted=demo_portal["arbetsmiljohandbok"][
                "arlig-uppfoljning-sam-och-aktiva-atgarder"
            ].adopted,
            next_review=demo_portal["arbetsmiljohandbok"][
                "arlig-uppfoljning-sam-och-aktiva-atgarder"
            ].next_review,
        )
        draft.material = [RelationValue(getUtility(IIntIds).getId(material))]
        modified(draft)
    transaction.commit()
    employee = http("medarbetare").get(material.absolute_url(), headers={"Accept": "text/html"})
    assert "Hemlig utkastrutin" not in employee.text
    hr = http("hr").get(material.absolute_url(), headers={"Accept": "text/html"})
    assert "Hemlig utkastrutin" in hr.text
