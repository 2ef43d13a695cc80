"""The import page on a samverkansgrupp, as the secretary uses it."""

from plone import api
from tests.helpers import browser_as
from tests.importing.test_rest import demo_protocol
import transaction


def upload(browser, group, historical=False):
    browser.open(f"{group.absolute_url()}/@@importera-protokoll")
    assert "Importera protokoll" in browser.contents
    browser.getControl(name="document").add_file(
        demo_protocol(), "application/octet-stream", "Protokoll FVG.docx"
    )
    if historical:
        browser.getControl(name="historical").value = True
    browser.getControl("Förhandsgranska").click()


def test_upload_preview_correct_and_save(demo_portal, demo_app):
    fvg = demo_portal["samverkan"]["fvg"]
    transaction.commit()
    browser = browser_as(demo_app, "sekreterare")
    upload(browser, fvg)  # (bilaga files: test_rest; testbrowser cannot send several)
    page = browser.contents
    assert "Kontrollera detta innan du sparar" not in page or "kuf-import-warnings" in page
    assert "Användare i portalen: saco" in page
    assert "Ingen fil uppladdad" in page
    headings = browser.getControl(name="punkter.heading:records", index=0)
    assert headings.value == "Föregående protokoll"
    headings.value = "Föregående protokoll från februari"
    browser.getControl(name="meeting_date").value = "2026-03-10"
    browser.getControl(name="bilagor.title:records", index=1).value = "Arbetsgivarens svar"
    browser.getControl(name="present.name:records", index=2).value = ""  # remove a row
    browser.getControl("Spara som utkast").click()
    assert "Protokollet sparades som utkast." in browser.contents
    with api.env.adopt_roles(["Manager"]):
        protocol = api.content.get(path=browser.url.split("/plone", 1)[1])
        assert api.content.get_state(protocol) == "draft"
        assert protocol.meeting_date.isoformat() == "2026-03-10"
        assert protocol.punkter()[0].heading == "Föregående protokoll från februari"
        assert [row["name"] for row in protocol.present] == ["Anna Karlsson", "Karin Nyström"]
        bilagor = protocol.bilagor()
        assert [b.Title() for b in bilagor] == ["Frågor från DIK", "Arbetsgivarens svar"]
        assert bilagor[0].file is None
    # the historical one: saved as justerat outside the portal
    upload(browser, fvg, historical=True)
    browser.getControl("Spara som arkiverat").click()
    assert "Protokollet sparades som justerat utanför portalen." in browser.contents
    assert "Originalet är den allmänna handlingen." in browser.contents
    # an expired or someone else's preview is refused, nothing saved
    upload(browser, fvg)
    browser.getControl(name="token").value = "okand"
    browser.getControl("Spara som utkast").click()
    assert "Förhandsgranskningen har gått ut" in browser.contents


def test_the_page_refuses_a_bad_file_and_others_cannot_open_it(demo_portal, demo_app):
    fvg = demo_portal["samverkan"]["fvg"]
    transaction.commit()
    browser = browser_as(demo_app, "sekreterare")
    browser.open(f"{fvg.absolute_url()}/@@importera-protokoll")
    browser.getControl(name="document").add_file(
        b"inte en docx", "application/octet-stream", "p.docx"
    )
    browser.getControl("Förhandsgranska").click()
    assert "Inget sparades" in browser.contents
    assert "Filen heter .docx men är ingen Word-fil." in browser.contents
    import pytest
    from zExceptions import Unauthorized

    reader = browser_as(demo_app, "medarbetare")
    with pytest.raises(Unauthorized):
        reader.open(f"{fvg.absolute_url()}/@@importera-protokoll")
