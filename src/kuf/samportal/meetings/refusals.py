"""One refusal type for the meeting cycle: its messages are translatable
messages (``_()``) naming what is wrong; ``status`` is the HTTP status a
REST service answers with (400, or 409 for something done already)."""

from kuf.samportal.refusals import Refusal
from zope.i18n import translate


MANAGE_MEETING = "kuf.samportal: Manage meeting"
SUBMIT_QUESTION = "kuf.samportal: Submit question"


class MeetingRefusal(Refusal):
    def __init__(self, messages, status=400):
        super().__init__(messages)
        self.status = status

    def texts(self, request) -> list[str]:
        return [translate(message, context=request) for message in self.messages]
