"""Above a protocol: the meeting it was made from (for the group's members)."""

from kuf.samportal.meetings.protocol import meeting_of
from plone.app.layout.viewlets.common import ViewletBase


class ProtocolMeeting(ViewletBase):
    def update(self):
        super().update()
        self.meeting = meeting_of(self.context)

    def render(self):
        if self.meeting is None:
            return ""
        return self.index()
