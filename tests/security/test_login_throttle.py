"""Item 15 of issue 11: failed logins are throttled (README, "Security:
input"): 5 failures lock the login from that address for 15 minutes, 30
failures lock the address; the lock ends by itself, holds across threads,
and says so in Swedish, for the Classic login form, @login (JWT) and Basic."""

from concurrent.futures import ThreadPoolExecutor
from kuf.samportal.inputguard import loginguard
from kuf.samportal.inputguard import throttle
import pytest
import requests
from tests.helpers import rest_url
import transaction


LOCKED = "För många misslyckade inloggningar. Försök igen om"


def jwt_login(portal, login, password):
    return requests.post(
        portal.absolute_url() + "/++api++/@login",
        json={"login": login, "password": password},
        headers={"Accept": "application/json"},
    )


def form_login(portal, login, password):
    session = requests.Session()
    page = session.post(
        portal.absolute_url() + "/login_form",
        data={
            "__ac_name": login,
            "__ac_password": password,
            "came_from": "",
            "buttons.login": "Logga in",
        },
    )
    return session, page


@pytest.fixture
def clock(monkeypatch):
    """The throttle's clock, moved by the test (the server runs in this process)."""
    moment = {"now": 1_800_000_000.0}
    monkeypatch.setattr(loginguard, "now", lambda: moment["now"])
    return moment


def test_the_login_form_locks_after_five_failures_and_unlocks(demo_portal, clock):
    for _ in range(throttle.USER_LIMIT):
        session, page = form_login(demo_portal, "saco", "fel")
        assert "__ac" not in session.cookies
    session, page = form_login(demo_portal, "saco", "samverkan")
    assert "__ac" not in session.cookies  # the right password, but locked
    assert LOCKED in page.text
    clock["now"] += throttle.LOCK + 1
    session, page = form_login(demo_portal, "saco", "samverkan")
    assert "__ac" in session.cookies


def test_jwt_login_locks_and_a_success_clears_the_count(demo_portal, clock):
    for _ in range(throttle.USER_LIMIT - 1):
        assert jwt_login(demo_portal, "vision", "fel").status_code == 401
    assert jwt_login(demo_portal, "vision", "samverkan").status_code == 200  # count cleared
    for _ in range(throttle.USER_LIMIT - 1):
        assert jwt_login(demo_portal, "vision", "fel").status_code == 401
    locked = jwt_login(demo_portal, "vision", "fel")
    assert locked.status_code == 429
    assert locked.json()["error"]["message"].startswith(LOCKED)
    assert int(locked.headers["Retry-After"]) > 0
    assert jwt_login(demo_portal, "vision", "samverkan").status_code == 429
    assert jwt_login(demo_portal, "dik", "samverkan").status_code == 200  # another login
    clock["now"] += throttle.LOCK + 1
    assert jwt_login(demo_portal, "vision", "samverkan").status_code == 200


def test_basic_auth_locks_too(demo_portal, clock):
    url = rest_url(demo_portal["samverkan"]["fvg"])
    headers = {"Accept": "application/json"}
    codes = [
        requests.get(url, auth=("kommunal", "fel"), headers=headers).status_code
        for _ in range(throttle.USER_LIMIT)
    ]
    assert codes == [401] * (throttle.USER_LIMIT - 1) + [429]  # the last failure locks
    locked = requests.get(url, auth=("kommunal", "samverkan"), headers=headers)
    assert locked.status_code == 429
    assert locked.json()["message"].startswith(LOCKED)
    clock["now"] += throttle.LOCK + 1
    assert requests.get(url, auth=("kommunal", "samverkan"), headers=headers).status_code == 200


def test_an_address_is_locked_after_failures_across_logins(demo_portal, clock):
    codes = [
        jwt_login(demo_portal, f"gissning{number}", "fel").status_code
        for number in range(throttle.ADDRESS_LIMIT)
    ]
    assert codes == [401] * (throttle.ADDRESS_LIMIT - 1) + [429]
    refused = jwt_login(demo_portal, "ssr", "samverkan")
    assert refused.status_code == 429
    assert refused.json()["error"]["message"].startswith(LOCKED)
    clock["now"] += throttle.LOCK + 1
    assert jwt_login(demo_portal, "ssr", "samverkan").status_code == 200


def test_concurrent_failures_are_all_counted(demo_portal, clock):
    """Ten threads fail at once with ten logins: the address counter merges
    every one of them, nothing is lost and nothing is a 500."""
    logins = [f"samtidig{number}" for number in range(10)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = list(
            pool.map(lambda login: jwt_login(demo_portal, login, "fel").status_code, logins)
        )
    assert codes == [401] * 10
    transaction.begin()
    plugin = demo_portal.acl_users[loginguard.PLUGIN_ID]
    address = plugin.attempts(throttle.address_key("127.0.0.1"))
    assert len(address.failures) == 10
