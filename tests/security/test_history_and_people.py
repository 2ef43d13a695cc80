"""Issue 11, findings 4 and 8: earlier versions need the right to view the
content; lists of people (who belongs to which party: GDPR art. 9) are for
HR, the secretaries, administrators and the person."""

from plone import api
import pytest
from tests.helpers import rest_url as rest
import transaction


@pytest.fixture
def draft_routine(demo_portal):
    """A routine HR is still writing, saved in two versions."""
    repository = api.portal.get_tool("portal_repository")
    with api.env.adopt_user(username="hr"):
        routine = api.content.create(
            container=demo_portal["arbetsmiljohandbok"],
            type="Rutin",
            id="hemlig-rutin",
            title="Rutin för omorganisation",
            purpose="HEMLIGT-SYFTE-1",
        )
        repository.save(obj=routine, comment="Första")
        routine.purpose = "HEMLIGT-SYFTE-2"
        repository.save(obj=routine, comment="Andra")
    transaction.commit()
    return routine


@pytest.mark.parametrize("user", ["medarbetare", "saco", "sekreterare"])
def test_versions_of_a_draft_are_not_readable(draft_routine, http, user):
    session = http(user)
    for url in (
        rest(draft_routine, "/@history"),
        rest(draft_routine, "/@history/0"),
        rest(draft_routine, "/@history/1"),
        draft_routine.absolute_url() + "/@@history",
        draft_routine.absolute_url() + "/versions_history_form",
        draft_routine.absolute_url() + "/@@contenthistory",
        draft_routine.absolute_url() + "/version_metadata_view?version_id=0",
    ):
        response = session.get(url, allow_redirects=False)
        assert response.status_code in (401, 403, 404, 302), (url, response.status_code)
        assert "HEMLIGT-SYFTE" not in response.text, url


def test_hr_reads_the_versions_of_its_draft(draft_routine, http):
    response = http("hr").get(rest(draft_routine, "/@history/0"))
    assert response.status_code == 200
    assert "HEMLIGT-SYFTE-1" in response.text


def test_the_history_of_a_signed_protocol_is_for_the_group(demo_portal, http):
    protocol = demo_portal["samverkan"]["fvg"]["protokoll-2025-01-13"]
    assert http("medarbetare").get(rest(protocol)).status_code == 200
    assert http("medarbetare").get(rest(protocol, "/@history")).status_code in (401, 403)
    assert http("saco").get(rest(protocol, "/@history")).status_code == 200


PEOPLE_ROUTES = (
    "/++api++/@vocabularies/plone.app.vocabularies.Users",
    "/++api++/@vocabularies/plone.app.vocabularies.Principals",
    "/++api++/@vocabularies/plone.app.vocabularies.Groups",
    "/++api++/samverkan/fvg/@vocabularies/kuf.samportal.GroupParticipants",
    "/@@getVocabulary?name=plone.app.vocabularies.Users&query=a",
    "/@@getVocabulary?name=plone.app.vocabularies.Principals&query=a",
    "/@@getVocabulary?name=plone.app.vocabularies.Groups&query=a",
    "/samverkan/fvg/@@getVocabulary?name=kuf.samportal.GroupParticipants",
    "/++api++/@users",
    "/++api++/@users/saco",
    "/++api++/@groups",
    "/++api++/@groups/part-saco",
    "/++api++/@principals?search=a",
    "/portal_membership/searchForMembers",
    "/@@member-search",
    "/author/saco",
    "/author/dik",
    "/samverkan/fvg/protokoll-2025-01-13/person?user_id=saco",
)
# What would give someone away: a union representative's name or the
# union their description names.
TELLTALES = ("Karin Nyström", "Lena Sjöberg", "part-saco", "Facklig representant")


@pytest.mark.parametrize("user", ["medarbetare", "saco", "chef"])
def test_employees_and_parties_cannot_list_people(demo_portal, http, user):
    session = http(user)
    own_name = api.user.get(username=user).getProperty("fullname")
    leaks = {}
    for route in PEOPLE_ROUTES:
        response = session.get(
            demo_portal.absolute_url() + route,
            allow_redirects=False,
            headers={"Accept": "text/html"} if "++api++" not in route else {},
        )
        found = [word for word in TELLTALES if word in response.text and word != own_name]
        if found and not (user == "saco" and route.endswith("/saco")):
            leaks[route] = (response.status_code, found)
    assert leaks == {}


def test_a_person_sees_their_own_page(demo_portal, http):
    response = http("saco").get(demo_portal.absolute_url() + "/author/saco")
    assert response.status_code == 200
    assert http("saco").get(demo_portal.absolute_url() + "/++api++/@users/saco").ok


JUSTERING = "/samverkan/fvg/protokoll-pagaende-justering"


@pytest.mark.parametrize(
    ("user", "route"),
    [
        (
            "sekreterare",
            f"{JUSTERING}/@@getVocabulary?name=kuf.samportal.GroupParticipants&field=justerare",
        ),
        (
            "sekreterare",
            f"{JUSTERING}/@@getVocabulary?name=plone.app.vocabularies.Users&field=secretary"
            "&query=Karin",
        ),
        (
            "hr",
            "/uppfoljning/kulturforvaltningen/@@getVocabulary?name=plone.app.vocabularies.Users"
            "&field=chef&query=Karin",
        ),
    ],
)
def test_those_who_write_may_pick_people(demo_portal, http, user, route):
    response = http(user).get(demo_portal.absolute_url() + route)
    assert response.status_code == 200
    assert response.json()["results"], response.text[:200]
