"""Applying the group mapping at login, and what the portal remembers of it.

Per user the portal keeps (in an OOBTree on the site, so that two logins
at once do not conflict) the portal groups the provider gave and the
provider's groups at the last login. The rules are in ``groupmap.py``.
"""

from BTrees.OOBTree import OOBTree
from datetime import UTC
from datetime import datetime
from kuf.samportal.identity import groupmap
from plone import api
from zope.annotation.interfaces import IAnnotations


MAPPING_RECORD = "kuf.samportal.identity.group_mapping"
STORE_KEY = "kuf.samportal.identity.provider_memberships"


def mapping_pairs():
    try:
        lines = api.portal.get_registry_record(MAPPING_RECORD)
    except api.exc.InvalidParameterError:
        lines = []
    return groupmap.parse(lines)


def set_mapping_pairs(pairs):
    api.portal.set_registry_record(MAPPING_RECORD, groupmap.serialize(pairs))


def portal_groups():
    """(id, title) of the groups a provider group may map to."""
    groups = []
    for group in api.group.get_groups():
        group_id = group.getId()
        if groupmap.is_portal_group(group_id):
            groups.append((group_id, group.getProperty("title") or group_id))
    return sorted(groups)


def _store(create=False):
    annotations = IAnnotations(api.portal.get())
    if STORE_KEY not in annotations and create:
        annotations[STORE_KEY] = OOBTree()
    return annotations.get(STORE_KEY)


def remembered(user_id) -> dict:
    store = _store()
    return dict(store.get(user_id, {})) if store is not None else {}


def apply_mapping(user_id, provider_groups):
    """Bring ``user_id``'s memberships in line with the provider's groups."""
    pairs = mapping_pairs()
    desired = groupmap.desired_groups(pairs, provider_groups)
    current = {group.getId() for group in api.group.get_groups(username=user_id)}
    previous = remembered(user_id)
    plan = groupmap.plan(
        current, previous.get("managed", ()), desired, groupmap.mapped_portal_groups(pairs)
    )
    existing = {group_id for group_id, _ in portal_groups()}
    for group_id in sorted(plan.add):
        if group_id in existing:
            api.group.add_user(groupname=group_id, username=user_id)
    for group_id in sorted(plan.remove):
        api.group.remove_user(groupname=group_id, username=user_id)
    entry = {
        "managed": tuple(sorted(plan.managed & existing)),
        "provider_groups": tuple(sorted(provider_groups)),
        "last_login": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if entry["managed"] != previous.get("managed") or entry["provider_groups"] != previous.get(
        "provider_groups"
    ):
        _store(create=True)[user_id] = entry
    return plan


def hand_set_memberships():
    """Memberships in mapped groups that the provider did not give at the
    user's last login: (user id, group id), for the control panel."""
    store = _store()
    if store is None:
        return []
    pairs = mapping_pairs()
    mapped = groupmap.mapped_portal_groups(pairs)
    found = []
    for group_id in sorted(mapped):
        group = api.group.get(groupname=group_id)
        if group is None:
            continue
        for member in group.getGroupMemberIds():
            entry = store.get(member)
            if entry is None:
                continue
            desired = groupmap.desired_groups(pairs, entry.get("provider_groups", ()))
            if group_id not in entry.get("managed", ()) and group_id not in desired:
                found.append((member, group_id))
    return found
