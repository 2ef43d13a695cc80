"""E-mail to the parties during the justering round (through Plone's MailHost).

Mails are sent when the transaction commits: a request that fails sends
nothing. Who gets what:

- sent for justering: every justerare and the group's party representatives;
- signatures cleared: the justerare whose signature was removed;
- signed: the group (party representatives, secretary, justerare), with the PDF;
- reminder (``scripts/remind.py``, daily from cron): the day before the
  comment deadline, justerare who have not signed; once per justerare and deadline.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from datetime import timedelta
from kuf.samportal.parties import PARTIES
from kuf.samportal.rules import swedish_time
from kuf.samportal.signatures import signatures
import logging
from persistent.mapping import PersistentMapping
from plone import api
from zope.annotation.interfaces import IAnnotations


logger = logging.getLogger("kuf.samportal.notifications")
REMINDED = "kuf.samportal.reminded"

_quiet = ContextVar("kuf_samportal_quiet_mail", default=False)


@contextmanager
def quiet():
    """Send no mail (the demo step's users have made-up addresses)."""
    token = _quiet.set(True)
    try:
        yield
    finally:
        _quiet.reset(token)


def emails(user_ids):
    found = []
    for user_id in dict.fromkeys(user_ids):
        user = api.user.get(userid=user_id)
        email = user.getProperty("email") if user is not None else None
        if email and email not in found:
            found.append(email)
    return found


def party_representatives(protocol):
    group = protocol.aq_parent
    taking_part = set(getattr(group, "parties", None) or [])
    members = []
    for party in PARTIES:
        if party.id in taking_part:
            members += [user.getId() for user in api.user.get_users(groupname=party.group_id)]
    return members


def send(recipients, subject, body):
    if _quiet.get():
        return
    for recipient in recipients:
        api.portal.send_email(recipient=recipient, subject=subject, body=body, immediate=False)


def schedule_lines(protocol):
    schedule = protocol.schedule()
    return (
        f"Sista dag för synpunkter: {swedish_time.long_datetime(schedule.comment_deadline)}\n"
        f"Protokollet signeras: {schedule.signing_date:%Y-%m-%d}\n"
    )


def sent_to_justering(protocol, event):
    if event.transition is None or event.transition.id != "send_to_justering":
        return
    recipients = emails([*(protocol.justerare or []), *party_representatives(protocol)])
    send(
        recipients,
        f"För justering: {protocol.Title()}",
        f"{protocol.Title()} ({protocol.aq_parent.Title()}) är ute på justering.\n\n"
        f"{schedule_lines(protocol)}\n"
        f"Läs protokollet, lämna synpunkter och signera här:\n{protocol.absolute_url()}\n",
    )


def signatures_cleared(event):
    protocol = event.object
    send(
        emails(event.user_ids),
        f"Signera på nytt: {protocol.Title()}",
        f"{protocol.Title()} ändrades efter att du signerat. Din signatur togs bort; "
        f"läs ändringarna och signera igen:\n{protocol.absolute_url()}\n",
    )


def protocol_signed(event):
    protocol = event.object
    group_members = [
        *party_representatives(protocol),
        protocol.secretary or "",
        *(protocol.justerare or []),
    ]
    send(
        emails(group_members),
        f"Signerat: {protocol.Title()}",
        f"Alla justerare har signerat {protocol.Title()}. Protokollet är nu en allmän "
        f"handling som alla medarbetare kan läsa.\n\n"
        f"Protokollet: {protocol.absolute_url()}\n"
        f"PDF: {protocol.absolute_url()}/@@protokoll.pdf\n",
    )


def remind(portal, today=None):
    """Remind justerare who have not signed, the day before the deadline.

    Safe to run twice: each justerare is reminded once per deadline.
    Returns the (protocol path, user id) pairs reminded.
    """
    tomorrow = (today or date.today()) + timedelta(days=1)
    reminded = []
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Protokoll", review_state="justering"
    ):
        protocol = brain._unrestrictedGetObject()
        deadline = protocol.schedule().comment_deadline
        if deadline is None or deadline.date() != tomorrow:
            continue
        done = IAnnotations(protocol).setdefault(REMINDED, PersistentMapping())
        signed = signatures(protocol)
        for user_id in protocol.justerare or []:
            key = f"{user_id}@{deadline.isoformat()}"
            if user_id in signed or key in done:
                continue
            send(
                emails([user_id]),
                f"Påminnelse: {protocol.Title()} ska justeras",
                f"Du har ännu inte signerat {protocol.Title()}.\n\n"
                f"{schedule_lines(protocol)}\n{protocol.absolute_url()}\n",
            )
            done[key] = True
            reminded.append(("/".join(protocol.getPhysicalPath()), user_id))
    logger.info("Reminded %d justerare", len(reminded))
    return reminded
