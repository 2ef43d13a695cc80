"""Where the portal's mail goes, decided by the environment of each process.

Without ``SMTP_HOST`` (the newcomer's ``make start``) every mail is written
to ``<instance>/var/mail`` with one log line; nothing tries to reach a mail
server. With ``SMTP_HOST`` mail is queued on disk in ``<instance>/var/
mailqueue`` and sent by a thread that logs a mail server that is down once
per round, without a traceback per mail (``queue.py``).
"""
