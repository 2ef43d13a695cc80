"""1005 -> 1009 brings a site of the previous release to the meeting cycle."""

from datetime import date
from plone import api
from tests.setup.test_upgrades import PROFILE
from tests.setup.test_upgrades import metadata_version


NEW_TYPES = ("Arshjul", "Mote", "Fraga", "Handling", "Fragaformular")
NEW_WORKFLOWS = ("kuf_mote_workflow", "kuf_fraga_workflow", "kuf_fragaformular_workflow")
BEHAVIOR = "kuf.samportal.meetings.practice"


def as_at_1005(portal):
    """Take away what 1009 adds (types, workflows, index, behavior, forms)."""
    fvg = portal["samverkan"]["fvg"]
    api.content.delete(obj=fvg["anmal-fraga"])
    types = api.portal.get_tool("portal_types")
    types.manage_delObjects(list(NEW_TYPES))
    group_type = types["Samverkansgrupp"]
    group_type.behaviors = tuple(b for b in group_type.behaviors if b != BEHAVIOR)
    group_type.allowed_content_types = ("Protokoll", "Document", "File")
    workflows = api.portal.get_tool("portal_workflow")
    workflows.manage_delObjects(list(NEW_WORKFLOWS))
    api.portal.get_tool("portal_catalog").delIndex("kuf_motesdatum")
    portal.manage_permission("kuf.samportal: Add Mote", roles=[], acquire=True)


def test_upgrade_from_1005(portal, setup_tool):
    with api.env.adopt_roles(["Manager"]):
        as_at_1005(portal)
        setup_tool.setLastVersionForProfile(PROFILE, "1005")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    types = api.portal.get_tool("portal_types")
    assert set(NEW_TYPES) <= set(types.objectIds())
    assert BEHAVIOR in types["Samverkansgrupp"].behaviors
    assert {"Arshjul", "Mote", "Fragaformular"} <= set(
        types["Samverkansgrupp"].allowed_content_types
    )
    workflows = api.portal.get_tool("portal_workflow")
    assert workflows.getChainForPortalType("Mote") == ("kuf_mote_workflow",)
    assert workflows.getChainForPortalType("Fraga") == ("kuf_fraga_workflow",)
    assert workflows.getChainForPortalType("Handling") == ()
    assert "kuf_motesdatum" in api.portal.get_tool("portal_catalog").indexes()
    roles = {
        r["name"] for r in portal.rolesOfPermission("kuf.samportal: Add Mote") if r["selected"]
    }
    assert "KufSecretary" in roles
    # The existing group gets its form, which HR may change, and its practice.
    fvg = portal["samverkan"]["fvg"]
    form = fvg["anmal-fraga"]
    assert form.portal_type == "Fragaformular"
    assert api.content.get_state(form) == "oppet"
    assert "KufHR" in form.get_local_roles_for_userid("funktion-hr")
    assert (fvg.kallelse_days, fvg.question_deadline_days, fvg.justering_signing_days) == (7, 5, 7)
    # A meeting can be made in it now.
    with api.env.adopt_roles(["Manager"]):
        meeting = api.content.create(
            container=fvg, type="Mote", id="mote", meeting_date=date.today()
        )
    assert api.content.get_state(meeting) == "planerat"
    assert [r["heading"] for r in meeting.agenda_rows()][:2] == [
        "Föregående protokoll",
        "Godkännande av dagordning",
    ]


def test_upgrade_from_1014_indexes_the_protocols_meetings(svg_here):
    """A protocol made from its meeting before 1015 still finds the meeting;
    the navigation is two levels deep."""
    from kuf.samportal.meetings.protocol import meeting_of

    group, plan, meeting = svg_here
    setup_tool = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    with api.env.adopt_roles(["Manager"]):
        protocol = api.content.create(
            container=group, type="Protokoll", id="protokoll", meeting_date=date.today()
        )
        catalog.delIndex("kuf_mote_protokoll")
        meeting.protocol_uid = protocol.UID()  # linked before the index existed
        meeting.reindexObject()
    with api.env.adopt_user(username="sekreterare"):
        assert meeting_of(protocol) == meeting  # also before the upgrade
    with api.env.adopt_roles(["Manager"]):
        api.portal.set_registry_record("plone.navigation_depth", 3)  # Plone's default
        setup_tool.setLastVersionForProfile(PROFILE, "1014")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    assert len(catalog.unrestrictedSearchResults(kuf_mote_protokoll=protocol.UID())) == 1
    assert api.portal.get_registry_record("plone.navigation_depth") == 2
    with api.env.adopt_user(username="sekreterare"):
        assert meeting_of(protocol) == meeting
