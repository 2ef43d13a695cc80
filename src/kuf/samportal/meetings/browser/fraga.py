"""A question's page: what was asked, by which party, when, whether it came
in time, and what the secretary did with it."""

from kuf.samportal.meetings import questions
from kuf.samportal.meetings.browser.mote import question_row
from kuf.samportal.meetings.refusals import MANAGE_MEETING
from kuf.samportal.vocabularies import ITEM_KIND_TITLES
from plone import api
from Products.Five.browser import BrowserView


class FragaView(BrowserView):
    def row(self):
        return question_row(self.context, self.request)

    def meeting(self):
        return self.context.meeting()

    def wanted(self):
        return ITEM_KIND_TITLES.get(self.context.wanted_kind, "")

    def deadline(self):
        deadline = self.context.deadline
        return deadline.isoformat() if deadline else ""

    def attachments(self):
        return [
            {"title": f.Title(), "url": f"{f.absolute_url()}/@@download/file"}
            for f in self.context.attachments()
        ]

    def can_handle(self):
        meeting = self.meeting()
        return (
            api.content.get_state(self.context, default="") == "inskickad"
            and meeting is not None
            and meeting.state() != "protokollfort"
            and api.user.has_permission(MANAGE_MEETING, obj=meeting)
        )

    def main_items(self):
        return questions.agenda_choices(self.meeting(), main_only=True)

    def all_items(self):
        return questions.agenda_choices(self.meeting())

    def default_item(self):
        return questions.default_parent_label(self.meeting())

    def placement(self):
        """Where it went: the item's heading (sub-item) or the item it documents."""
        placement = self.context.placement or {}
        if placement.get("mode") == "handling":
            return placement.get("target")
        return placement.get("under")
