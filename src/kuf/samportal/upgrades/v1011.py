"""1010 -> 1011: the rich-text editor for protocols: HTML only (no format
picker), a small toolbar, TinyMCE in Swedish."""

from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "plone.app.registry")
