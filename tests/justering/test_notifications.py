"""Mail during the justering round, through a mock mail host."""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from email import message_from_bytes
from email.header import decode_header
from kuf.samportal.notifications import remind
from kuf.samportal.rules import swedish_time
from kuf.samportal.signing import sign
from plone import api
import pytest
from zope.lifecycleevent import modified


def mails(mailhost):
    parsed = []
    for raw in mailhost.messages:
        message = message_from_bytes(raw if isinstance(raw, bytes) else raw.encode())
        subject = "".join(
            part.decode(enc or "utf-8") if isinstance(part, bytes) else part
            for part, enc in decode_header(message["Subject"])
        )
        body = message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")
        parsed.append({"to": message["To"], "subject": subject, "body": body})
    return parsed


@pytest.fixture
def draft(demo, make_protocol, mailhost):
    return make_protocol(demo["samverkan"]["fvg"], id="p", justerare=["arbetsgivare", "saco"])


def send_out(protocol):
    with api.env.adopt_user(username="sekreterare"):
        api.content.transition(obj=protocol, transition="send_to_justering")


def test_sending_for_justering_mails_justerare_and_party_representatives(draft, mailhost):
    send_out(draft)
    sent = mails(mailhost)
    recipients = {mail["to"] for mail in sent}
    # The FVG has all eight parties: one representative each in the demo.
    assert recipients == {
        f"{user}@kuf.example.org"
        for user in (
            "arbetsgivare",
            "saco",
            "vision",
            "dik",
            "kommunal",
            "sveriges-larare",
            "ssr",
            "ledarna",
        )
    }
    mail = sent[0]
    assert mail["subject"] == f"För justering: {draft.Title()}"
    assert draft.absolute_url() in mail["body"]
    deadline = draft.schedule().comment_deadline
    assert f"Sista dag för synpunkter: {swedish_time.long_datetime(deadline)}" in mail["body"]
    assert f"Protokollet signeras: {draft.signing_date:%Y-%m-%d}" in mail["body"]


def test_signed_protocol_mails_the_group_with_the_pdf(draft, mailhost):
    send_out(draft)
    mailhost.reset()
    for user in ("arbetsgivare", "saco"):
        with api.env.adopt_user(username=user):
            sign(draft, user)
    sent = mails(mailhost)
    assert {mail["subject"] for mail in sent} == {f"Signerat: {draft.Title()}"}
    assert "sekreterare@kuf.example.org" in {mail["to"] for mail in sent}
    assert f"{draft.absolute_url()}/@@protokoll.pdf" in sent[0]["body"]


def test_cleared_signatures_are_mailed_to_those_who_signed(draft, mailhost):
    send_out(draft)
    with api.env.adopt_user(username="saco"):
        sign(draft, "saco")
    mailhost.reset()
    with api.env.adopt_user(username="sekreterare"):
        item = draft.punkter()[0]
        item.heading = "Föregående protokoll, ändrat"
        modified(item)
    sent = mails(mailhost)
    assert [(mail["to"], mail["subject"]) for mail in sent] == [
        ("saco@kuf.example.org", f"Signera på nytt: {draft.Title()}")
    ]


def test_reminder_the_day_before_the_deadline_once(draft, mailhost):
    tomorrow = date.today() + timedelta(days=1)
    draft.comment_deadline = datetime.combine(tomorrow, time(12, 0))
    draft.signing_date = tomorrow + timedelta(days=2)
    send_out(draft)
    with api.env.adopt_user(username="saco"):
        sign(draft, "saco")
    mailhost.reset()
    first = remind(api.portal.get())
    assert [user for _, user in first] == ["arbetsgivare"]
    assert [mail["to"] for mail in mails(mailhost)] == ["arbetsgivare@kuf.example.org"]
    assert mails(mailhost)[0]["subject"].startswith("Påminnelse:")
    assert remind(api.portal.get()) == []
    assert len(mailhost.messages) == 1


def test_no_reminder_on_other_days(draft, mailhost):
    send_out(draft)  # deadline in a week
    mailhost.reset()
    assert remind(api.portal.get()) == []
    assert remind(api.portal.get(), today=date.today() + timedelta(days=6)) != []
