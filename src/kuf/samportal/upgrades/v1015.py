"""1014 -> 1015 (issue 13, speed): a protocol finds its meeting by an index
of the meetings' protocol links (its page no longer wakes every object of
its group); the global navigation goes two levels deep (not every
protocol of every group in the menu)."""

from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    api.portal.get_tool("portal_setup").runImportStepFromProfile(PROFILE, "catalog")
    api.portal.get_tool("portal_catalog").manage_reindexIndex(ids=["kuf_mote_protokoll"])
    api.portal.set_registry_record("plone.navigation_depth", 2)
