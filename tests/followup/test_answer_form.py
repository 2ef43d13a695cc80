"""Issue 17: the answer form shows how far the answers are ("17 av 22
besvarade"), marks and lists the unanswered questions with links, keeps
saving in reach (a sticky bar), refuses confirming before every question
is answered, and does not offer a blocked "Lämna in" as the main action."""

from kuf.samportal import followup as logic
from kuf.samportal.rules import followup as rules
import pytest
import re
from tests.followup.conftest import answer_everything
from tests.helpers import rest_url
import transaction


KUN = "uppfoljning/kulturforvaltningen/stadsbiblioteket/kungsholmen-och-norrmalm/2026-sam"


@pytest.fixture
def kun(demo_portal):
    return demo_portal.unrestrictedTraverse(KUN)


def page(http, user, followup):
    session = http(user)
    session.headers["Accept"] = "text/html"
    response = session.get(followup.absolute_url())
    assert response.status_code == 200
    return session, response.text


def test_the_form_shows_progress_and_links_the_unanswered_questions(kun, http):
    ids = kun.checklist().question_ids()
    missing = rules.unanswered(ids, kun.answers)
    assert missing, "the demo unit is half answered"
    _session, html = page(http, "chef", kun)
    answered = len(ids) - len(missing)
    assert f"{answered} av {len(ids)} besvarade" in html
    assert "Frågor som saknar svar" in html
    for qid in missing:
        assert f'href="#fraga-{qid}"' in html
        tag = re.search(rf'<div[^>]*id="fraga-{qid}"[^>]*>', html).group(0)
        assert "kuf-unanswered" in tag
    assert html.count("Obesvarad") == len(missing)
    bar = html.split('class="kuf-actionbar"')[1].split("</div>")[0]
    assert 'name="form.save"' in bar  # the save bar (sticky in site.css)
    # Blocked: no "Lämna in" button, the reasons instead, and no confirm button.
    assert 'name="form.submit"' not in html
    assert "Uppföljningen kan lämnas in när detta är klart" in html
    assert 'name="form.confirm"' not in html
    assert "Du kan bekräfta svaren när alla frågor har ett sparat svar." in html


def test_confirming_is_refused_until_everything_is_answered(kun, http):
    session, html = page(http, "chef", kun)
    token = html.split('name="_authenticator" value="')[1].split('"')[0]
    refused = session.post(kun.absolute_url(), data={"_authenticator": token, "form.confirm": "1"})
    assert "Alla frågor måste besvaras innan svaren kan bekräftas." in refused.text
    rest = http("skyddsombud").post(rest_url(kun, "/@bekrafta"))
    assert rest.status_code == 400
    assert "Alla frågor måste besvaras" in rest.json()["error"]["message"]
    transaction.begin()
    assert dict(kun.confirmations) == {}


def test_once_everything_is_answered_confirming_and_submitting_are_offered(kun, http):
    from plone import api

    with api.env.adopt_user(username="chef"):
        logic.save_answers(kun, answer_everything(kun))
    transaction.commit()
    _session, html = page(http, "chef", kun)
    total = len(kun.checklist().question_ids())
    assert f"{total} av {total} besvarade" in html
    assert "Alla frågor har svar." in html
    assert "Obesvarad" not in html
    assert 'name="form.confirm"' in html
    assert http("skyddsombud").post(rest_url(kun, "/@bekrafta")).status_code == 200
    assert http("chef").post(rest_url(kun, "/@bekrafta")).status_code == 200
    _session, html = page(http, "chef", kun)
    assert re.search(r'name="form.submit"\s+class="btn btn-primary"', html)
