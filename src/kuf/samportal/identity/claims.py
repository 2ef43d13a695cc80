"""What an identity provider's answer must hold before anyone is let in.

pas.plugins.oidc (through oic) verifies the ID token's signature with the
provider's published keys. These checks repeat the rest on the verified
claims, so that every refusal has one Swedish message, whatever library
raised it, and so that nothing is created for a refused login.
"""

from dataclasses import dataclass
from kuf.samportal import _


# Clocks of the provider and the portal may differ a little.
CLOCK_SKEW_SECONDS = 120


@dataclass(frozen=True)
class LoginRefusal:
    reason: str
    message: object


REFUSALS = {
    "state": LoginRefusal(
        "state",
        _(
            "login_refused_state",
            default=(
                "The login could not be completed: the answer from the identity "
                "provider does not belong to this login. Start again from the login "
                "page."
            ),
        ),
    ),
    "provider_error": LoginRefusal(
        "provider_error",
        _(
            "login_refused_provider_error",
            default=(
                "The identity provider did not let you in. Try again, or contact the IT "
                "service desk."
            ),
        ),
    ),
    "unreachable": LoginRefusal(
        "unreachable",
        _(
            "login_refused_unreachable",
            default=("The identity provider cannot be reached right now. Try again in a while."),
        ),
    ),
    "issuer": LoginRefusal(
        "issuer",
        _(
            "login_refused_issuer",
            default=(
                "The login was refused: the token comes from an identity provider the "
                "portal does not trust."
            ),
        ),
    ),
    "audience": LoginRefusal(
        "audience",
        _(
            "login_refused_audience",
            default=("The login was refused: the token was issued for another application."),
        ),
    ),
    "expired": LoginRefusal(
        "expired",
        _(
            "login_refused_expired",
            default="The login was refused: the token has expired. Log in again.",
        ),
    ),
    "signature": LoginRefusal(
        "signature",
        _(
            "login_refused_signature",
            default="The login was refused: the token's signature is not valid.",
        ),
    ),
    "nonce": LoginRefusal(
        "nonce",
        _(
            "login_refused_nonce",
            default=(
                "The login was refused: the token does not belong to this login. Start again."
            ),
        ),
    ),
    "subject": LoginRefusal(
        "subject",
        _(
            "login_refused_subject",
            default=("The login was refused: the identity provider sent no user identity."),
        ),
    ),
    "email": LoginRefusal(
        "email",
        _(
            "login_refused_email",
            default=(
                "The login was refused: your account at the identity provider has no "
                "e-mail address. Contact the IT service desk."
            ),
        ),
    ),
}


def _audiences(claims) -> list[str]:
    audience = claims.get("aud")
    if isinstance(audience, str):
        return [audience]
    return list(audience or [])


def claims_refusal(claims, *, issuer, client_id, nonce, now, userid_claim="sub"):
    """None when the verified ID token's claims let the user in, else a LoginRefusal."""
    if str(claims.get("iss", "")).rstrip("/") != issuer.rstrip("/"):
        return REFUSALS["issuer"]
    audiences = _audiences(claims)
    if client_id not in audiences:
        return REFUSALS["audience"]
    if len(audiences) > 1 and claims.get("azp") != client_id:
        return REFUSALS["audience"]
    try:
        expires = float(claims["exp"])
    except (KeyError, TypeError, ValueError):
        return REFUSALS["expired"]
    if expires + CLOCK_SKEW_SECONDS < now:
        return REFUSALS["expired"]
    if not nonce or claims.get("nonce") != nonce:
        return REFUSALS["nonce"]
    if not str(claims.get(userid_claim) or "").strip():
        return REFUSALS["subject"]
    if not str(claims.get("email") or "").strip():
        return REFUSALS["email"]
    return None


# The exceptions oic raises while it verifies the ID token, by class name.
EXCEPTION_REASONS = {
    "IssuerMismatch": "issuer",
    "NotForMe": "audience",
    "EXPError": "expired",
    "IATError": "expired",
    "BadSignature": "signature",
    "NoSuitableSigningKeys": "signature",
    "WrongSigningAlgorithm": "signature",
    "MissingSigningKey": "signature",
    "DecodeError": "signature",
    "VerificationError": "signature",
    "ValueError": "signature",
    "ConnectionError": "unreachable",
    "Timeout": "unreachable",
    "OAuth2ConnectionException": "unreachable",
}


def refusal_for_exception(exception) -> LoginRefusal:
    if "issuer" in str(exception).lower():
        return REFUSALS["issuer"]
    for cls in type(exception).__mro__:
        reason = EXCEPTION_REASONS.get(cls.__name__)
        if reason:
            return REFUSALS[reason]
    return REFUSALS["provider_error"]


def fullname(claims) -> str:
    """The name to show: ``name``, else given and family name."""
    name = str(claims.get("name") or "").strip()
    if name:
        return name
    parts = [str(claims.get(key) or "").strip() for key in ("given_name", "family_name")]
    return " ".join(part for part in parts if part)


def provider_groups(claims, groups_claim="groups") -> list[str]:
    groups = claims.get(groups_claim) or []
    if isinstance(groups, str):
        groups = [groups]
    return [str(group) for group in groups if str(group).strip()]
