"""1000 -> 1001: protocols. New types, workflow and permissions; the FVG
folder becomes a Samverkansgrupp."""

from kuf.samportal.setuphandlers import ensure_fvg
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "typeinfo")
    setup.runImportStepFromProfile(PROFILE, "rolemap")
    setup.runImportStepFromProfile(PROFILE, "workflow")
    setup.runImportStepFromProfile(PROFILE, "plone.app.registry")
    setup.runAllImportStepsFromProfile("profile-collective.z3cform.datagridfield:default")
    ensure_fvg(api.portal.get()["samverkan"])
