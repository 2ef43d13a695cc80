"""Logging in through the identity provider over real HTTP: users made
from the claims, groups from the mapping, and every bad answer refused in
Swedish with nothing created."""

from kuf.samportal.identity.memberships import hand_set_memberships
from plone import api
import pytest
import requests
import transaction


def log_in(portal):
    """The whole flow as a browser does it; the final response."""
    session = requests.Session()
    came_from = portal.absolute_url() + "/samverkan"
    response = session.get(
        f"{portal.absolute_url()}/acl_users/oidc/login", params={"came_from": came_from}, timeout=30
    )
    return session, response


def groups_of(user_id):
    transaction.begin()
    return {group.getId() for group in api.group.get_groups(username=user_id)}


def test_new_user_is_created_with_name_email_and_mapped_groups(demo_portal, provider, saco_mapping):
    provider.login_as(
        "karin.saco",
        email="karin.lund@saco.example.org",
        given_name="Karin",
        family_name="Lund",
        groups=["KuF-Saco", "Alla-medarbetare"],
    )
    session, response = log_in(demo_portal)
    assert response.status_code == 200
    assert response.url.endswith("/samverkan")
    transaction.begin()
    user = api.user.get(userid="karin.saco")
    assert user.getProperty("fullname") == "Karin Lund"
    assert user.getProperty("email") == "karin.lund@saco.example.org"
    assert groups_of("karin.saco") == {"AuthenticatedUsers", "part-saco"}
    # PKCE: the verifier went to the token endpoint and matched the challenge.
    assert provider.token_requests[-1]["code_verifier"]
    # The ticket works: the user is logged in for REST too.
    me = session.get(
        f"{demo_portal.absolute_url()}/++api++/@users/karin.saco",
        headers={"Accept": "application/json"},
        timeout=30,
    )
    assert me.status_code == 200
    assert me.json()["fullname"] == "Karin Lund"
    # The session lasts a working day.
    assert api.portal.get_tool("acl_users").session.timeout == 9 * 3600


def test_groups_follow_the_provider_and_hand_memberships_stay(demo_portal, provider, saco_mapping):
    provider.login_as("per", email="per@example.org", name="Per Holm", groups=["KuF-Saco"])
    log_in(demo_portal)
    assert "part-saco" in groups_of("per")
    # An administrator puts Per in HR by hand, a mapped group the provider does not give.
    with api.env.adopt_roles(["Manager"]):
        api.group.add_user(groupname="funktion-hr", username="per")
    transaction.commit()
    provider.login_as("per", email="per@example.org", name="Per Holm", groups=[])
    log_in(demo_portal)
    assert groups_of("per") == {"AuthenticatedUsers", "funktion-hr"}
    assert hand_set_memberships() == [("per", "funktion-hr")]
    provider.login_as("per", email="per.holm@example.org", name="Per Holm", groups=["KuF-HR"])
    log_in(demo_portal)
    assert groups_of("per") == {"AuthenticatedUsers", "funktion-hr"}
    assert api.user.get(userid="per").getProperty("email") == "per.holm@example.org"
    assert hand_set_memberships() == []


@pytest.mark.parametrize(
    ("mode", "claims", "message"),
    [
        ("issuer", {}, "identitetsleverantör som portalen inte litar på"),
        ("audience", {}, "utfärdades för en annan tjänst"),
        ("expired", {}, "har gått ut"),
        ("tampered", {}, "signatur är inte giltig"),
        (None, {"email": None}, "saknar e-postadress"),
    ],
)
def test_bad_answers_are_refused_in_swedish_and_nothing_is_created(
    demo_portal, provider, saco_mapping, mode, claims, message
):
    values = {"email": "eva@example.org", "name": "Eva", "groups": ["KuF-Saco"], **claims}
    provider.login_as("eva", mode=mode, **{k: v for k, v in values.items() if v is not None})
    session, response = log_in(demo_portal)
    assert response.url.startswith(demo_portal.absolute_url() + "/inloggning")
    assert message in response.text
    assert "__ac" not in session.cookies
    transaction.begin()
    assert api.user.get(userid="eva") is None
    assert api.group.get(groupname="part-saco").getGroupMemberIds().count("eva") == 0


def test_a_forged_state_is_refused(demo_portal, provider):
    provider.login_as("mallory", email="m@example.org")
    url = f"{demo_portal.absolute_url()}/acl_users/oidc/callback?code=x&state=forged"
    response = requests.get(url, timeout=30)
    assert response.url.startswith(demo_portal.absolute_url() + "/inloggning")
    assert "hör inte till den här inloggningen" in response.text
    transaction.begin()
    assert api.user.get(userid="mallory") is None


def test_without_a_provider_the_local_login_remains(demo_portal, http):
    """No OIDC_* in the environment: the demo's login form, as before."""
    page = requests.get(f"{demo_portal.absolute_url()}/inloggning", timeout=30)
    assert "Logga in med ett lokalt konto" in page.text
    assert "Stockholms stad-konto" not in page.text
    response = http("saco").get(f"{demo_portal.absolute_url()}/++api++/@users/saco", timeout=30)
    assert response.status_code == 200


def test_logout_also_ends_the_providers_session(demo_portal, provider):
    provider.login_as("lena", email="lena@example.org", name="Lena")
    session, _ = log_in(demo_portal)
    response = session.get(f"{demo_portal.absolute_url()}/logout", timeout=30)
    assert provider.logouts, "the provider was not asked to log out"
    assert provider.logouts[-1]["client_id"] == "samportal"
    assert response.url.startswith(demo_portal.absolute_url())
    again = session.get(f"{demo_portal.absolute_url()}/samverkan", timeout=30)
    assert "/inloggning" in again.url
