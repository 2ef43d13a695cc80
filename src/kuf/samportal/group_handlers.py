"""Keep a samverkansgrupp's local roles and new protocols in step with its fields."""

from Acquisition import aq_parent
from kuf.samportal import parties
from plone.dexterity.utils import createContentInContainer
from zope.container.interfaces import IContainerModifiedEvent


SECRETARY_ROLES = [parties.ROLE_SECRETARY]


def sync_local_roles(group, event=None):
    """The group's parties see its protocols; its secretary writes them."""
    taking_part = set(group.parties or [])
    for party in parties.PARTIES:
        if party.id in taking_part:
            group.manage_setLocalRoles(party.group_id, [parties.role_for_party(party)])
        elif group.get_local_roles_for_userid(party.group_id):
            group.manage_delLocalRoles([party.group_id])
    for user_id, roles in group.get_local_roles():
        if parties.ROLE_SECRETARY in roles and user_id != group.secretary:
            group.manage_delLocalRoles([user_id])
    if group.secretary:
        group.manage_setLocalRoles(group.secretary, SECRETARY_ROLES)
    group.reindexObjectSecurity()


def start_protocol(protocol, event):
    """A new protocol starts with the group's standing items and its secretary."""
    from kuf.samportal.content.protokoll import store_swedish_times

    group = aq_parent(protocol)
    store_swedish_times(protocol)
    protocol.update_title()
    if not protocol.secretary and getattr(group, "secretary", None):
        protocol.secretary = group.secretary
    protocol.update_people()
    if protocol.punkter() or getattr(protocol, "_v_kuf_imported", False):
        return  # an imported protocol brings its own items
    for heading in getattr(group, "standing_items", None) or []:
        # No add-permission check: the protocol's workflow may not have
        # set its permissions yet while it is being added.
        createContentInContainer(
            protocol, "Protokollspunkt", checkConstraints=False, heading=heading
        )


def protocol_modified(protocol, event):
    if IContainerModifiedEvent.providedBy(event):
        return  # items or bilagor changed, not the protocol's own fields
    from kuf.samportal.content.protokoll import store_swedish_times

    store_swedish_times(protocol)
    protocol.update_title()
    protocol.update_people()
    protocol.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])
