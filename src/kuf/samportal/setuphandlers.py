"""Install and uninstall handlers of the default profile."""

import datetime
from kuf.samportal import parties
from kuf.samportal.agreements import statistics_readers
from kuf.samportal.followup import create_checklist
from kuf.samportal.followup_questions import DEFAULT_TEMPLATES
from kuf.samportal.identity.setup import install as install_identity
from kuf.samportal.identity.setup import uninstall as uninstall_identity
from kuf.samportal.inputguard import loginguard
from kuf.samportal.structure import FVG
from kuf.samportal.structure import FVG_ID
from kuf.samportal.structure import SECTIONS
from plone import api
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


START_PAGE_VIEW = "startsida"
HANDBOOK_VIEW = "handbok"
AGREEMENTS_VIEW = "avtal-oversikt"


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        """Only the default profile is offered in the add-on control panel."""
        return ["kuf.samportal:uninstall", "kuf.samportal:demo"]


def post_install(context):
    """Create groups, sections and the start page (idempotent)."""
    portal = api.portal.get()
    ensure_groups()
    for section in SECTIONS:
        ensure_folder(portal, section)
    constrain_sections(portal)
    ensure_fvg(portal["samverkan"])
    ensure_default_checklists(portal["uppfoljning"])
    ensure_agreements_section(portal["avtal"])
    portal["arbetsmiljohandbok"].setLayout(HANDBOOK_VIEW)
    portal.setLayout(START_PAGE_VIEW)
    loginguard.install(portal)
    install_identity()
    # rolemap.xml took View on the site root from Anonymous: the catalog
    # must learn it for the root and for everything that acquires it.
    reindex_security(portal)


def uninstall(context):
    """Give the site root its default view back; content and groups stay."""
    portal = api.portal.get()
    if portal.getLayout() == START_PAGE_VIEW:
        portal.setLayout("listing_view")
    loginguard.uninstall(portal)
    uninstall_identity()
    reindex_security(portal)


def ensure_default_checklists(folder, year=None):
    """This year's templates with the questions of the seeds, as drafts for
    HR; later years are copies that HR edits through the web."""
    year = year or datetime.date.today().year
    existing = {obj.kind for obj in folder.objectValues() if obj.portal_type == "Checklista"}
    for template in DEFAULT_TEMPLATES:
        if template["kind"] in existing:
            continue
        with api.env.adopt_roles(["Manager"]):
            create_checklist(
                folder, template["kind"], year, template["scale"], template["questions"]
            )


def ensure_agreements_section(folder):
    """The agreements' landing page, and who reads usage statistics there."""
    folder.setLayout(AGREEMENTS_VIEW)
    for principal in statistics_readers():
        roles = set(folder.get_local_roles_for_userid(principal))
        folder.manage_setLocalRoles(principal, sorted(roles | {parties.ROLE_STATISTICS_READER}))
    folder.reindexObjectSecurity()


def reindex_security(portal):
    """reindexObjectSecurity skips the site root itself, so index it too."""
    portal.reindexObjectSecurity()
    portal.reindexObject(idxs=["allowedRolesAndUsers"])


def ensure_groups():
    for party in parties.PARTIES:
        ensure_group(party.group_id, party.title, f"Part i samverkan: {party.title}")
    for group in parties.FUNCTIONAL_GROUPS:
        ensure_group(group.group_id, group.title, group.description)


def ensure_group(group_id, title, description):
    if api.group.get(groupname=group_id) is None:
        api.group.create(groupname=group_id, title=title, description=description)


def ensure_folder(container, section):
    """A published folder for a section, with its editors' local roles."""
    if section.id not in container.objectIds():
        api.content.create(
            container=container,
            type="Folder",
            id=section.id,
            title=section.title,
            description=section.description,
        )
    folder = container[section.id]
    if api.content.get_state(folder) != "published":
        api.content.transition(obj=folder, transition="publish")
    by_id = {group.id: group for group in parties.FUNCTIONAL_GROUPS}
    for editor in section.editors:
        group = by_id[editor]
        folder.manage_setLocalRoles(group.group_id, [group.role])
    folder.reindexObjectSecurity()
    return folder


def constrain_sections(portal):
    """Each section's add menu (and REST ``@types``) offers only the types
    that belong there (structure.SECTIONS ``addable``)."""
    from Products.CMFPlone.interfaces.constrains import ENABLED
    from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes

    for section in SECTIONS:
        folder = portal.get(section.id)
        if folder is None or not section.addable:
            continue
        constraints = ISelectableConstrainTypes(folder)
        # The setters check the types against what the user may add.
        with api.env.adopt_roles(["Manager"]):
            constraints.setConstrainTypesMode(ENABLED)
            constraints.setLocallyAllowedTypes(list(section.addable))
            constraints.setImmediatelyAddableTypes(list(section.addable))


def ensure_fvg(samverkan):
    """The förvaltningsgrupp as a published Samverkansgrupp with every party.

    Version 1000 made it a Folder: its content moves into the group.
    """
    existing = samverkan.get(FVG_ID)
    if existing is not None and existing.portal_type == "Samverkansgrupp":
        return existing
    if existing is not None:
        api.content.rename(obj=existing, new_id=f"{FVG_ID}-folder")
    group = api.content.create(
        container=samverkan,
        type="Samverkansgrupp",
        id=FVG_ID,
        parties=[party.id for party in parties.PARTIES],
        **FVG,
    )
    api.content.transition(obj=group, transition="publish")
    if existing is not None:
        for child in list(existing.objectValues()):
            api.content.move(source=child, target=group)
        api.content.delete(obj=existing)
    return group
