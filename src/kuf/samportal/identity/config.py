"""Settings from the environment, read at each use (no restart of the
site's data needed when IT changes them; a restart of the process is).

Plain Python: the unit tests and the views read the same definitions.
"""

from dataclasses import dataclass
import os


WORKING_DAY_HOURS = 9.0


@dataclass(frozen=True)
class OIDCSettings:
    issuer: str
    client_id: str
    client_secret: str
    scopes: tuple[str, ...]
    session_hours: float
    userid_claim: str
    groups_claim: str
    personnummer_claim: str
    redirect_uri: str

    @property
    def configured(self) -> bool:
        return bool(self.issuer and self.client_id)

    @property
    def session_seconds(self) -> int:
        return int(self.session_hours * 3600)


@dataclass(frozen=True)
class BankIDSettings:
    cert: str
    key: str
    environment: str
    api_url: str
    ca_cert: str
    timeout: float

    @property
    def configured(self) -> bool:
        return bool(self.cert and self.key)

    @property
    def is_test(self) -> bool:
        return self.environment != "production"


def _hours(value: str) -> float:
    try:
        hours = float(value)
    except ValueError:
        return WORKING_DAY_HOURS
    return hours if 0 < hours <= 24 * 7 else WORKING_DAY_HOURS


def oidc_settings(environ=None) -> OIDCSettings:
    env = os.environ if environ is None else environ
    scopes = env.get("OIDC_SCOPES", "openid profile email").replace(",", " ").split()
    if "openid" not in scopes:
        scopes.insert(0, "openid")
    return OIDCSettings(
        issuer=env.get("OIDC_ISSUER", "").strip().rstrip("/"),
        client_id=env.get("OIDC_CLIENT_ID", "").strip(),
        client_secret=env.get("OIDC_CLIENT_SECRET", "").strip(),
        scopes=tuple(scopes),
        session_hours=_hours(env.get("OIDC_SESSION_HOURS", str(WORKING_DAY_HOURS))),
        userid_claim=env.get("OIDC_USERID_CLAIM", "sub").strip() or "sub",
        groups_claim=env.get("OIDC_GROUPS_CLAIM", "groups").strip() or "groups",
        personnummer_claim=env.get("OIDC_PERSONNUMMER_CLAIM", "").strip(),
        redirect_uri=env.get("OIDC_REDIRECT_URI", "").strip(),
    )


def bankid_settings(environ=None) -> BankIDSettings:
    env = os.environ if environ is None else environ
    try:
        timeout = float(env.get("BANKID_TIMEOUT", "5"))
    except ValueError:
        timeout = 5.0
    environment = env.get("BANKID_ENVIRONMENT", "test").strip().lower()
    return BankIDSettings(
        cert=env.get("BANKID_CERT", "").strip(),
        key=env.get("BANKID_KEY", "").strip(),
        environment="production" if environment in ("production", "prod") else "test",
        api_url=env.get("BANKID_API_URL", "").strip(),
        ca_cert=env.get("BANKID_CA_CERT", "").strip(),
        timeout=timeout,
    )
