"""The 1005 -> 1007 upgrade: the login throttle is installed first among the
authenticators, and usage rows the figures cannot count are dropped."""

from kuf.samportal.inputguard import loginguard
from plone import api
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from tests.setup.test_upgrades import metadata_version


PROFILE = "kuf.samportal:default"


def test_upgrade_from_1005(demo):
    setup_tool = api.portal.get_tool("portal_setup")
    acl_users = demo.acl_users
    feelgood = demo["avtal"]["feelgood"]
    with api.env.adopt_roles(["Manager"]):
        loginguard.uninstall(demo)
        feelgood.usage[2030] = (
            (1, "Bibliotek", "främjande", "grupp", "Handledning", 100.0, 1),
            (2, "Bibliotek", "främjande", "grupp", "Handledning", float("nan"), 1),
        )
        setup_tool.setLastVersionForProfile(PROFILE, "1005")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    first = acl_users.plugins.listPlugins(IAuthenticationPlugin)[0][0]
    assert first == loginguard.PLUGIN_ID
    assert [row[5] for row in feelgood.usage[2030]] == [100.0]
    assert len(feelgood.usage[2025]) > 400  # good years are untouched
