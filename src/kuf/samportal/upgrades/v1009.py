"""1005 -> 1009: the meeting cycle. Arshjul, Mote, Fraga, Handling and the
question form type with their workflows and permissions, the group's meeting
practice (a behavior), the meetings' date index, and the form "Anmäl fråga
till mötet" in every existing samverkansgrupp."""

from kuf.samportal.meetings.form import ensure_question_form
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "rolemap", "workflow", "catalog", "plone.app.registry"):
        setup.runImportStepFromProfile(PROFILE, step)
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["kuf_motesdatum"])
    for brain in catalog.unrestrictedSearchResults(portal_type="Samverkansgrupp"):
        ensure_question_form(brain._unrestrictedGetObject())
