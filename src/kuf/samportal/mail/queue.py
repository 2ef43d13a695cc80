"""The mail queue's sender: one log line per round for a server that is down.

zope.sendmail's QueueProcessorThread logs a full traceback for every mail it
cannot send, every three seconds while the server is down. This one sends
the queue in rounds: a round that could not reach the server logs one
warning (how many mails wait, the error, when it tries again) and the next
round comes after ``retry_seconds`` instead of three seconds and tries
every waiting mail again (zope.sendmail would leave a failed mail aside for
three hours).
"""

import atexit
import logging
import os
import sys
import threading
from zope.sendmail.queue import QueueProcessorThread


logger = logging.getLogger("kuf.samportal.mail")


class RoundLog:
    """Stands in for the thread's logger: failures of a round are counted,
    not printed; what was sent or rejected is logged as before."""

    def __init__(self):
        self.failures = []

    def info(self, *args, **kwargs):
        logger.info(*args, **kwargs)

    def error(self, *args, **kwargs):
        logger.error(*args, **kwargs)

    def exception(self, *args, **kwargs):
        self.failures.append(sys.exc_info()[1])


class RoundQueueProcessor(QueueProcessorThread):
    def __init__(self, server, queue_path, interval=3.0):
        super().__init__(interval=interval)
        self.server = server
        self.setMailer(server.mailer())
        self.setQueuePath(queue_path)
        self.log = RoundLog()
        self._wake = threading.Event()

    def run(self, forever=True):
        atexit.register(self.stop)
        while not self._stopped:
            failed = self.send_round()
            if not forever:
                break
            self._wake.wait(self.server.retry_seconds if failed else self.interval)

    def send_round(self) -> int:
        """Try every queued mail once; returns how many could not be sent."""
        self.log.failures = []
        waiting = 0
        for filename in self.maildir:
            if self._stopped:
                break
            waiting += 1
            failed_before = len(self.log.failures)
            self._process_one_file(filename)
            if len(self.log.failures) > failed_before:
                self.release(filename)
        failures = self.log.failures
        if failures:
            logger.warning(
                "Mail server %s could not be reached (%s: %s): %d of %d queued mails "
                "wait; next try in %g s",
                self.server,
                type(failures[0]).__name__,
                failures[0],
                len(failures),
                waiting,
                self.server.retry_seconds,
            )
        return len(failures)

    def release(self, filename):
        """zope.sendmail leaves its ".sending-" mark on a mail it could not
        send, and skips the mail for three hours while the mark is there;
        the next round should try it again."""
        head, tail = os.path.split(filename)
        self._unlink_if_exists(os.path.join(head, ".sending-" + tail))

    def stop(self):
        self._stopped = True
        self._wake.set()
        super().stop()
