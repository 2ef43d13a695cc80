"""The start page: what concerns the logged-in employee now."""

from plone import api
import transaction


def test_employee_sees_sections_and_recent_news(demo_portal, http):
    response = http("medarbetare").get(demo_portal.absolute_url(), headers={"Accept": "text/html"})
    assert response.status_code == 200
    html = response.text
    assert "Hej Oskar Lind!" in html
    for title in ("Samverkan", "Arbetsmiljöhandbok", "Stödmaterial", "Avtal och leverantörer"):
        assert title in html
    assert "Uppföljning SAM och aktiva åtgärder" in html
    assert "Senast publicerat" in html
    assert "Årshjul FVG 2025" in html
    assert "Dina opublicerade utkast" not in html


def test_party_representative_sees_their_party(demo_portal, http):
    html = http("ssr").get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Du är med som:" in html
    assert "Akademikerförbundet SSR" in html


def test_hr_sees_own_drafts_but_employee_does_not(demo_portal, http):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=demo_portal["stodmaterial"],
            type="Document",
            id="apt-material",
            title="APT-material om hot och våld",
        )
    transaction.commit()
    hr = http("hr").get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
    assert "Dina opublicerade utkast" in hr
    assert "APT-material om hot och våld" in hr
    employee = (
        http("medarbetare").get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
    )
    assert "APT-material om hot och våld" not in employee
    # The union representative is no editor of Stödmaterial either.
    saco = http("saco").get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
    assert "APT-material om hot och våld" not in saco


def test_chef_and_skyddsombud_find_the_followup_they_answer(demo_portal, http):
    heading = "Uppföljningar för dig att besvara"
    for user in ("chef", "skyddsombud"):
        html = http(user).get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
        assert heading in html
        assert "Checklista för årlig uppföljning 2026 – Kungsholmen och Norrmalm" in html
        assert "Försenad: inte inlämnad" in html
    # The department chef reads the unit's follow-up but does not answer it.
    for user in ("bibliotekschef", "medarbetare", "hr"):
        html = http(user).get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
        assert heading not in html


def test_members_of_a_group_see_its_coming_meetings(demo_portal, http):
    """The demo's next FVG meeting, with its agenda once the kallelse is sent."""
    for user in ("dik", "sekreterare", "arbetsgivare"):
        html = http(user).get(demo_portal.absolute_url(), headers={"Accept": "text/html"}).text
        assert "Kommande möten" in html, user
        assert "Anmäld fråga från DIK: Sociala medier" in html, user
    employee = http("medarbetare").get(demo_portal.absolute_url(), headers={"Accept": "text/html"})
    assert "Kommande möten" not in employee.text
