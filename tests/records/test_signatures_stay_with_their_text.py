"""Issue 11, finding 1: a copy (REST @copy, Classic copy/paste) never carries
the original's signatures, record or synpunkter, and finalizing re-checks
every signature's fingerprint against the content."""

import html
from kuf.samportal.signatures import signatures
from kuf.samportal.signatures import writable_signatures
from plone import api
import pytest
import re
from tests.helpers import rest_url as rest
import transaction


@pytest.fixture
def justerare():
    return ["arbetsgivare", "saco"]


@pytest.fixture
def half_signed(in_justering, http):
    """The protocol in justering, signed by the employer, with a synpunkt."""
    assert http("arbetsgivare").post(rest(in_justering, "/@sign")).status_code == 200
    comment = http("saco").post(rest(in_justering, "/@synpunkter"), json={"text": "En synpunkt"})
    assert comment.status_code == 201
    transaction.begin()
    return in_justering


def group_of(protocol):
    return protocol.aq_parent


def copy_over_rest(http, protocol):
    response = http("sekreterare").post(
        rest(group_of(protocol), "/@copy"), json={"source": protocol.absolute_url()}
    )
    assert response.status_code == 200, response.text
    transaction.begin()
    new_id = response.json()[0]["target"].rsplit("/", 1)[-1]
    return group_of(protocol)[new_id]


def test_a_copy_over_rest_is_a_draft_without_signatures_or_synpunkter(half_signed, http):
    copy = copy_over_rest(http, half_signed)
    assert api.content.get_state(copy) == "draft"
    assert signatures(copy) == {}
    assert copy.synpunkter() == []
    assert getattr(copy, "record_pdf", None) is None
    history = [entry["action"] for entry in copy.workflow_history["kuf_protokoll_workflow"]]
    assert "send_to_justering" not in history
    # The original keeps what it had.
    assert set(signatures(half_signed)) == {"arbetsgivare"}
    assert len(half_signed.synpunkter()) == 1


def test_the_attack_through_a_copy_does_not_make_a_record(half_signed, http):
    """Copy, change, send to justering, let the others sign: the employer
    never signed the copy, so it is not signed."""
    copy = copy_over_rest(http, half_signed)
    secretary = http("sekreterare")
    assert secretary.patch(rest(copy), json={"place": "Ett annat rum"}).status_code == 204
    sent = secretary.post(rest(copy, "/@workflow/send_to_justering"))
    assert sent.status_code == 200, sent.text
    signed = http("saco").post(rest(copy, "/@sign"))
    assert signed.status_code == 200
    status = {row["user_id"]: row["signed"] for row in signed.json()["justerare"]}
    assert status == {"arbetsgivare": False, "saco": True}
    assert signed.json()["review_state"] == "justering"


def action_link(session, url, action):
    """The href of a Classic action link (with its CSRF token) on a page."""
    page = session.get(url)
    found = re.search(rf'href="([^"]*/{action}\?_authenticator=[^"]+)"', page.text)
    assert found, f"no {action} link on {url}"
    return html.unescape(found.group(1))


def test_classic_copy_and_paste_carries_no_signatures(half_signed, http):
    session = http("sekreterare")
    session.headers["Accept"] = "text/html"
    copied = session.get(action_link(session, half_signed.absolute_url(), "object_copy"))
    assert copied.status_code == 200
    assert session.cookies.get("__cp")
    group_url = group_of(half_signed).absolute_url()
    # The group page offers no paste to the secretary (issue 17), but the
    # route is there for anyone who writes the URL: it must carry nothing.
    token = action_link(session, half_signed.absolute_url(), "object_copy").split("=", 1)[1]
    pasted = session.get(f"{group_url}/object_paste?_authenticator={token}")
    assert pasted.status_code == 200
    transaction.begin()
    copies = [pid for pid in group_of(half_signed).objectIds() if pid.startswith("copy")]
    assert copies, group_of(half_signed).objectIds()
    copy = group_of(half_signed)[copies[0]]
    assert signatures(copy) == {}
    assert copy.synpunkter() == []


def test_a_synpunkt_cannot_be_copied_on_its_own(half_signed, http):
    synpunkt = half_signed.synpunkter()[0]
    response = http("sekreterare").post(
        rest(half_signed, "/@copy"), json={"source": synpunkt.absolute_url()}
    )
    assert response.status_code in (400, 403), response.text
    transaction.begin()
    assert len(half_signed.synpunkter()) == 1


def test_finalizing_rechecks_every_fingerprint(half_signed, http):
    """A signature given on other content (a route that sent no event) is
    cleared when the last justerare signs, and nothing is finalized."""
    with api.env.adopt_roles(["Manager"]):
        writable_signatures(half_signed)["arbetsgivare"]["fingerprint"] = "0" * 64
        writable_signatures(half_signed)._p_changed = True
    transaction.commit()
    response = http("saco").post(rest(half_signed, "/@sign"))
    assert response.status_code == 200
    assert response.json()["review_state"] == "justering"
    transaction.begin()
    assert set(signatures(half_signed)) == {"saco"}
    assert api.content.get_state(half_signed) == "justering"
    assert half_signed.record_pdf is None


def test_a_signature_belongs_to_one_protocol(half_signed, http):
    """Signatures planted on an identical copy do not match it."""
    copy = copy_over_rest(http, half_signed)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=copy, transition="send_to_justering")
        writable_signatures(copy)["arbetsgivare"] = dict(signatures(half_signed)["arbetsgivare"])
    transaction.commit()
    response = http("saco").post(rest(copy, "/@sign"))
    assert response.json()["review_state"] == "justering"
    transaction.begin()
    assert set(signatures(copy)) == {"saco"}
