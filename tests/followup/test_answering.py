"""Answering, confirming and submitting a follow-up, and what is refused."""

from kuf.samportal import followup as logic
from plone import api
import pytest
from tests.followup.conftest import answer_everything
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


@pytest.fixture
def kun(demo, tree):
    return tree(demo)["kun_sam"]


def test_the_node_chef_and_skyddsombud_answer_confirm_and_submit(kun, as_user):
    with as_user("chef"):
        assert logic.save_answers(kun, answer_everything(kun))
        assert logic.confirm(kun, "chef") == ["chef"]
        assert kun.submit_blockers() == ["blocker_confirm_skyddsombud"]
    with as_user("skyddsombud"):
        logic.confirm(kun, "skyddsombud")
        assert kun.submit_blockers() == []
        api.content.transition(obj=kun, transition="lamna_in")
    assert api.content.get_state(kun) == "inlamnad"
    assert kun.submitted_on is not None


def test_a_changed_answer_withdraws_the_confirmations(kun, as_user):
    with as_user("chef"):
        logic.save_answers(kun, answer_everything(kun))
        logic.confirm(kun, "chef")
        assert not logic.save_answers(kun, answer_everything(kun))  # same answers: kept
        assert "chef" in kun.confirmations
        logic.save_answers(kun, {"f1": {"svar": "instammer_inte", "analys": "Ny analys"}})
    assert dict(kun.confirmations) == {}


@pytest.mark.parametrize(
    ("values", "error"),
    [
        ({"f1": {"svar": "ja", "analys": ""}}, "error_answer_not_on_scale"),
        ({"f999": {"svar": "instammer_helt"}}, "error_unknown_question"),
        ({"f1": "instammer_helt"}, "error_answer_format"),
    ],
)
def test_bad_answers_are_refused_and_nothing_is_saved(kun, as_user, values, error):
    before = {qid: dict(a) for qid, a in kun.answers.items()}
    good = {"f2": {"svar": "instammer_inte", "analys": "Ändrad"}}
    with as_user("chef"), pytest.raises(logic.FollowupError) as refused:
        logic.save_answers(kun, {**good, **values})
    assert refused.value.messages == [error]
    assert {qid: dict(a) for qid, a in kun.answers.items()} == before


def test_a_closed_year_takes_no_answers_and_no_submission(demo, tree, kun, as_user):
    objects = tree(demo)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=objects["sam"], transition="stang")
    with as_user("chef"), pytest.raises(logic.FollowupError) as refused:
        logic.save_answers(kun, answer_everything(kun))
    assert refused.value.messages == ["error_year_closed"]
    assert "blocker_year_closed" in kun.submit_blockers()
    with as_user("chef"), pytest.raises(logic.FollowupError):
        logic.confirm(kun, "chef")


def test_only_the_nodes_own_people_confirm(kun, as_user):
    for user in ("bibliotekschef", "hr", "medarbetare"):
        with as_user(user), pytest.raises(logic.FollowupError) as refused:
            logic.confirm(kun, user)
        assert refused.value.messages == ["error_not_confirmer"]


def test_submitting_without_confirmations_is_not_possible(kun, as_user):
    with as_user("chef"):
        logic.save_answers(kun, answer_everything(kun))
        with pytest.raises(api.exc.InvalidParameterError):
            api.content.transition(obj=kun, transition="lamna_in")
    assert api.content.get_state(kun) == "pagaende"


def test_hr_reopens_a_submitted_followup_and_confirmations_go(demo, tree, as_user):
    jarva = tree(demo)["jarva_sam"]
    assert api.content.get_state(jarva) == "inlamnad"
    with as_user("hr"):
        api.content.transition(obj=jarva, transition="ateroppna")
    assert api.content.get_state(jarva) == "pagaende"
    assert dict(jarva.confirmations) == {}
    assert jarva.submitted_on is None


def test_a_node_added_during_an_open_year_gets_its_followups(demo, tree, as_user):
    library = tree(demo)["library"]
    with as_user("hr"):
        unit = api.content.create(
            container=library, type="Organisationsenhet", id="ny", title="Ny enhet", level="enhet"
        )
    assert sorted(f for f in unit.objectIds()) == ["2026-aktiva-atgarder", "2026-sam"]


def test_changing_a_nodes_chef_moves_the_right_to_answer(demo, tree, as_user):
    objects = tree(demo)
    with as_user("hr"):
        objects["kun"].chef = "bibliotekschef"
        notify(ObjectModifiedEvent(objects["kun"]))
    kun = objects["kun_sam"]
    assert "KufRespondent" in api.user.get_roles(username="bibliotekschef", obj=kun)
    assert "KufRespondent" not in api.user.get_roles(username="chef", obj=kun)


def test_hr_copies_a_template_to_next_year_once(demo, tree, as_user):
    sam = tree(demo)["sam"]
    with as_user("hr"):
        copy = logic.copy_to_next_year(sam)
        assert copy.year == 2027
        assert api.content.get_state(copy) == "utkast"
        assert copy.question_ids() == sam.question_ids()
        with pytest.raises(logic.FollowupError) as refused:
            logic.copy_to_next_year(sam)
    assert refused.value.messages == ["error_checklist_exists"]


def test_new_questions_get_new_ids_and_old_ids_stay(demo, tree, as_user):
    sam = tree(demo)["sam"]
    with as_user("hr"):
        copy = logic.copy_to_next_year(sam)
        rows = copy.question_list()
        del rows[0]
        rows.append({"id": None, "area": "Nytt område", "text": "Ny fråga?"})
        copy.questions = rows
        notify(ObjectModifiedEvent(copy))
    ids = copy.question_ids()
    assert ids[0] == "f2"
    assert ids[-1] == "f23"
