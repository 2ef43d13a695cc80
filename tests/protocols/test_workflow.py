"""kuf_protokoll_workflow: guards, who may transition, retract reasons, finalize."""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from kuf.samportal.signatures import writable_signatures
from kuf.samportal.signing import content_fingerprint
from kuf.samportal.workflow.guards import system_transition
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
import pytest
from zope.i18n import translate


@pytest.fixture
def fvg(demo):
    return demo["samverkan"]["fvg"]


def transitions_for(user_id, obj):
    with api.env.adopt_user(username=user_id):
        workflow = api.portal.get_tool("portal_workflow")
        return {t["id"] for t in workflow.getTransitionsFor(obj)}


def do(obj, transition, **kwargs):
    """The workflow tool itself, whose errors carry our message (plone.api rewords them)."""
    return api.portal.get_tool("portal_workflow").doActionFor(obj, transition, **kwargs)


def swedish(messages):
    request = api.portal.get().REQUEST
    request["LANGUAGE"] = "sv"
    return [translate(message, target_language="sv") for message in messages]


def test_a_protocol_starts_as_draft(fvg, make_protocol):
    assert api.content.get_state(make_protocol(fvg)) == "draft"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"sent_out": None},
            "Ange datum för utskick, sista dag för synpunkter och signeringsdag.",
        ),
        ({"justerare": []}, "Ange minst en justerare."),
        (
            {
                "comment_deadline": datetime(2020, 1, 1, 12, 0),
                "sent_out": date(2019, 12, 30),
                "signing_date": date(2020, 1, 3),
            },
            "Sista dag för synpunkter har redan passerat.",
        ),
        (
            {"sent_out": date.today() + timedelta(days=9)},
            "Sista dag för synpunkter kan inte ligga före datumet då protokollet skickas ut.",
        ),
        (
            {"signing_date": date.today() + timedelta(days=1)},
            "Signeringsdagen kan inte ligga före sista dag för synpunkter.",
        ),
    ],
    ids=["no-dates", "no-justerare", "deadline-passed", "deadline-before-send", "sign-early"],
)
def test_send_to_justering_says_what_is_missing(fvg, make_protocol, fields, expected):
    protocol = make_protocol(fvg, **fields)
    assert expected in swedish(protocol.send_to_justering_blockers())
    assert "send_to_justering" not in transitions_for("sekreterare", protocol)
    with api.env.adopt_user(username="sekreterare"), pytest.raises(WorkflowException):
        do(protocol, "send_to_justering")
    assert api.content.get_state(protocol) == "draft"


def test_a_ready_protocol_has_no_blockers(fvg, make_protocol):
    assert make_protocol(fvg).send_to_justering_blockers() == []


@pytest.mark.parametrize(
    ("user_id", "may_send"),
    [
        ("sekreterare", True),
        ("arbetsgivare", True),
        ("saco", False),
        ("hr", False),
        ("medarbetare", False),
    ],
)
def test_who_may_send_to_justering(fvg, make_protocol, user_id, may_send):
    protocol = make_protocol(fvg)
    assert ("send_to_justering" in transitions_for(user_id, protocol)) is may_send


def test_employer_representative_sends_to_justering(fvg, make_protocol):
    protocol = make_protocol(fvg)
    with api.env.adopt_user(username="arbetsgivare"):
        api.content.transition(obj=protocol, transition="send_to_justering")
    assert api.content.get_state(protocol) == "justering"


def test_employer_of_another_group_may_not_send(demo, make_group, make_protocol):
    """The employer role comes from taking part in the group, not from the party alone."""
    group = make_group(demo["samverkan"], ["dik", "vision"])
    protocol = make_protocol(group, justerare=["dik"])
    assert "send_to_justering" not in transitions_for("arbetsgivare", protocol)


def test_retract_needs_a_reason_kept_in_the_history(fvg, make_protocol):
    protocol = make_protocol(fvg)
    with api.env.adopt_user(username="sekreterare"):
        api.content.transition(obj=protocol, transition="send_to_justering")
        with pytest.raises(WorkflowException) as refused:
            do(protocol, "retract")
        assert "Ange varför protokollet dras tillbaka" in str(refused.value)
        assert api.content.get_state(protocol) == "justering"
        api.content.transition(
            obj=protocol, transition="retract", comment="Fel datum för nästa möte."
        )
    assert api.content.get_state(protocol) == "draft"
    history = api.portal.get_tool("portal_workflow").getInfoFor(protocol, "review_history")
    assert history[-1]["action"] == "retract"
    assert history[-1]["comments"] == "Fel datum för nästa möte."
    assert history[-1]["actor"] == "sekreterare"


@pytest.mark.parametrize("user_id", ["arbetsgivare", "saco", "medarbetare"])
def test_only_the_secretary_retracts(fvg, make_protocol, user_id):
    protocol = make_protocol(fvg)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    assert "retract" not in transitions_for(user_id, protocol)
    assert "retract" in transitions_for("sekreterare", protocol)


def signature(protocol):
    """A signature as the signing provider gives it, on the current content."""
    return {"signed_at": "2026-01-01T10:00:00+01:00", "fingerprint": content_fingerprint(protocol)}


def sign_all(protocol):
    store = writable_signatures(protocol)
    for user_id in protocol.justerare:
        store[user_id] = signature(protocol)


def test_nobody_finalizes_by_hand(fvg, make_protocol):
    protocol = make_protocol(fvg, justerare=["arbetsgivare", "saco"])
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    sign_all(protocol)
    for user_id in ("sekreterare", "arbetsgivare", "saco"):
        assert "finalize" not in transitions_for(user_id, protocol)
    with api.env.adopt_roles(["Manager"]), pytest.raises(WorkflowException):
        do(protocol, "finalize")


def test_the_system_finalizes_only_when_everyone_has_signed(fvg, make_protocol):
    protocol = make_protocol(fvg, justerare=["arbetsgivare", "saco"])
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    writable_signatures(protocol)["arbetsgivare"] = signature(protocol)
    with system_transition(), pytest.raises(WorkflowException):
        do(protocol, "finalize")
    sign_all(protocol)
    with system_transition():
        api.content.transition(obj=protocol, transition="finalize")
    assert api.content.get_state(protocol) == "signed"


@pytest.fixture
def signed(fvg, make_protocol):
    protocol = make_protocol(fvg, justerare=["arbetsgivare"])
    with api.env.adopt_roles(["Manager"]):
        api.content.create(container=protocol, type="Bilaga", title="Bilaga", file=None)
        api.content.transition(obj=protocol, transition="send_to_justering")
    sign_all(protocol)
    with system_transition():
        api.content.transition(obj=protocol, transition="finalize")
    return protocol


@pytest.mark.parametrize(
    "permission",
    [
        "Modify portal content",
        "Delete objects",
        "Add portal content",
        "kuf.samportal: Add Protokollspunkt",
        "kuf.samportal: Add Bilaga",
    ],
)
@pytest.mark.parametrize("roles", [["Manager"], ["Site Administrator"], ["KufSecretary"]])
def test_signed_protocols_are_read_only_for_everyone(signed, permission, roles):
    objects = [signed, signed.punkter()[0], signed.bilagor()[0]]
    with api.env.adopt_roles(roles):
        for obj in objects:
            assert not api.user.has_permission(permission, obj=obj), (obj, permission, roles)


def test_signed_protocol_keeps_its_state_when_time_passes(signed):
    assert transitions_for("sekreterare", signed) == set()
    assert api.content.get_state(signed) == "signed"
    assert signed.meeting_date == date.today()
    assert signed.start_time == time(9, 0)
