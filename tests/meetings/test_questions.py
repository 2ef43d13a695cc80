"""Questions and written positions from the parties: the group's
collective.easyform form, POST @fragor, lateness, and the secretary's
decision (into the agenda, or an answer why not)."""

import base64
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.workflow.guards import system_transition
from plone import api
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


def question_ids(meeting):
    transaction.begin()
    return {q.getId() for q in meeting.fragor()}


def ask(http, user, meeting, **fields):
    body = {
        "part": "dik",
        "rubrik": "Sociala medier",
        "fraga": "Vilka riktlinjer gäller i sociala medier?",
        "onskas_som": "information",
        **fields,
    }
    return http(user).post(rest_url(meeting, "/@fragor"), json=body)


def test_the_form_sends_a_question_with_an_attachment(svg, demo_app):
    group, plan, meeting = svg
    browser = browser_as(demo_app, "dik")
    browser.open(group["anmal-fraga"].absolute_url())
    assert browser.getControl(name="form.widgets.mote:list").value == [meeting.UID()]
    browser.getControl(name="form.widgets.part:list").displayValue = ["DIK"]
    browser.getControl(name="form.widgets.slag:list").value = ["skriftliga_synpunkter"]
    browser.getControl(name="form.widgets.rubrik").value = "Yrkanden om budgeten"
    browser.getControl(name="form.widgets.fraga").value = "DIK yrkar att ..."
    browser.getControl(name="form.widgets.onskas_som:list").value = ["samverkan"]
    browser.getControl(name="form.widgets.bilaga_1").add_file(
        b"%PDF-1.4 yrkanden", "application/pdf", "yrkanden.pdf"
    )
    browser.getControl(name="form.buttons.submit").click()
    assert "Tack! Frågan är skickad." in browser.contents
    (question,) = meeting.fragor()
    assert question.Title() == "Skriftliga synpunkter från DIK: Yrkanden om budgeten"
    assert question.submitter == "dik"
    assert question.late is False
    assert api.content.get_state(question) == "inskickad"
    assert [f.file.data for f in question.attachments()] == [b"%PDF-1.4 yrkanden"]


def test_a_field_hr_adds_to_the_form_is_kept_in_the_question(svg, demo_app):
    group, plan, meeting = svg
    form = group["anmal-fraga"]
    with api.env.adopt_user(username="hr"):
        assert api.user.has_permission("Modify portal content", obj=form)
        form.fields_model = form.fields_model.replace(
            "  </schema>",
            '    <field name="kontakt" type="zope.schema.TextLine">\n'
            "      <title>Kontaktperson</title>\n      <required>False</required>\n"
            "    </field>\n  </schema>",
        )
    transaction.commit()
    browser = browser_as(demo_app, "vision")
    browser.open(form.absolute_url())
    browser.getControl(name="form.widgets.rubrik").value = "Lokaler"
    browser.getControl(name="form.widgets.fraga").value = "Hur går flytten?"
    browser.getControl(name="form.widgets.onskas_som:list").value = ["information"]
    browser.getControl(name="form.widgets.kontakt").value = "Peter Ek"
    browser.getControl(name="form.buttons.submit").click()
    (question,) = [q for q in meeting.fragor() if q.heading == "Lokaler"]
    assert question.party == "vision"
    assert "Kontaktperson: Peter Ek" in question.text


def test_the_form_is_for_the_group_only(svg, http):
    group, plan, meeting = svg
    url = group["anmal-fraga"].absolute_url()
    html = {"Accept": "text/html"}
    assert http("dik").get(url, headers=html).status_code == 200
    assert http("hr").get(url + "/fields", headers=html).status_code == 200
    for outsider in ("medarbetare", "saco"):
        response = http(outsider).get(url, headers=html, allow_redirects=False)
        assert response.status_code != 200, outsider
    assert http("dik").get(url + "/fields", headers=html, allow_redirects=False).status_code != 200


