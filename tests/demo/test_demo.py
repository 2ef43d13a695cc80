"""The demo step: users with their groups, content, and idempotence."""

from kuf.samportal.demo.users import DEMO_USERS
from plone import api
import pytest
import transaction


EXPECTED_IDS = {
    "sekreterare",
    "arbetsgivare",
    "hr",
    "saco",
    "vision",
    "dik",
    "kommunal",
    "sveriges-larare",
    "ssr",
    "ledarna",
    "chef",
    "skyddsombud",
    "medarbetare",
    # The yearly follow-up: the administration's and the library's people.
    "forvaltningschef",
    "bibliotekschef",
    "huvudskyddsombud",
}


def test_demo_user_ids_are_the_contract():
    assert {u.id for u in DEMO_USERS} == EXPECTED_IDS


@pytest.mark.parametrize(
    ("user_id", "group_id"),
    [
        ("sekreterare", "funktion-sekreterare"),
        ("arbetsgivare", "part-arbetsgivaren"),
        ("hr", "funktion-hr"),
        ("saco", "part-saco"),
        ("vision", "part-vision"),
        ("dik", "part-dik"),
        ("kommunal", "part-kommunal"),
        ("sveriges-larare", "part-sveriges-larare"),
        ("ssr", "part-ssr"),
        ("ledarna", "part-ledarna"),
        ("chef", "funktion-chefer"),
        ("skyddsombud", "funktion-skyddsombud"),
    ],
)
def test_demo_users_are_members_of_their_group(demo_portal, user_id, group_id):
    user = api.user.get(userid=user_id)
    assert group_id in user.getGroups()


def test_ordinary_employee_is_in_no_group(demo_portal):
    groups = set(api.user.get(userid="medarbetare").getGroups()) - {"AuthenticatedUsers"}
    assert groups == set()


def test_demo_password_works(demo_portal):
    acl = demo_portal.acl_users
    assert acl.authenticate("medarbetare", "samverkan", demo_portal.REQUEST) is not None
    assert acl.authenticate("medarbetare", "fel", demo_portal.REQUEST) is None


def test_demo_password_from_environment(functional_portal, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "annat-losen")
    with api.env.adopt_roles(["Manager"]):
        functional_portal.portal_setup.runAllImportStepsFromProfile("profile-kuf.samportal:demo")
    acl = functional_portal.acl_users
    assert acl.authenticate("hr", "annat-losen", functional_portal.REQUEST) is not None


def test_demo_content_is_published(demo_portal):
    plan = demo_portal["samverkan"]["fvg"]["arshjul-2025"]
    assert plan.portal_type == "Arshjul"
    assert api.content.get_state(plan) == "published"
    assert "2025-05-20" in {row["date"].isoformat() for row in plan.meetings}


def test_demo_step_is_idempotent_and_keeps_changes(demo_portal):
    page = demo_portal["samverkan"]["fvg"]["arshjul-2025"]
    page.title = "Årshjul 2025 (ändrad)"
    api.user.get(userid="saco").setMemberProperties({"fullname": "Ändrat Namn"})
    users_before = len(api.user.get_users())
    transaction.commit()
    with api.env.adopt_roles(["Manager"]):
        demo_portal.portal_setup.runAllImportStepsFromProfile("profile-kuf.samportal:demo")
    assert len(api.user.get_users()) == users_before
    assert demo_portal["samverkan"]["fvg"]["arshjul-2025"].title == "Årshjul 2025 (ändrad)"
    assert api.user.get(userid="saco").getProperty("fullname") == "Ändrat Namn"
    fvg_ids = list(demo_portal["samverkan"]["fvg"].objectIds())
    assert fvg_ids == list(dict.fromkeys(fvg_ids))
    assert {"anmal-fraga", "arshjul-2025", "protokoll-2025-01-13"} <= set(fvg_ids)
    assert {"protokoll-pagaende-justering", "mote-2025-01-13"} <= set(fvg_ids)
    # Ten meetings per årshjul (2025 and its copies up to this year), made once.
    plans = [i for i in fvg_ids if i.startswith("arshjul-")]
    assert len(plans) >= 2
    assert len([i for i in fvg_ids if i.startswith("mote-")]) == 10 * len(plans)


def test_demo_signed_protocol_follows_the_seed(demo_portal):
    protocol = demo_portal["samverkan"]["fvg"]["protokoll-2025-01-13"]
    assert api.content.get_state(protocol) == "signed"
    assert protocol.Title() == "Protokoll FVG 2025-01-13"
    main_items = [item for item in protocol.punkter() if not item.letter]
    assert [item.number for item in main_items] == list(range(1, 13))
    assert [item.label() for item in protocol.punkter() if item.number == 10] == [
        "10",
        "10 a",
        "10 b",
        "10 c",
        "10 d",
        "10 e",
    ]
    assert len(protocol.present) == 10
    assert len(protocol.absent) == 3
    assert [bilaga.label() for bilaga in protocol.bilagor()] == [
        "Bilaga 1",
        "Bilaga 2",
        "Bilaga 3",
    ]
    assert protocol.bilagor()[0].file.data.startswith(b"%PDF-")


def test_demo_protocol_in_justering_has_a_future_deadline(demo_portal):
    from datetime import datetime
    from kuf.samportal.content.protokoll import TIMEZONE

    protocol = demo_portal["samverkan"]["fvg"]["protokoll-pagaende-justering"]
    assert api.content.get_state(protocol) == "justering"
    assert protocol.schedule().comment_deadline > datetime.now(TIMEZONE)
    assert set(protocol.justerare) >= {"arbetsgivare", "saco", "vision"}
    assert len(protocol.punkter()) == 12
    assert [s.author_name for s in protocol.synpunkter()] == ["Karin Nyström"]
