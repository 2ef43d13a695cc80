"""1003 -> 1004: the yearly follow-up of SAM and aktiva åtgärder: types,
workflows, roles, the roll-up index, and this year's default templates."""

from kuf.samportal.setuphandlers import ensure_default_checklists
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "rolemap", "workflow", "catalog"):
        setup.runImportStepFromProfile(PROFILE, step)
    ensure_default_checklists(api.portal.get()["uppfoljning"])
