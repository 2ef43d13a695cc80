"""Issue 13: the people a field names (the Users vocabulary) are serialized
by their ids: no GET enumerates every user of the site (PAS searchUsers),
and the answer keeps the vocabulary's token and title."""

from plone import api
from Products.PluggableAuthService.PluggableAuthService import PluggableAuthService
import pytest
from tests.helpers import rest_url
import transaction


@pytest.fixture
def no_user_listing(monkeypatch):
    def refuse(self, **kw):
        if not kw.get("id") and not kw.get("login"):
            raise AssertionError(f"every user listed: {kw}")
        return original(self, **kw)

    original = PluggableAuthService.searchUsers
    monkeypatch.setattr(PluggableAuthService, "searchUsers", refuse)


def test_an_agreements_managers_by_id(demo_portal, http, no_user_listing):
    agreement = demo_portal["avtal"]["feelgood"]
    with api.env.adopt_roles(["Manager"]):
        agreement.managers = ["hr", "nobody-by-this-id"]
    transaction.commit()
    response = http("hr").get(rest_url(agreement), headers={"Accept": "application/json"})
    assert response.status_code == 200
    fullname = api.user.get(userid="hr").getProperty("fullname")
    assert fullname
    assert response.json()["managers"] == [{"token": "hr", "title": fullname}]


def test_a_units_chef_by_id(demo_portal, http, no_user_listing):
    with api.env.adopt_roles(["Manager"]):
        units = [b.getObject() for b in api.content.find(portal_type="Organisationsenhet")]
    node = next(unit for unit in units if unit.chef)
    response = http("hr").get(rest_url(node), headers={"Accept": "application/json"})
    assert response.status_code == 200
    chef = api.user.get(userid=node.chef)
    assert response.json()["chef"] == {
        "token": node.chef,
        "title": chef.getProperty("fullname") or node.chef,
    }
