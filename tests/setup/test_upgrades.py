"""Upgrade steps: none missing, none dangling."""

import kuf.samportal
from pathlib import Path
import re


PROFILE = "kuf.samportal:default"


def metadata_version():
    metadata = Path(kuf.samportal.__file__).parent / "profiles/default/metadata.xml"
    return re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)


def test_installed_profile_is_at_metadata_version(setup_tool):
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)


def test_no_pending_upgrades_after_install(setup_tool):
    assert setup_tool.listUpgrades(PROFILE) == []


def test_no_dangling_upgrade_steps(setup_tool):
    """Every step leads, one after another, from 1000 to the metadata version."""
    steps = setup_tool.listUpgrades(PROFILE, show_old=True)
    flat = []
    for step in steps:
        flat.extend(step if isinstance(step, list) else [step])
    target = int(metadata_version())
    version = 1000
    for step in sorted(flat, key=lambda s: int(s["sdest"])):
        assert int(step["ssource"]) == version, f"gap before step {step['title']}"
        version = int(step["sdest"])
    assert version == target


def test_upgrade_1001_turns_the_fvg_folder_into_a_samverkansgrupp(portal, setup_tool):
    """A site installed at 1000 had the FVG as a plain folder with content."""
    from plone import api
    from Products.CMFPlone.interfaces.constrains import DISABLED
    from Products.CMFPlone.interfaces.constrains import ISelectableConstrainTypes

    samverkan = portal["samverkan"]
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=samverkan["fvg"])
        # A 1000 site had no constraints on its sections (1014 sets them).
        ISelectableConstrainTypes(samverkan).setConstrainTypesMode(DISABLED)
        folder = api.content.create(container=samverkan, type="Folder", id="fvg", title="FVG")
        api.content.create(container=folder, type="Document", id="arshjul-2025", title="Årshjul")
        displayed = api.portal.get_registry_record("plone.displayed_types")
        api.portal.set_registry_record(
            "plone.displayed_types", tuple(t for t in displayed if t != "Protokoll")
        )
        setup_tool.setLastVersionForProfile(PROFILE, "1000")
        setup_tool.upgradeProfile(PROFILE)
    fvg = samverkan["fvg"]
    assert fvg.portal_type == "Samverkansgrupp"
    assert sorted(fvg.objectIds()) == ["anmal-fraga", "arshjul-2025"]  # the form: 1009
    assert "fvg-folder" not in samverkan.objectIds()
    assert fvg.get_local_roles_for_userid("part-saco") == ("KufPartyRepresentative",)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    assert "Protokoll" in api.portal.get_registry_record("plone.displayed_types")


def test_upgrades_1004_and_1005_bring_a_1003_site_up(portal, setup_tool):
    """The follow-up's templates and the agreements' section are made again."""
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        folder = portal["uppfoljning"]
        api.content.delete(objects=list(folder.objectValues()))
        portal["avtal"].setLayout("listing_view")
        portal["avtal"].manage_delLocalRoles(["part-saco", "funktion-chefer"])
        setup_tool.setLastVersionForProfile(PROFILE, "1003")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    kinds = sorted(c.kind for c in folder.objectValues() if c.portal_type == "Checklista")
    assert kinds == ["aktiva_atgarder", "sam"]
    assert portal["avtal"].getLayout() == "avtal-oversikt"
    assert "KufStatisticsReader" in portal["avtal"].get_local_roles_for_userid("part-saco")
    types = api.portal.get_tool("portal_types")
    for name in ("Organisationsenhet", "Uppfoljning", "Leverantorsavtal", "Avvikelse", "EasyForm"):
        assert name in types.objectIds()


def test_upgrade_1006_seals_records_and_keeps_submissions(demo, setup_tool):
    """A 1005 site: records unsealed, no submission history, versions readable
    by any employee whatever the state."""
    from kuf.samportal.records.seal import is_sealed
    from kuf.samportal.records.seal import unseal
    from plone import api

    protocol = demo["samverkan"]["fvg"]["protokoll-2025-01-13"]
    submitted = [
        brain._unrestrictedGetObject()
        for brain in api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
            portal_type="Uppfoljning", review_state="inlamnad"
        )
    ]
    with api.env.adopt_roles(["Manager"]):
        unseal(protocol)
        for followup in submitted:
            followup.submissions = ()
        setup_tool.setLastVersionForProfile(PROFILE, "1005")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    # The import steps leave the objects fetched before them stale: look again.
    catalog = api.portal.get_tool("portal_catalog")
    protocol = catalog.unrestrictedSearchResults(UID=protocol.UID())[0]._unrestrictedGetObject()
    assert is_sealed(protocol)
    assert all(is_sealed(child) for child in protocol.objectValues())
    submitted = [
        catalog.unrestrictedSearchResults(UID=f.UID())[0]._unrestrictedGetObject()
        for f in submitted
    ]
    assert submitted
    assert all(len(followup.submissions) == 1 for followup in submitted)
    assert submitted[0].submissions[0]["answers"] == {
        qid: dict(answer) for qid, answer in submitted[0].answers.items()
    }
    routine = catalog.unrestrictedSearchResults(portal_type="Rutin")[0]._unrestrictedGetObject()
    versions = "CMFEditions: Access previous versions"
    assert api.user.has_permission(versions, username="medarbetare", obj=routine)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=routine, transition="retract")
    assert not api.user.has_permission(versions, username="medarbetare", obj=routine)
    assert api.user.has_permission(versions, username="hr", obj=routine)


def test_upgrade_1010_brings_identity_to_a_1005_site(portal, setup_tool):
    """The OIDC plugin, the mapping's registry record, the control panel and
    the secret for personal numbers arrive on a site installed at 1005."""
    from kuf.samportal.identity import oidc
    from kuf.samportal.identity.personal_numbers import SECRET_KEY
    from plone import api
    from Products.PluggableAuthService.interfaces.plugins import IChallengePlugin
    from zope.annotation.interfaces import IAnnotations

    registry = api.portal.get_tool("portal_registry")
    controlpanel = api.portal.get_tool("portal_controlpanel")
    with api.env.adopt_roles(["Manager"]):
        oidc.remove_plugin()
        del registry.records["kuf.samportal.identity.group_mapping"]
        controlpanel.unregisterConfiglet("kuf-identitet")
        del IAnnotations(portal)[SECRET_KEY]
        setup_tool.setLastVersionForProfile(PROFILE, "1005")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    plugin = oidc.get_plugin()
    assert isinstance(plugin, oidc.KufOIDCPlugin)
    pas = api.portal.get_tool("acl_users")
    assert pas.plugins.listPluginIds(IChallengePlugin)[0] == "oidc"
    assert api.portal.get_registry_record("kuf.samportal.identity.group_mapping") == []
    assert "kuf-identitet" in [action.id for action in controlpanel.listActions()]
    assert len(IAnnotations(portal)[SECRET_KEY]) == 32
