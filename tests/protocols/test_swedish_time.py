"""The comment deadline is Swedish time: a naive value over REST or in the
Classic form means Stockholm's clock, an aware one keeps its instant; it is
stored aware and shown on Stockholm's clock everywhere (page, REST,
@justering, mail)."""

from datetime import date
from kuf.samportal.rules import swedish_time
import pytest
from tests.helpers import browser_as
from tests.helpers import rest_url
import transaction


HTML = {"Accept": "text/html"}


@pytest.fixture
def draft(demo_portal, make_protocol):
    protocol = make_protocol(
        demo_portal["samverkan"]["fvg"], id="tidszon", ready=False, justerare=["saco"]
    )
    transaction.commit()
    return protocol


SUMMER = {"sent_out": "2026-06-03", "signing_date": "2026-06-08"}
WINTER = {"sent_out": "2026-12-02", "signing_date": "2026-12-07"}
DEC = "3 december 2026 kl. 12.00"


CASES = [
    # sent, dates, stored and in REST, shown
    ("2026-06-04T12:00", SUMMER, "2026-06-04T12:00:00+02:00", "4 juni 2026 kl. 12.00"),
    ("2026-06-04T12:00+02:00", SUMMER, "2026-06-04T12:00:00+02:00", "4 juni 2026 kl. 12.00"),
    ("2026-06-04T10:00Z", SUMMER, "2026-06-04T12:00:00+02:00", "4 juni 2026 kl. 12.00"),
    ("2026-12-03T12:00+01:00", WINTER, "2026-12-03T12:00:00+01:00", DEC),
    ("2026-12-03T12:00", WINTER, "2026-12-03T12:00:00+01:00", DEC),
]


def test_deadline_over_rest_is_swedish_time(draft, http):
    """Naive, +02:00, Z, a winter date with +01:00 and naive in winter; each
    sent twice: the first PATCH finds no stored value, the second finds one
    (plone.restapi then matched the stored value's naivety)."""
    session = http("sekreterare")
    for sent, dates, iso, shown in CASES:
        for _ in range(2):
            response = session.patch(rest_url(draft), json={"comment_deadline": sent, **dates})
            assert response.status_code == 204, response.text
        transaction.begin()
        stored = draft.comment_deadline
        assert stored.tzinfo is not None, sent
        assert stored.isoformat() == iso, sent
        assert session.get(rest_url(draft)).json()["comment_deadline"] == iso, sent
        assert session.get(rest_url(draft, "/@justering")).json()["deadline"] == iso, sent
        page = session.get(draft.absolute_url(), headers=HTML).text
        assert shown in page, sent
        session.patch(rest_url(draft), json={"comment_deadline": None})


def test_deadline_at_creation_over_rest(demo_portal, http):
    group = demo_portal["samverkan"]["fvg"]
    response = http("sekreterare").post(
        rest_url(group),
        json={
            "@type": "Protokoll",
            "meeting_date": "2026-06-01",
            "comment_deadline": "2026-06-04T12:00",
            **SUMMER,
        },
    )
    assert response.status_code == 201, response.text
    assert response.json()["comment_deadline"] == "2026-06-04T12:00:00+02:00"


def test_deadline_in_the_classic_form(draft, demo_app):
    browser = browser_as(demo_app, "sekreterare")
    browser.open(draft.absolute_url() + "/edit")
    browser.getControl(name="form.widgets.sent_out").value = "2026-12-02"
    browser.getControl(name="form.widgets.comment_deadline").value = "2026-12-03T12:00"
    browser.getControl(name="form.widgets.signing_date").value = "2026-12-07"
    browser.getControl(name="form.buttons.save").click()
    assert "3 december 2026 kl. 12.00" in browser.contents
    transaction.begin()
    assert draft.comment_deadline.isoformat() == "2026-12-03T12:00:00+01:00"
    # the form shows the same clock again
    browser.open(draft.absolute_url() + "/edit")
    assert browser.getControl(name="form.widgets.comment_deadline").value == "2026-12-03T12:00"


def test_mail_says_swedish_time(draft):
    from kuf.samportal.notifications import schedule_lines

    draft.comment_deadline = swedish_time.parse("2026-06-04T10:00Z")
    draft.signing_date = date(2026, 6, 8)
    assert "Sista dag för synpunkter: 4 juni 2026 kl. 12.00" in schedule_lines(draft)
    transaction.abort()
