"""1001 -> 1002: the justering round. Synpunkt type and workflow, signing
permissions; existing protocols get the new permission mappings."""

from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "rolemap", "workflow"):
        setup.runImportStepFromProfile(PROFILE, step)
    api.portal.get_tool("portal_workflow").updateRoleMappings()
