"""Development mail: each mail becomes a file in ``<instance>/var/mail``."""

from datetime import UTC
from datetime import datetime
import email
from email.header import decode_header
from email.header import make_header
import logging
from pathlib import Path
import uuid
from zope.interface import implementer
from zope.sendmail.interfaces import IMailer


logger = logging.getLogger("kuf.samportal.mail")


@implementer(IMailer)
class FolderMailer:
    """A zope.sendmail mailer that writes instead of sending.

    Used through DirectMailDelivery, so the file is written when the
    transaction commits: a transaction that is aborted or retried after a
    conflict leaves no mail behind, as with a real mail server.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def send(self, fromaddr, toaddrs, message):
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:8]}.eml"
        target = self.folder / name
        partial = self.folder / f".{name}.tmp"
        partial.write_bytes(message if isinstance(message, bytes) else message.encode())
        partial.rename(target)  # a reader never sees half a mail
        logger.info(
            "Mail to %s (%s) written to %s: SMTP_HOST is not set",
            ", ".join(toaddrs),
            subject_of(message),
            target,
        )

    def vote(self, fromaddr, toaddrs, message):
        """Nothing can stop a write to a local folder before it is tried."""

    def abort(self):
        """Nothing was written before the commit."""


def subject_of(message) -> str:
    parsed = (
        email.message_from_bytes(message)
        if isinstance(message, bytes)
        else email.message_from_string(message)
    )
    return str(make_header(decode_header(parsed.get("Subject", ""))))
