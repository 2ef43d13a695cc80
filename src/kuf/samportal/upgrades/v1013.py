"""1010 -> 1013: the portal's look. The toolbar only for editing roles
(Show Toolbar), the personal menu's "Mina uppgifter", no dashboard action,
the footer's accessibility link to the portal's statement, no Contents tab on a
samverkansgrupp for non-administrators; Swedish time
(plone.portal_timezone)."""

from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("rolemap", "actions", "plone.app.registry"):
        setup.runImportStepFromProfile(PROFILE, step)