def test_a_question_over_rest_and_its_attachment(svg, http):
    group, plan, meeting = svg
    response = ask(
        http,
        "dik",
        meeting,
        bilagor=[{"filename": "bilaga.txt", "data": base64.b64encode(b"text").decode()}],
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["title"] == "Anmäld fråga från DIK: Sociala medier"
    assert body["review_state"] == "inskickad"
    assert body["sen"] is False
    assert body["sista_dag"] == meeting.question_deadline().isoformat()
    assert [b["title"] for b in body["bilagor"]] == ["bilaga.txt"]
    # The whole group reads it, before the kallelse too; no one else does.
    readers = {u: http(u).get(body["@id"]).status_code for u in ("vision", "saco", "medarbetare")}
    assert readers["vision"] == 200
    assert readers["saco"] in (401, 403)
    assert readers["medarbetare"] in (401, 403)


def test_a_late_question_is_kept_as_an_other_question(svg, http):
    group, plan, meeting = svg
    group.question_deadline_days = 20  # the last day has passed
    transaction.commit()
    response = ask(http, "dik", meeting)
    assert response.status_code == 201
    assert response.json()["sen"] is True
    transaction.begin()
    question = meeting[response.json()["@id"].rsplit("/", 1)[-1]]
    # Taken in, it goes under the item for other questions whatever is asked.
    taken = http("sekreterare").post(
        rest_url(question, "/@hantera"), json={"beslut": "ta_med", "punkt": "3"}
    )
    assert taken.status_code == 200, taken.text
    transaction.begin()
    labels = dict(agenda_rules.numbered(meeting.agenda_rows()))
    assert labels["5 a"]["heading"] == "Sociala medier"
    assert "3 b" not in labels


def test_the_secretary_takes_a_question_in_or_answers_why_not(svg, http):
    group, plan, meeting = svg
    first = ask(http, "dik", meeting).json()["@id"]
    second = ask(http, "vision", meeting, part="vision", rubrik="Parkering").json()["@id"]
    transaction.begin()
    first_question = meeting[first.rsplit("/", 1)[-1]]
    second_question = meeting[second.rsplit("/", 1)[-1]]
    assert http("dik").post(
        rest_url(first_question, "/@hantera"), json={"beslut": "ta_med"}
    ).status_code in (401, 403)
    taken = http("sekreterare").post(
        rest_url(first_question, "/@hantera"),
        json={"beslut": "ta_med", "som": "underpunkt", "punkt": "3"},
    )
    assert taken.json()["review_state"] == "accepterad"
    again = http("sekreterare").post(
        rest_url(first_question, "/@hantera"), json={"beslut": "avvisa", "svar": "Nej"}
    )
    assert again.status_code == 409
    without_answer = http("sekreterare").post(
        rest_url(second_question, "/@hantera"), json={"beslut": "avvisa", "svar": " "}
    )
    assert without_answer.status_code == 400
    refused = http("sekreterare").post(
        rest_url(second_question, "/@hantera"),
        json={"beslut": "avvisa", "svar": "Tas upp i SVG."},
    )
    assert refused.json()["review_state"] == "avvisad"
    assert refused.json()["svar"] == "Tas upp i SVG."
    transaction.begin()
    labels = dict(agenda_rules.numbered(meeting.agenda_rows()))
    assert (labels["3 b"]["kind"], labels["3 b"]["raised_by"]) == ("anmald_fraga", "dik")
    assert "Parkering" not in {row["heading"] for row in meeting.agenda_rows()}
    # The plain workflow cannot skip the secretary's decision.
    assert http("sekreterare").post(rest_url(second_question, "/@workflow/accept")).status_code


def test_written_positions_become_handlingar_of_an_item(svg, demo_app, http):
    group, plan, meeting = svg
    response = ask(
        http,
        "dik",
        meeting,
        slag="skriftliga_synpunkter",
        rubrik="Yrkanden om budgeten",
        bilagor=[{"filename": "yrkanden.pdf", "data": base64.b64encode(b"%PDF-1.4").decode()}],
    )
    transaction.begin()
    question = meeting[response.json()["@id"].rsplit("/", 1)[-1]]
    browser = browser_as(demo_app, "sekreterare")
    browser.open(question.absolute_url())
    browser.getControl(name="som").value = ["handling"]
    browser.getControl(name="punkt_handling").value = ["3 a"]
    browser.getControl(name="accept").click()
    transaction.begin()
    assert api.content.get_state(question) == "accepterad"
    (handling,) = meeting.handlingar()
    assert (handling.number, handling.party, handling.file.data) == (1, "dik", b"%PDF-1.4")
    labels = dict(agenda_rules.numbered(meeting.agenda_rows()))
    assert labels["3 a"]["heading"] == "Budget (2027)"
    assert labels["3 a"]["handlingar"] == "1"
    assert len(meeting.agenda_rows()) == 8  # no new item


def test_refused_questions_leave_nothing(svg, http):
    group, plan, meeting = svg
    for user in ("saco", "medarbetare"):  # not in the group
        assert ask(http, user, meeting, part="saco").status_code in (401, 403)
    wrong_party = ask(http, "dik", meeting, part="vision")
    assert wrong_party.status_code == 400
    assert wrong_party.json()["error"]["messages"] == ["Välj en part i gruppen som du företräder."]
    empty = ask(http, "dik", meeting, rubrik=" ", onskas_som="beslut")
    assert empty.json()["error"]["messages"] == [
        "Ge frågan en rubrik.",
        "Välj om frågan önskas som information, samverkan eller förhandling.",
    ]
    broken = ask(http, "dik", meeting, bilagor=[{"filename": "x.pdf", "data": "inte base64!"}])
    assert broken.json()["error"]["messages"] == [
        "En bilaga behöver ett filnamn och sitt innehåll som base64."
    ]
    assert question_ids(meeting) == set()


def test_no_questions_once_the_protocol_is_made(svg, http):
    group, plan, meeting = svg
    with system_transition(), api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=meeting, transition="skapa_protokoll")
    transaction.commit()
    response = ask(http, "dik", meeting)
    assert response.status_code in (401, 403)
    assert question_ids(meeting) == set()
