"""The SMTP settings of this process, from its environment (README, "Mail")."""

from dataclasses import dataclass
import os
from smtplib import SMTP
from zope.sendmail.mailer import SMTPMailer
from zope.sendmail.mailer import _SMTPState


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 25
    user: str = ""
    password: str = ""
    tls: bool = False
    retry_seconds: float = 60.0

    def mailer(self):
        return EnvironmentSMTPMailer(self)

    def __str__(self):
        return f"{self.host}:{self.port}"


class EnvironmentSMTPMailer(SMTPMailer):
    """zope.sendmail's SMTP mailer for the server of this process.

    Plone replaces ``SMTPMailer.__init__`` by one that takes the server from
    its registry whatever it is given (Products.CMFPlone.patches.sendmail),
    so the attributes are set here instead of through that ``__init__``.
    """

    def __init__(self, settings):
        self.hostname = settings.host
        self.port = settings.port
        self.username = settings.user or None
        self.password = settings.password or None
        self.force_tls = settings.tls
        self.no_tls = False
        self.implicit_tls = False
        self.timeout = 10
        self._smtp = _SMTPState()
        self.smtp = SMTP


def smtp_settings(environ=None):
    """None when no SMTP_HOST is set: mail then goes to the mail folder."""
    environ = os.environ if environ is None else environ
    host = (environ.get("SMTP_HOST") or "").strip()
    if not host:
        return None
    return SmtpSettings(
        host=host,
        port=int(environ.get("SMTP_PORT") or 25),
        user=environ.get("SMTP_USER") or "",
        password=environ.get("SMTP_PASSWORD") or "",
        tls=environ.get("SMTP_TLS") == "1",
        retry_seconds=float(environ.get("SMTP_RETRY_SECONDS") or 60),
    )
