"""1005 -> 1008: protocols from Word and PDF. The state ``arkiverat``
(justerat outside the portal) and its transition in kuf_protokoll_workflow
(existing protocols keep their states: a state is added, none is changed),
the catalog index of an imported original's SHA-256, and the import action
on the samverkansgrupper."""

from plone import api


PROFILE = "profile-kuf.samportal:default"
INDEX = "kuf_original_sha256"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("workflow", "catalog", "actions"):
        setup.runImportStepFromProfile(PROFILE, step)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Protokoll"):
        brain._unrestrictedGetObject().reindexObject(idxs=[INDEX])
