"""Bad input over REST and in the Classic forms: a clear Swedish message and
nothing half-saved."""

from plone import api
import pytest
from tests.followup.conftest import answer_everything
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


NOT_ON_SCALE = "Ett svar är inte ett av checklistans svarsalternativ."
UNANSWERED = "Alla frågor måste besvaras innan uppföljningen lämnas in."
NO_SKYDDSOMBUD = "Skyddsombudet har inte bekräftat svaren."
YEAR_CLOSED = "Året är stängt: svaren kan inte längre ändras."
END_BEFORE_START = "Slutdatumet är före startdatumet."
WRONG_LEVEL = "En enhet ligger under en avdelning"


@pytest.fixture
def kun(demo_portal, tree):
    return tree(demo_portal)["kun_sam"]


def stored_answers(followup):
    transaction.begin()
    return {qid: dict(answer) for qid, answer in followup.answers.items()}


def test_rest_refuses_an_answer_off_the_scale_and_saves_nothing(kun, http):
    before = stored_answers(kun)
    response = http("chef").patch(
        rest_url(kun, "/@svar"),
        json={"svar": {"f2": {"svar": "instammer_inte"}, "f3": {"svar": "kanske"}}},
    )
    assert response.status_code == 400
    assert response.json()["error"]["message"] == NOT_ON_SCALE
    assert stored_answers(kun) == before


def test_rest_saves_good_answers(kun, http):
    response = http("skyddsombud").patch(
        rest_url(kun, "/@svar"), json={"svar": {"f6": {"svar": "instammer_delvis", "analys": "X"}}}
    )
    assert response.status_code == 200
    assert response.json()["svar"]["f6"] == {"svar": "instammer_delvis", "analys": "X"}
    assert stored_answers(kun)["f6"]["svar"] == "instammer_delvis"


def test_submitting_with_unanswered_questions_says_what_is_missing(kun, http):
    chef = http("chef")
    # Confirming half-answered answers is refused too (issue 17).
    assert chef.post(rest_url(kun, "/@bekrafta")).status_code == 400
    response = chef.post(rest_url(kun, "/@workflow/lamna_in"))
    assert response.status_code == 400
    assert response.json()["error"]["blockers"][0] == UNANSWERED
    assert NO_SKYDDSOMBUD in response.json()["error"]["blockers"]
    transaction.begin()
    assert api.content.get_state(kun) == "pagaende"


def test_submitting_over_rest_once_everything_is_there(kun, http):
    chef, skyddsombud = http("chef"), http("skyddsombud")
    assert chef.patch(rest_url(kun, "/@svar"), json={"svar": answer_everything(kun)}).ok
    assert chef.post(rest_url(kun, "/@bekrafta")).ok
    assert skyddsombud.post(rest_url(kun, "/@bekrafta")).ok
    response = skyddsombud.post(rest_url(kun, "/@workflow/lamna_in"))
    assert response.status_code == 200
    transaction.begin()
    assert api.content.get_state(kun) == "inlamnad"
    again = chef.patch(rest_url(kun, "/@svar"), json={"svar": answer_everything(kun)})
    assert again.status_code == 403


def test_a_closed_year_takes_no_answers(demo_portal, tree, kun, http):
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=tree(demo_portal)["sam"], transition="stang")
    transaction.commit()
    before = stored_answers(kun)
    response = http("chef").patch(rest_url(kun, "/@svar"), json={"svar": answer_everything(kun)})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == YEAR_CLOSED
    assert stored_answers(kun) == before


def test_an_action_ending_before_it_starts_is_refused_over_rest(kun, http):
    before = list(kun.objectIds())
    response = http("chef").post(
        rest_url(kun),
        json={
            "@type": "Atgard",
            "title": "Baklänges",
            "responsible": "Mikael Andersson",
            "start": "2026-06-01",
            "end": "2026-05-01",
        },
    )
    assert response.status_code == 400
    assert END_BEFORE_START in str(response.json())
    transaction.begin()
    assert list(kun.objectIds()) == before


