"""Mail by the environment of the process (kuf.samportal.mail): without
SMTP_HOST into a folder under var/ with one log line per mail; with it
through the queue, where a mail server that is down is logged once per
round, without a traceback, and the mail goes out once it answers."""

from email.message import EmailMessage
from kuf.samportal.mail import delivery
import logging
import pytest
import socket
import socketserver
import threading
import time
import transaction


def message(subject="Protokollet är signerat") -> bytes:
    mail = EmailMessage()
    mail["From"] = "samverkansportalen@kuf.example.org"
    mail["To"] = "saco@kuf.example.org"
    mail["Subject"] = subject
    mail.set_content("Protokollet finns i portalen.")
    return mail.as_bytes()


@pytest.fixture
def var(tmp_path, monkeypatch):
    monkeypatch.setattr(delivery, "var_folder", lambda name: tmp_path / name)
    return tmp_path


@pytest.fixture
def mail_log(caplog):
    caplog.set_level(logging.INFO, logger="kuf.samportal.mail")
    caplog.set_level(logging.INFO, logger="QueueProcessorThread")
    return caplog


def send(subject="Protokollet är signerat"):
    delivery.send(
        None, "samverkansportalen@kuf.example.org", "saco@kuf.example.org", message(subject)
    )


def test_without_smtp_host_each_committed_mail_is_a_file_and_one_log_line(
    var, mail_log, monkeypatch
):
    monkeypatch.delenv("SMTP_HOST", raising=False)
    transaction.begin()
    send()
    assert not (var / "mail").exists()  # nothing before the commit
    transaction.commit()
    written = list((var / "mail").glob("*.eml"))
    assert len(written) == 1
    assert written[0].read_bytes().endswith(message())
    lines = [r for r in mail_log.records if r.name == "kuf.samportal.mail"]
    assert len(lines) == 1
    assert "Protokollet är signerat" in lines[0].getMessage()
    assert "SMTP_HOST is not set" in lines[0].getMessage()
    assert lines[0].exc_info is None

    transaction.begin()
    send("Avbruten")
    transaction.abort()  # a retried or failed transaction sends nothing
    assert len(list((var / "mail").glob("*.eml"))) == 1


class FakeSmtp(socketserver.StreamRequestHandler):
    """Just enough SMTP for smtplib: keeps every message it is given."""

    received = []

    def reply(self, text):
        self.wfile.write(f"{text}\r\n".encode())

    def handle(self):
        self.reply("220 fake ready")
        while line := self.rfile.readline():
            command = line.decode().strip().upper()
            if command.startswith("DATA"):
                self.reply("354 go ahead")
                data = b""
                while (chunk := self.rfile.readline()) != b".\r\n":
                    data += chunk
                self.received.append(data)
                self.reply("250 queued")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout=10):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_mail_server_that_is_down_is_logged_once_per_round_then_mail_goes_out(
    var, mail_log, monkeypatch
):
    port = free_port()
    monkeypatch.setenv("SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("SMTP_PORT", str(port))
    monkeypatch.setenv("SMTP_RETRY_SECONDS", "0.3")
    transaction.begin()
    for n in range(3):
        send(f"Påminnelse {n}")
    transaction.commit()
    queue = var / "mailqueue" / "new"
    assert len(list(queue.iterdir())) == 3
    processor = delivery._threads[var / "mailqueue"]
    try:
        wait_for(lambda: len(warnings(mail_log)) >= 2)
        rounds = warnings(mail_log)
        assert all("3 of 3 queued mails wait" in r.getMessage() for r in rounds)
        assert all(r.exc_info is None for r in mail_log.records)  # no traceback
        assert not [r for r in mail_log.records if r.levelno >= logging.ERROR]

        FakeSmtp.received = []
        with socketserver.ThreadingTCPServer(("127.0.0.1", port), FakeSmtp) as server:
            threading.Thread(target=server.serve_forever, daemon=True).start()
            wait_for(lambda: not list(queue.iterdir()))
            server.shutdown()
        assert len(FakeSmtp.received) == 3
        sent = [r for r in mail_log.records if "sent" in r.getMessage()]
        assert len(sent) == 3
    finally:
        processor.stop()
        delivery._threads.clear()


def warnings(caplog):
    return [r for r in caplog.records if r.levelno == logging.WARNING]
