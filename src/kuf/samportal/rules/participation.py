"""Who takes part in a samverkansgrupp and may be its justerare."""

from kuf.samportal import _
from kuf.samportal.parties import PARTIES


def party_of(member_groups: set[str], group_parties: list[str]) -> str | None:
    """The party (id) through which a user takes part in a group, if any.

    A user in several party groups counts for the first party of the
    canonical order that takes part in the group.
    """
    for party in PARTIES:
        if party.id in group_parties and party.group_id in member_groups:
            return party.id
    return None


def justerare_problems(justerare: list[str], groups_of, group_parties: list[str]) -> list:
    """Problems with the named justerare; ``groups_of(user_id)`` gives group ids."""
    problems = []
    if len(set(justerare)) != len(justerare):
        problems.append(
            _("error_justerare_twice", default="The same person is named justerare twice.")
        )
    for user_id in justerare:
        if party_of(set(groups_of(user_id)), group_parties) is None:
            problems.append(
                _(
                    "error_justerare_not_in_group",
                    default="${user} is not a member of any party that takes part in the group.",
                    mapping={"user": user_id},
                )
            )
    return problems
