"""Eight justerare sign at the same moment against the running test server.

Every signature is kept, the protocol ends signed exactly once, and no
request fails once Zope has retried the conflicting transactions (the
instance runs with max-conflict-retries 10, see instance/etc/zope.conf.in;
the test server gets the same setting).
"""

from concurrent.futures import ThreadPoolExecutor
from kuf.samportal.signatures import signatures
from plone import api
import pytest
import threading
import transaction
from ZPublisher.HTTPRequest import HTTPRequest


EIGHT = ["arbetsgivare", "saco", "vision", "dik", "kommunal", "sveriges-larare", "ssr", "ledarna"]


@pytest.fixture
def conflict_retries(monkeypatch):
    monkeypatch.setattr(HTTPRequest, "retry_max_count", 10)


@pytest.fixture
def slow_signing_service():
    """A signing provider that answers after 0.2 s, as an external e-ID
    service would: the eight transactions then truly overlap and conflict."""
    from kuf.samportal.signing import ISigningProvider
    from kuf.samportal.signing import LoggedInSignature
    import time
    from zope.component import getGlobalSiteManager

    class SlowSignature(LoggedInSignature):
        def sign(self, protocol, user_id, content_fingerprint):
            time.sleep(0.2)
            return super().sign(protocol, user_id, content_fingerprint)

    registry = getGlobalSiteManager()
    original = registry.getUtility(ISigningProvider)
    registry.registerUtility(SlowSignature(), ISigningProvider)
    yield
    registry.registerUtility(original, ISigningProvider)


@pytest.mark.parametrize("attempt", range(2))
def test_eight_justerare_sign_at_once(
    demo_portal, make_protocol, http, conflict_retries, slow_signing_service, attempt
):
    protocol = make_protocol(demo_portal["samverkan"]["fvg"], id="samtidig", justerare=EIGHT)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    transaction.commit()
    portal_url = api.portal.get().absolute_url()
    url = protocol.absolute_url().replace(portal_url, portal_url + "/++api++") + "/@sign"
    sessions = {user: http(user) for user in EIGHT}
    start = threading.Barrier(len(EIGHT))

    def sign(user):
        start.wait()
        return user, sessions[user].post(url, timeout=60)

    with ThreadPoolExecutor(max_workers=len(EIGHT)) as pool:
        results = list(pool.map(sign, EIGHT))

    failed = {user: (r.status_code, r.text[:200]) for user, r in results if r.status_code != 200}
    assert failed == {}
    transaction.begin()
    assert sorted(signatures(protocol)) == sorted(EIGHT)
    assert api.content.get_state(protocol) == "signed"
    history = protocol.workflow_history["kuf_protokoll_workflow"]
    assert [entry["action"] for entry in history].count("finalize") == 1
    finals = [r.json()["review_state"] for _, r in results]
    assert finals.count("signed") >= 1
