"""``@@nytt-protokoll`` on a samverkansgrupp: the meeting date, then the
one-page editor. The new draft gets the group's standing items and
secretary (``group_handlers.start_protocol``), its place, and the justering
dates the group's practice proposes."""

from datetime import date
from kuf.samportal import _
from kuf.samportal.editor.document import parse_date
from kuf.samportal.meetings.content.practice import practice_of
from kuf.samportal.meetings.cycle import free_id
from kuf.samportal.meetings.rules.protocol import justering_proposal
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


BAD_DATE = _(
    "error_new_protocol_date",
    default="Write the meeting date as YYYY-MM-DD.",
)


class NewProtocolView(BrowserView):
    template = ViewPageTemplateFile("templates/nytt.pt")
    error = None

    def __call__(self):
        self.value = date.today().isoformat()
        if self.request.method != "POST":
            return self.template()
        CheckAuthenticator(self.request)
        text = self.request.form.get("meeting_date", "")
        text = text.strip() if isinstance(text, str) else ""
        self.value = text[:20]
        try:
            meeting_date = parse_date(text) if len(text) <= 20 else None
        except ValueError:
            meeting_date = None
        if meeting_date is None:
            self.error = translate(BAD_DATE, context=self.request)
            self.request.response.setStatus(400)
            return self.template()
        protocol = create_draft(self.context, meeting_date)
        self.request.response.redirect(f"{protocol.absolute_url()}/@@skriv")
        return ""


def create_draft(group, meeting_date):
    sent_out, deadline, signing = justering_proposal(meeting_date, practice_of(group))
    return api.content.create(
        container=group,
        type="Protokoll",
        id=free_id(group, f"protokoll-{meeting_date.isoformat()}"),
        meeting_date=meeting_date,
        place=getattr(group, "place", None) or None,
        sent_out=sent_out,
        comment_deadline=deadline,
        signing_date=signing,
    )
