"""The meeting's page: kallelse, dagordning, handlingar, questions, who
comes, and the secretary's actions (send the kallelse, rebuild the
dagordning, make the protocol)."""

from kuf.samportal import _
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings import protocol as protocol_logic
from kuf.samportal.meetings import questions
from kuf.samportal.meetings.browser.common import MEETING_STATES
from kuf.samportal.meetings.browser.common import PARTY_TITLES
from kuf.samportal.meetings.browser.common import QUESTION_STATES
from kuf.samportal.meetings.browser.common import agenda_heading
from kuf.samportal.meetings.browser.common import require_post
from kuf.samportal.meetings.browser.common import time_span
from kuf.samportal.meetings.browser.common import translated
from kuf.samportal.meetings.form import question_form
from kuf.samportal.meetings.refusals import MANAGE_MEETING
from kuf.samportal.meetings.refusals import SUBMIT_QUESTION
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules import agenda as agenda_rules
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate


def agenda_tree(meeting, handling_urls=None):
    """The dagordning nested for a template: items with their sub-items."""
    handling_urls = handling_urls or {}
    tree = []
    for label, row in agenda_rules.numbered(meeting.agenda_rows()):
        refs, _ok = agenda_rules.parse_refs(row.get("handlingar"))
        entry = {
            "label": f"{label.split()[-1]})" if row.get("sub") else f"{label}.",
            "heading": agenda_heading(row),
            "kind": row.get("kind") or "",
            "handlingar": [
                {"number": n, "url": handling_urls.get(n), "missing": n not in handling_urls}
                for n in refs
            ],
            "subitems": [],
        }
        if row.get("sub") and tree:
            tree[-1]["subitems"].append(entry)
        else:
            tree.append(entry)
    return tree


def question_row(question, request):
    state = api.content.get_state(question, default="")
    return {
        "title": question.Title(),
        "url": question.absolute_url(),
        "party": question.party_title(),
        "heading": question.heading,
        "state": state,
        "state_title": translate(QUESTION_STATES.get(state, state), context=request),
        "late": question.late,
        "submitted_on": question.submitted_on.isoformat() if question.submitted_on else "",
        "answer": question.answer or "",
        "written": question.is_written_position(),
    }


class MoteView(BrowserView):
    @memoize
    def state(self):
        return self.context.state()

    def state_title(self):
        return translate(MEETING_STATES.get(self.state(), self.state()), context=self.request)

    @memoize
    def can_manage(self):
        return api.user.has_permission(MANAGE_MEETING, obj=self.context)

    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    def can_add_handling(self):
        return api.user.has_permission("kuf.samportal: Add Handling", obj=self.context)

    def group(self):
        return self.context.group()

    def heading(self):
        number = self.context.number_in_year()
        group = self.group()
        name = getattr(group, "short_name", "") or ""
        return f"{name} {number}" if number else name

    def when(self):
        return ", ".join(
            filter(
                None,
                [
                    self.context.meeting_date.isoformat(),
                    time_span(self.context.start_time, self.context.end_time),
                    self.context.place or "",
                ],
            )
        )

    @memoize
    def handlingar(self):
        return [
            {
                "number": h.number,
                "label": h.label(),
                "title": h.Title(),
                "party": PARTY_TITLES.get(h.party or "", ""),
                "url": f"{h.absolute_url()}/@@download/file",
                "edit_url": f"{h.absolute_url()}/edit",
            }
            for h in self.context.handlingar()
        ]

    def agenda(self):
        urls = {h["number"]: h["url"] for h in self.handlingar()}
        return agenda_tree(self.context, urls)

    def questions(self):
        return [
            question_row(q, self.request)
            for q in self.context.fragor()
            if api.user.has_permission("View", obj=q)
        ]

    def question_deadline(self):
        deadline = self.context.question_deadline()
        return deadline.isoformat() if deadline else ""

    def kallelse_due(self):
        due = self.context.kallelse_due()
        return due.isoformat() if due else ""

    def kallelse_sent(self):
        sent = self.context.kallelse_sent
        return sent.replace("T", " ")[:16] if sent else ""

    def kallelse_blockers(self):
        return translated(cycle.kallelse_blockers(self.context), self.request)

    def protocol_blockers(self):
        return translated(protocol_logic.protocol_blockers(self.context), self.request)

    def protocol(self):
        found = self.context.protocol()
        return {"title": found.Title(), "url": found.absolute_url()} if found else None

    def invitations(self):
        return [
            {**row, "party_title": PARTY_TITLES.get(row.get("party") or "", "")}
            for row in cycle.invitations(self.context)
        ]

    def my_invitation(self):
        if self.state() != "kallat":
            return None
        user_id = api.user.get_current().getId()
        for row in self.context.invitations or []:
            if row["user_id"] == user_id:
                return row
        return None

    def form_url(self):
        form = question_form(self.group())
        if form is None or not self.context.open_for_questions():
            return None
        if not api.user.has_permission(SUBMIT_QUESTION, obj=self.context):
            return None
        return f"{form.absolute_url()}?form.widgets.mote:list={self.context.UID()}"


class MeetingAction(BrowserView):
    """A POST from the meeting page: do it, say what happened, go back."""

    done = None

    def act(self):
        raise NotImplementedError

    def __call__(self):
        require_post(self.request)
        try:
            target = self.act()
        except MeetingRefusal as refused:
            api.portal.show_message(" ".join(refused.texts(self.request)), self.request, "error")
            target = None
        else:
            api.portal.show_message(self.done, self.request)
        self.request.response.redirect((target or self.context).absolute_url())
        return ""


class SendKallelse(MeetingAction):
    done = _("message_kallelse_sent", default="The kallelse is sent to the group's members.")

    def act(self):
        cycle.send_kallelse(self.context)


class RebuildAgenda(MeetingAction):
    done = _(
        "message_agenda_rebuilt",
        default="The agenda is built again from the standing items, the årshjul and the "
        "accepted questions.",
    )

    def act(self):
        cycle.rebuild_agenda(self.context)


class CreateProtocol(MeetingAction):
    done = _(
        "message_protocol_created",
        default="The protocol draft is made from the agenda. Name the justerare and write "
        "the minutes.",
    )

    def act(self):
        return protocol_logic.create_protocol(self.context)


class Forhinder(MeetingAction):
    done = _("message_forhinder_saved", default="Your answer is saved.")

    def act(self):
        cycle.set_forhinder(
            self.context,
            api.user.get_current().getId(),
            self.request.form.get("forhinder") == "1",
        )


class HandleQuestion(MeetingAction):
    """The secretary takes a question in (as an item, or its documents to an
    item) or answers why not."""

    def act(self):
        form = self.request.form
        if form.get("beslut") == "avvisa":
            questions.refuse_question(self.context, form.get("svar"))
            self.done = _("message_question_refused", default="The answer is saved.")
        else:
            mode = "handling" if form.get("som") == "handling" else "item"
            label = form.get("punkt_handling") if mode == "handling" else form.get("punkt")
            questions.accept_question(self.context, mode, label)
            self.done = _("message_question_accepted", default="The question is in the agenda.")
        return self.context.meeting()
