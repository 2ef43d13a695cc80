"""Fixtures of the identity tests: the OIDC provider and the fake BankID
server on loopback (ports 9400-9499), and the environment that points the
portal at them."""

from plone import api
import pytest
import transaction


OIDC_PORT = 9401
BANKID_PORT = 9402


@pytest.fixture(scope="session")
def oidc_provider():
    from tests.identity.oidc_provider import MockProvider

    provider = MockProvider(OIDC_PORT).start()
    yield provider
    provider.stop()


@pytest.fixture
def provider(oidc_provider, monkeypatch):
    """The provider, reset, and the portal configured for it."""
    oidc_provider.next_login = None
    oidc_provider.mode = None
    oidc_provider.logouts.clear()
    monkeypatch.setenv("OIDC_ISSUER", oidc_provider.issuer)
    monkeypatch.setenv("OIDC_CLIENT_ID", oidc_provider.client_id)
    monkeypatch.setenv("OIDC_CLIENT_SECRET", oidc_provider.client_secret)
    monkeypatch.setenv("OIDC_SCOPES", "openid profile email")
    return oidc_provider


@pytest.fixture
def saco_mapping(demo_portal):
    from kuf.samportal.identity.memberships import set_mapping_pairs

    with api.env.adopt_roles(["Manager"]):
        set_mapping_pairs([("KuF-Saco", "part-saco"), ("KuF-HR", "funktion-hr")])
    transaction.commit()


@pytest.fixture(scope="session")
def bankid_server(tmp_path_factory):
    from tests.identity.fake_bankid import FakeBankID

    server = FakeBankID(BANKID_PORT, tmp_path_factory.mktemp("bankid")).start()
    yield server
    server.stop()


@pytest.fixture
def bankid(bankid_server, monkeypatch):
    """The fake BankID server, reset, and the portal configured for it."""
    bankid_server.reset()
    for name, value in bankid_server.environment().items():
        monkeypatch.setenv(name, value)
    return bankid_server
