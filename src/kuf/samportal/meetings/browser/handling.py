"""A handling's page: which meeting it belongs to, its number and its file."""

from kuf.samportal.meetings.browser.common import PARTY_TITLES
from Products.Five.browser import BrowserView


class HandlingView(BrowserView):
    def meeting(self):
        return self.context.meeting()

    def party(self):
        return PARTY_TITLES.get(self.context.party or "", "")

    def file(self):
        named = self.context.file
        if named is None:
            return None
        return {
            "url": f"{self.context.absolute_url()}/@@download/file",
            "name": named.filename,
            "size": f"{max(1, round(named.getSize() / 1024))} kB",
        }
