"""The mapping from the identity provider's groups to the portal's groups,
and what one login changes in a user's memberships.

Plain Python. The decision on memberships set by hand (README, "Grupper
från identitetsleverantören"): the portal remembers, per user, which
memberships the provider gave. A login adds what the provider now gives
and removes only what the provider gave before and no longer gives. A
membership an administrator set by hand in a mapped group is never removed
by a login; the control panel lists such memberships where the provider
does not back them, so that nothing is overwritten, or kept, silently.
"""

from dataclasses import dataclass


SEPARATOR = "|"
PORTAL_GROUP_PREFIXES = ("part-", "funktion-")


@dataclass(frozen=True)
class MembershipPlan:
    add: frozenset
    remove: frozenset
    managed: frozenset
    kept_by_hand: frozenset


def parse(lines) -> list[tuple[str, str]]:
    """Registry lines ``provider group|portal group`` as pairs (bad lines skipped)."""
    pairs = []
    for line in lines or ():
        provider, sep, portal = str(line).partition(SEPARATOR)
        provider, portal = provider.strip(), portal.strip()
        if sep and provider and portal and (provider, portal) not in pairs:
            pairs.append((provider, portal))
    return pairs


def serialize(pairs) -> list[str]:
    return [f"{provider}{SEPARATOR}{portal}" for provider, portal in pairs]


def is_portal_group(group_id: str) -> bool:
    return group_id.startswith(PORTAL_GROUP_PREFIXES)


def mapped_portal_groups(pairs) -> frozenset:
    return frozenset(portal for _, portal in pairs)


def desired_groups(pairs, provider_groups) -> frozenset:
    """The portal groups the provider's groups give (unmapped groups ignored)."""
    given = set(provider_groups)
    return frozenset(portal for provider, portal in pairs if provider in given)


def plan(current, managed, desired, mapped) -> MembershipPlan:
    """What a login changes.

    ``current``: the user's groups now; ``managed``: those the provider
    gave at earlier logins; ``desired``: those it gives now; ``mapped``:
    every portal group of the mapping. ``kept_by_hand`` are memberships
    set by hand in a mapped group that the provider does not give: kept,
    and shown in the control panel.
    """
    current, managed, desired = set(current), set(managed), set(desired)
    add = desired - current
    remove = (managed - desired) & current
    by_hand = (current & set(mapped)) - managed - desired
    return MembershipPlan(
        add=frozenset(add),
        remove=frozenset(remove),
        managed=frozenset((managed & desired & current) | add),
        kept_by_hand=frozenset(by_hand),
    )


def validation_errors(pairs, known_portal_groups) -> list[tuple[str, str]]:
    """Pairs whose portal group does not exist or is not a part-/funktion- group."""
    known = set(known_portal_groups)
    return [
        (provider, portal)
        for provider, portal in pairs
        if portal not in known or not is_portal_group(portal)
    ]
