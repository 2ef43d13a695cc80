"""Upgrade 1005 -> 1008 on a site: the state arkiverat is added, existing
protocols keep their states, the index and the import action arrive."""

from kuf.samportal.demo.protocols import import_as_signed
from plone import api
from tests.setup.test_upgrades import metadata_version


PROFILE = "kuf.samportal:default"


def as_before_1008(portal):
    """Take away what 1008 adds (a site installed at 1005 did not have it)."""
    workflow = api.portal.get_tool("portal_workflow")["kuf_protokoll_workflow"]
    workflow.states.deleteStates(["arkiverat"])
    workflow.transitions.deleteTransitions(["archive"])
    workflow.states["draft"].transitions = ("send_to_justering",)
    catalog = api.portal.get_tool("portal_catalog")
    catalog.delIndex("kuf_original_sha256")
    api.portal.get_tool("portal_actions")["object"].manage_delObjects(["kuf_import_protocol"])


def test_upgrade_from_1005(portal, setup_tool, make_group, make_protocol):
    with api.env.adopt_roles(["Manager"]):
        group = make_group(portal["samverkan"], ["arbetsgivaren", "dik"])
        draft = make_protocol(group, id="utkast", justerare=[])
        sent = make_protocol(group, id="skickat")
        api.content.transition(obj=sent, transition="send_to_justering")
        signed = make_protocol(group, id="signerat", justerare=[])
        import_as_signed(signed, signed.meeting_date)
        as_before_1008(portal)
        setup_tool.setLastVersionForProfile(PROFILE, "1005")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    workflow = api.portal.get_tool("portal_workflow")["kuf_protokoll_workflow"]
    assert "arkiverat" in workflow.states.objectIds()
    assert "archive" in workflow.states["draft"].transitions
    assert api.content.get_state(draft) == "draft"
    assert api.content.get_state(sent) == "justering"
    assert api.content.get_state(signed) == "signed"
    assert "kuf_original_sha256" in api.portal.get_tool("portal_catalog").indexes()
    assert "kuf_import_protocol" in api.portal.get_tool("portal_actions")["object"].objectIds()
    arkiverat = workflow.states["arkiverat"]
    signed_state = workflow.states["signed"]
    for permission in signed_state.permissions:
        assert arkiverat.getPermissionInfo(permission) == signed_state.getPermissionInfo(permission)
