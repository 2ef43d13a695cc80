"""The samverkansgrupp's page: who takes part, the coming meetings with
their dagordning, "Anmäl fråga till mötet", the årshjul and the protocols."""

from datetime import date
from kuf.samportal import parties
from kuf.samportal.browser.protokoll import STATE_LABELS
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings.browser.common import MEETING_STATES
from kuf.samportal.meetings.browser.common import time_span
from kuf.samportal.meetings.browser.mote import agenda_tree
from kuf.samportal.meetings.form import question_form
from kuf.samportal.meetings.questions import allowed_parties
from kuf.samportal.meetings.vocabularies import upcoming_meetings
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate


GROUP_ROLES = {parties.ROLE_SECRETARY, parties.ROLE_EMPLOYER_REP, parties.ROLE_PARTY_REP}
UPCOMING = 3


def is_member(group, principals=None) -> bool:
    """Does the user take part in the group (secretary, employer, union)?

    The group's roles are local roles on the group itself, given to the
    parties' and functions' groups and the secretary (localroles.py): read
    there, without acquiring roles through PAS for every group of a list.
    """
    if api.user.is_anonymous():
        return False
    principals = principals if principals is not None else user_principals()
    return any(
        GROUP_ROLES.intersection(roles)
        for principal, roles in group.get_local_roles()
        if principal in principals
    )


def user_principals() -> set:
    user = api.user.get_current()
    return {user.getId(), *(user.getGroups() or ())}


def meeting_card(meeting, deadline, request, with_agenda=True):
    visible = api.user.has_permission("View", obj=meeting)
    state = meeting.state()
    return {
        "title": meeting.Title(),
        "url": meeting.absolute_url() if visible else None,
        "date": meeting.meeting_date.isoformat(),
        "time": time_span(meeting.start_time, meeting.end_time),
        "place": meeting.place or "",
        "state": state,
        "state_title": translate(MEETING_STATES.get(state, state), context=request),
        "deadline": deadline.isoformat() if deadline else "",
        "kallelse_due": meeting.kallelse_due().isoformat(),
        "agenda": agenda_tree(meeting) if visible and with_agenda else [],
    }


def coming_meetings(group, request, limit=UPCOMING):
    return [
        meeting_card(meeting, deadline, request)
        for meeting, deadline in upcoming_meetings(group, limit=limit)
    ]


class GroupView(BrowserView):
    @memoize
    def member(self):
        return is_member(self.context)

    def party_titles(self):
        titles = {party.id: party.title for party in parties.PARTIES}
        return [titles[p] for p in self.context.parties or [] if p in titles]

    def person(self, user_id):
        user = api.user.get(userid=user_id) if user_id else None
        return (user.getProperty("fullname") or user_id) if user is not None else ""

    def meetings(self):
        return coming_meetings(self.context, self.request) if self.member() else []

    def form_url(self):
        form = question_form(self.context)
        if form is None or not api.user.has_permission("View", obj=form):
            return None
        if not allowed_parties(self.context, api.user.get_current()):
            return None
        return form.absolute_url()

    def form_fields_url(self):
        form = question_form(self.context)
        if form is not None and api.user.has_permission("Modify portal content", obj=form):
            return f"{form.absolute_url()}/fields"
        return None

    def plans(self):
        return [
            {"title": plan.Title(), "url": plan.absolute_url(), "year": plan.year}
            for plan in reversed(cycle.plans(self.context))
            if api.user.has_permission("View", obj=plan)
        ]

    def protocols(self):
        """The group's protocols the user may read, newest meeting first,
        with meeting date, state (in Swedish) and title."""
        rows = []
        for brain in api.content.find(context=self.context, depth=1, portal_type="Protokoll"):
            protocol = brain.getObject()
            rows.append(
                {
                    "title": brain.Title,
                    "url": brain.getURL(),
                    "date": protocol.meeting_date.isoformat() if protocol.meeting_date else "",
                    "state": brain.review_state,
                    "state_title": self.protocol_state(brain.review_state),
                }
            )
        rows.sort(key=lambda row: (row["date"], row["title"]), reverse=True)
        return rows

    def past_meetings(self):
        """Held meetings the user may open (the group's members)."""
        if not self.member():
            return []
        today = date.today()
        return [
            {"title": m.Title(), "url": m.absolute_url(), "state": m.state()}
            for m in reversed(cycle.meetings_of(self.context))
            if m.meeting_date < today and api.user.has_permission("View", obj=m)
        ][:10]

    def documents(self):
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type=("Document", "File"),
            sort_on="sortable_title",
        )

    def can_add(self, permission):
        return api.user.has_permission(permission, obj=self.context)

    def state_title(self, state):
        return translate(MEETING_STATES.get(state, state), context=self.request)

    def protocol_state(self, state):
        return translate(STATE_LABELS.get(state, state), context=self.request)
