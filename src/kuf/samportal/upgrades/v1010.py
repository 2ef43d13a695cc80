"""1005 -> 1010: identity. The OIDC plugin in acl_users, the registry record
of the group mapping, the control panel, the secret for personal numbers."""

from kuf.samportal.identity.setup import install
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("plone.app.registry", "controlpanel"):
        setup.runImportStepFromProfile(PROFILE, step)
    install()