def test_a_unit_directly_under_the_administration_is_refused(demo_portal, tree, http):
    root = tree(demo_portal)["root"]
    before = list(root.objectIds())
    response = http("hr").post(
        rest_url(root), json={"@type": "Organisationsenhet", "title": "Fel", "level": "enhet"}
    )
    assert response.status_code == 400
    assert WRONG_LEVEL in str(response.json())
    transaction.begin()
    assert list(root.objectIds()) == before
    ok = http("hr").post(
        rest_url(root), json={"@type": "Organisationsenhet", "title": "Ny", "level": "avdelning"}
    )
    assert ok.status_code == 201


def classic_session(http, user):
    session = http(user)
    session.headers["Accept"] = "text/html"
    return session


def authenticator(session, url):
    page = session.get(url).text
    marker = 'name="_authenticator" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


def test_the_answer_form_shows_the_error_and_saves_nothing(kun, http):
    session = classic_session(http, "chef")
    before = stored_answers(kun)
    form = {
        "_authenticator": authenticator(session, kun.absolute_url()),
        "form.save": "1",
        "svar.f1": "instammer_inte",
        "analys.f1": "Ska inte sparas",
        "svar.f2": "nej",
    }
    page = session.post(kun.absolute_url(), data=form)
    assert page.status_code == 200
    assert "Inget sparades" in page.text
    assert NOT_ON_SCALE in page.text
    assert "Ska inte sparas" in page.text  # what the user typed is kept in the form
    assert stored_answers(kun) == before


def test_the_submit_button_lists_what_is_missing(kun, http):
    session = classic_session(http, "chef")
    form = {"_authenticator": authenticator(session, kun.absolute_url()), "form.submit": "1"}
    page = session.post(kun.absolute_url(), data=form)
    assert UNANSWERED in page.text
    transaction.begin()
    assert api.content.get_state(kun) == "pagaende"


def test_the_action_add_form_refuses_an_end_before_the_start(kun, demo_app):
    browser = browser_as(demo_app, "chef")
    browser.open(kun.absolute_url() + "/++add++Atgard")
    browser.getControl(name="form.widgets.title").value = "Baklänges"
    browser.getControl(name="form.widgets.responsible").value = "Mikael Andersson"
    browser.getControl(name="form.widgets.start").value = "2026-06-01"
    browser.getControl(name="form.widgets.end").value = "2026-05-01"
    browser.getControl(name="form.buttons.save").click()
    assert END_BEFORE_START in browser.contents
    transaction.begin()
    assert [a.Title() for a in kun.objectValues()] == ["Gå igenom personalpolicyn på APT"]


def test_hr_edits_next_years_questions_over_rest(demo_portal, tree, http):
    from kuf.samportal import followup as logic

    sam = tree(demo_portal)["sam"]
    with api.env.adopt_roles(["Manager"]):
        draft = logic.copy_to_next_year(sam)
    transaction.commit()
    questions = [dict(q) for q in draft.question_list()[1:]]
    hr = http("hr")
    duplicate = hr.patch(rest_url(draft), json={"questions": [*questions, dict(questions[0])]})
    assert duplicate.status_code == 400
    assert "Två frågor har samma id." in str(duplicate.json())
    new = {"id": "", "area": "Nytt område", "text": "Finns en plan för hot och våld?"}
    assert hr.patch(rest_url(draft), json={"questions": [*questions, new]}).status_code == 204
    transaction.begin()
    assert draft.question_ids() == [*(q["id"] for q in questions), "f23"]
    opened = hr.patch(rest_url(sam), json={"questions": questions})
    assert opened.status_code in (401, 403)  # the questions of an opened year are fixed
    transaction.begin()
    assert len(sam.question_ids()) == 22


def test_the_node_add_form_refuses_a_unit_under_the_administration(demo_portal, tree, demo_app):
    root = tree(demo_portal)["root"]
    before = list(root.objectIds())
    browser = browser_as(demo_app, "hr")
    browser.open(root.absolute_url() + "/++add++Organisationsenhet")
    browser.getControl(name="form.widgets.IBasic.title").value = "Fel nivå"
    browser.getControl(name="form.widgets.level:list").value = ["enhet"]
    browser.getControl(name="form.buttons.save").click()
    assert WRONG_LEVEL in browser.contents
    transaction.begin()
    assert list(root.objectIds()) == before
