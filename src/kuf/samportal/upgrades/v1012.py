"""1010 -> 1012: justering in the portal's own pages.

- Synpunkter: the sharing page ("Delning") is for administrators only (the
  synpunkt workflow now manages "Sharing page: Delegate roles").
- Comment deadlines of protocols being written or in justering are stored
  aware on Stockholm's clock. A naive stored value was shown as Swedish
  time and keeps that meaning; an aware one (from a REST create) keeps its
  instant. Signed and archived protocols are records and are not touched
  (a naive value there is read as Swedish time, as it always was shown).
"""

from kuf.samportal.content.protokoll import store_swedish_times
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile(PROFILE, "workflow")
    workflow_tool = api.portal.get_tool("portal_workflow")
    workflow = workflow_tool.getWorkflowById("kuf_synpunkt_workflow")
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Synpunkt"):
        synpunkt = brain._unrestrictedGetObject()
        if workflow.updateRoleMappingsFor(synpunkt):
            synpunkt.reindexObjectSecurity()
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Protokoll", review_state=("draft", "justering")
    ):
        store_swedish_times(brain._unrestrictedGetObject())
