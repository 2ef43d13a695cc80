"""The start page's block "Kommande möten": the next meetings of the groups
the user takes part in, with the dagordning once it may be read."""

from kuf.samportal.meetings.browser.group import coming_meetings
from kuf.samportal.meetings.browser.group import is_member
from kuf.samportal.meetings.browser.group import user_principals
from plone import api
from Products.Five.browser import BrowserView


class UpcomingMeetings(BrowserView):
    def groups(self):
        found = []
        principals = user_principals()
        for brain in api.content.find(portal_type="Samverkansgrupp", sort_on="sortable_title"):
            group = brain.getObject()
            if not is_member(group, principals):
                continue
            meetings = coming_meetings(group, self.request, limit=2)
            if meetings:
                found.append({"title": group.Title(), "url": group.absolute_url(),
                              "meetings": meetings})  # fmt: skip
        return found
