"""Products.MailHost's ``_send``, routed by the environment of the process.

Patched over ``MailBase._send`` (configure.zcml): Plone keeps using its
MailHost and plone.api, and the mock mail host of the tests, which has its
own ``_send``, is untouched. The server and the queue come from this
process's environment and instance, not from the MailHost stored in the
database, because several instances share one database and each has its
own ``var`` folder.
"""

from App.config import getConfiguration
from kuf.samportal.mail.folder import FolderMailer
from kuf.samportal.mail.queue import RoundQueueProcessor
from kuf.samportal.mail.settings import smtp_settings
import os
from pathlib import Path
import threading
from zope.sendmail.delivery import DirectMailDelivery
from zope.sendmail.delivery import QueuedMailDelivery


_threads = {}  # queue folder -> its RoundQueueProcessor
_lock = threading.Lock()


def var_folder(name) -> Path:
    return Path(getConfiguration().clienthome) / name


def mail_folder() -> Path:
    return var_folder("mail")


def queue_folder() -> Path:
    queue = var_folder("mailqueue")
    for sub in ("cur", "new", "tmp"):
        (queue / sub).mkdir(parents=True, exist_ok=True)
    return queue


def ensure_queue_processor(server, queue: Path):
    """One sending thread per queue folder and process."""
    if os.environ.get("MAILHOST_QUEUE_ONLY"):
        return None  # Products.MailHost's switch: queue, another process sends
    with _lock:
        thread = _threads.get(queue)
        if thread is None or not thread.is_alive():
            thread = _threads[queue] = RoundQueueProcessor(server, str(queue))
            thread.start()
        return thread


def send(self, mfrom, mto, messageText, immediate=False):
    """Replaces ``Products.MailHost.MailHost.MailBase._send``."""
    recipients = [mto] if isinstance(mto, str) else list(mto)
    server = smtp_settings()
    mailer = FolderMailer(mail_folder()) if server is None else server.mailer()
    if immediate:
        mailer.send(mfrom, recipients, messageText)
    elif server is None:
        DirectMailDelivery(mailer).send(mfrom, recipients, messageText)
    else:
        queue = queue_folder()
        ensure_queue_processor(server, queue)
        QueuedMailDelivery(str(queue)).send(mfrom, recipients, messageText)
