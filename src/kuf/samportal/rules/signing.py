"""Who may sign a protocol, and what the answer is when they may not."""

from dataclasses import dataclass
from kuf.samportal import _


@dataclass(frozen=True)
class Refusal:
    """Why a signature is refused; ``status`` is the HTTP status REST answers with."""

    status: int
    message: object


NOT_IN_JUSTERING = Refusal(
    412,
    _("refusal_not_in_justering", default="The protocol is not out for justering."),
)
NOT_A_JUSTERARE = Refusal(
    403,
    _("refusal_not_justerare", default="You are not a justerare of this protocol."),
)
ALREADY_SIGNED = Refusal(
    409,
    _("refusal_already_signed", default="You have already signed this protocol."),
)


def signing_refusal(state: str, justerare: list[str], signed: set[str], user_id: str):
    """None when ``user_id`` may sign now, else the Refusal to give."""
    if state != "justering":
        return NOT_IN_JUSTERING
    if user_id not in justerare:
        return NOT_A_JUSTERARE
    if user_id in signed:
        return ALREADY_SIGNED
    return None
