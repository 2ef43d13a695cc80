"""A submitted follow-up is kept: it cannot be deleted or moved (nor the
unit that holds it), each submission's answers are kept; its action plan
stays a working document."""

from plone import api
import pytest
from tests.helpers import rest_url as rest
import transaction


@pytest.fixture
def submitted(demo_portal):
    catalog = api.portal.get_tool("portal_catalog")
    brain = catalog.unrestrictedSearchResults(portal_type="Uppfoljning", review_state="inlamnad")[0]
    return brain._unrestrictedGetObject()


def test_a_submitted_followup_cannot_be_deleted(submitted, http):
    transaction.commit()
    for target in (submitted, submitted.aq_parent):
        response = http("admin").delete(rest(target))
        assert response.status_code == 403, response.text[:200]
        assert "allmän" in response.json()["error"]["message"]
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog.unrestrictedSearchResults(UID=submitted.UID())) == 1


def test_actions_are_added_to_a_submitted_plan(submitted, http):
    """The plan is followed up at APT: new actions after submitting."""
    transaction.commit()
    response = http("admin").post(
        rest(submitted),
        json={"@type": "Atgard", "title": "Ny åtgärd efter APT", "responsible": "Enhetschefen"},
    )
    assert response.status_code == 201, response.text[:300]


def test_submitting_keeps_the_answers_as_submitted(submitted, http):
    """Reopen, change an answer, submit again: both submissions are kept."""
    from kuf.samportal.followup import keep_submission

    with api.env.adopt_roles(["Manager"]):
        before = len(submitted.submissions)
        keep_submission(submitted)
    transaction.commit()
    status = http("admin").get(rest(submitted, "/@svar")).json()
    assert len(status["inlamningar"]) == before + 1
    assert status["inlamningar"][-1]["svar"] == status["svar"]
