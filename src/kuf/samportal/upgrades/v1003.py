"""1002 -> 1003: the handbook's Rutin and Stodmaterial, versioned; version
permissions for HR, the secretaries and (reading) every employee."""

from kuf.samportal.setuphandlers import HANDBOOK_VIEW
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "rolemap", "repositorytool", "plone.app.registry"):
        setup.runImportStepFromProfile(PROFILE, step)
    api.portal.get()["arbetsmiljohandbok"].setLayout(HANDBOOK_VIEW)
