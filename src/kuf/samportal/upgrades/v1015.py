"""1014 -> 1015: a protocol finds its meeting by an index of the meetings'
protocol links (issue 13: a protocol's page no longer wakes every object of
its group)."""

from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    api.portal.get_tool("portal_setup").runImportStepFromProfile(PROFILE, "catalog")
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=["kuf_mote_protokoll"])
