"""Pages of the yearly follow-up: a node, a checklist, a follow-up to answer,
the roll-up, the action plan and HR's progress overview."""

import datetime
from kuf.samportal import _
from kuf.samportal import followup as logic
from kuf.samportal import followup_reports as reports
from kuf.samportal.browser.download import fullname
from kuf.samportal.browser.download import send_file
from kuf.samportal.refusals import texts
from kuf.samportal.rules import followup as rules
from kuf.samportal.xlsx import XLSX
from plone import api
from plone.memoize.view import memoize
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zope.i18n import translate


BLOCKERS = {
    "blocker_year_closed": _("blocker_year_closed", default="The year is closed for answers."),
    "blocker_unanswered": _(
        "blocker_unanswered", default="Every question needs an answer before submitting."
    ),
    "blocker_unanswered_confirm": _(
        "blocker_unanswered_confirm",
        default="Every question needs an answer before the answers are confirmed.",
    ),
    "blocker_confirm_chef": _(
        "blocker_confirm_chef", default="The responsible manager has not confirmed the answers."
    ),
    "blocker_confirm_skyddsombud": _(
        "blocker_confirm_skyddsombud",
        default="The safety representative has not confirmed the answers.",
    ),
}

ERRORS = {
    "error_year_closed": _(
        "error_year_closed", default="The year is closed: answers can no longer be changed."
    ),
    "error_followup_submitted": _(
        "error_followup_submitted",
        default="The follow-up is submitted: HR must reopen it before it can be changed.",
    ),
    "error_unknown_question": _(
        "error_unknown_question", default="An answer refers to a question not in the checklist."
    ),
    "error_answer_format": _(
        "error_answer_format", default='Each answer must be an object with "svar" and "analys".'
    ),
    "error_answer_not_on_scale": _(
        "error_answer_not_on_scale", default="An answer is not one of the checklist's values."
    ),
    "error_checklist_exists": _(
        "error_checklist_exists", default="A checklist of this kind already exists for next year."
    ),
    "error_not_confirmer": _(
        "error_not_confirmer",
        default="Only the node's responsible manager and safety representative confirm.",
    ),
}


def messages(ids, request):
    return texts(ids, {**BLOCKERS, **ERRORS}, request)


def people(user_ids):
    return ", ".join(fullname(user_id) for user_id in user_ids or [] if user_id)


def year_from(request, default):
    try:
        return int(request.form.get("ar") or default)
    except ValueError:
        return default


class NodeView(BrowserView):
    def level_title(self):
        return rules.LEVEL_TITLES.get(self.context.level, "")

    def people(self, user_ids):
        return people(user_ids)

    def children(self):
        return [
            {"title": brain.Title, "url": brain.getURL()}
            for brain in api.content.find(
                context=self.context,
                portal_type="Organisationsenhet",
                depth=1,
                sort_on="sortable_title",
            )
        ]

    def followups(self):
        rows = [
            {
                "title": followup.Title(),
                "url": followup.absolute_url(),
                **reports.status(followup, self.request),
            }
            for followup in self.context.objectValues()
            if followup.portal_type == "Uppfoljning"
            and api.user.has_permission("View", obj=followup)
        ]
        return sorted(rows, key=lambda row: row["title"])


class ChecklistaView(BrowserView):
    def areas(self):
        return reports.group_by_area(self.context.question_list())

    def scale(self):
        return [label for _value, label in self.context.scale_definition().values]

    def may_manage(self):
        return api.user.has_permission("kuf.samportal: Manage follow-up", obj=self.context)


class UppfoljningView(BrowserView):
    """Answer, confirm and submit (POST), or read the answers."""

    def __call__(self):
        self.errors = []
        self.submitted_form = None
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if self.handle_post():
                return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def handle_post(self) -> bool:
        form = self.request.form
        try:
            if "form.save" in form:
                self.submitted_form = form
                self.save(form)
                api.portal.show_message(
                    _("msg_answers_saved", default="The answers are saved."), self.request
                )
            elif "form.confirm" in form:
                logic.confirm(self.context, api.user.get_current().getId())
                api.portal.show_message(
                    _("msg_answers_confirmed", default="You have confirmed the answers."),
                    self.request,
                )
            elif "form.submit" in form:
                return self.submit()
        except logic.FollowupError as refusal:
            self.errors = messages(refusal.messages, self.request)
            return False
        return True

    def save(self, form):
        if not logic.may_answer(self.context):
            raise logic.FollowupError(["error_followup_submitted"])
        values = {
            qid: {"svar": form.get(f"svar.{qid}", ""), "analys": form.get(f"analys.{qid}", "")}
            for qid in self.context.checklist().question_ids()
        }
        overall = form.get("overall_analysis", "")
        problem = logic.answers_refusal(self.request, values, overall)
        if problem is not None:
            raise logic.FollowupError([problem])
        logic.save_answers(self.context, values)
        self.context.overall_analysis = overall.strip() or None
        # Not reindexed: see services/followup.py, SvarPatch.

    def submit(self) -> bool:
        blockers = self.context.submit_blockers()
        if blockers or not api.user.has_permission(
            "kuf.samportal: Submit follow-up", obj=self.context
        ):
            self.errors = messages(blockers, self.request) or [
                translate(ERRORS["error_followup_submitted"], context=self.request)
            ]
            return False
        api.content.transition(obj=self.context, transition="lamna_in")
        api.portal.show_message(
            _("msg_followup_submitted", default="The follow-up is submitted."), self.request
        )
        return True

    def editable(self):
        return logic.may_answer(self.context) and self.context.checklist().is_open()

    def node(self):
        return self.context.node()

    def period(self):
        start, end = self.context.period()
        return f"{start.isoformat()} – {end.isoformat()}"

    def status(self):
        return reports.status(self.context, self.request)

    @memoize
    def areas(self):
        checklist = self.context.checklist()
        scale = checklist.scale_definition()
        form = self.submitted_form
        rows = []
        for question in checklist.question_list():
            qid = question["id"]
            stored = self.context.answers.get(qid) or {}
            value = form.get(f"svar.{qid}", "") if form else stored.get("svar", "")
            analysis = form.get(f"analys.{qid}", "") if form else stored.get("analys", "")
            rows.append(
                {
                    **question,
                    "value": value,
                    "value_label": scale.label(value) if value else "",
                    "analysis": analysis,
                    "options": [
                        {"value": v, "label": label, "id": f"svar-{qid}-{v}"}
                        for v, label in scale.values
                    ],
                }
            )
        return reports.group_by_area(rows)

    def progress(self):
        """How far the answers are: answered and total, and the questions
        still without an answer (as saved, or as just submitted)."""
        rows = [question for area in self.areas() for question in area["questions"]]
        missing = [
            {"id": row["id"], "text": row["text"], "anchor": f"fraga-{row['id']}"}
            for row in rows
            if not row["value"]
        ]
        total = len(rows)
        return {
            "answered": total - len(missing),
            "total": total,
            "unanswered": missing,
            "complete": not missing,
            "percent": round(100 * (total - len(missing)) / total) if total else 100,
        }

    def confirmations(self):
        node = self.node()
        rows = []
        for who, title, user_ids in (
            ("chef", _("label_org_chef", default="Responsible manager"), [node.chef]),
            (
                "skyddsombud",
                _("label_org_skyddsombud", default="Safety representatives"),
                node.skyddsombud or [],
            ),
        ):
            confirmation = self.context.confirmations.get(who)
            rows.append(
                {
                    "who": translate(title, context=self.request),
                    "names": people(user_ids),
                    "confirmed": bool(confirmation),
                    "at": (confirmation or {}).get("at", ""),
                }
            )
        return rows

    def is_confirmer(self):
        node = self.node()
        user_id = api.user.get_current().getId()
        return self.editable() and bool(rules.confirmer_roles(user_id, node.chef, node.skyddsombud))

    def may_confirm(self):
        """Confirming is offered once every question has a saved answer."""
        return self.is_confirmer() and not rules.unanswered(
            self.context.checklist().question_ids(), self.context.answers
        )

    def blockers(self):
        if api.content.get_state(self.context) != "pagaende":
            return []
        return messages(self.context.submit_blockers(), self.request)

    def may_submit(self):
        return api.content.get_state(self.context) == "pagaende" and api.user.has_permission(
            "kuf.samportal: Submit follow-up", obj=self.context
        )

    def may_add_action(self):
        return api.user.has_permission("kuf.samportal: Add Atgard", obj=self.context)

    def actions(self):
        rows = []
        questions = self.context.checklist().question_by_id()
        for action in self.context.objectValues():
            if not api.user.has_permission("View", obj=action):
                continue
            rows.append(
                {
                    "title": action.Title(),
                    "url": action.absolute_url(),
                    "question": questions.get(action.question or "", {}).get("text", ""),
                    "status": reports.STATUS_TITLES.get(action.status, ""),
                    "responsible": action.responsible,
                    "end": action.end.isoformat() if action.end else "",
                }
            )
        return rows


class RollupView(BrowserView):
    def __call__(self):
        self.update()
        return self.index()

    def update(self):
        self.checklist, self.available = logic.checklist_from_request(self.request)
        self.report = (
            reports.rollup_report(self.context, self.checklist) if self.checklist else None
        )

    def filename(self):
        return f"sammanstallning-{self.checklist.getId()}-{self.context.getId()}"


class RollupFile(RollupView):
    def __call__(self):
        self.update()
        if self.report is None:
            return self.request.response.redirect(self.context.absolute_url())
        data = reports.rollup_xlsx(self.report)
        return send_file(self.request, data, XLSX, self.filename(), "xlsx")


class RollupPdf(RollupView):
    def __call__(self):
        self.update()
        if self.report is None:
            return self.request.response.redirect(self.context.absolute_url())
        data = reports.html_to_pdf(self.index())
        return send_file(self.request, data, "application/pdf", self.filename(), "pdf")


class ActionPlanView(BrowserView):
    def __call__(self):
        self.update()
        return self.index()

    def update(self):
        self.year = year_from(self.request, logic.latest_year(datetime.date.today().year))
        self.below = bool(self.request.form.get("underliggande"))
        self.report = reports.action_plan_report(self.context, self.year, self.below, self.request)

    def query(self):
        return f"?ar={self.year}" + ("&underliggande=1" if self.below else "")


class ActionPlanFile(ActionPlanView):
    def __call__(self):
        self.update()
        name = f"handlingsplan-{self.year}-{self.context.getId()}"
        return send_file(self.request, reports.action_plan_xlsx(self.report), XLSX, name, "xlsx")


class ActionPlanPdf(ActionPlanView):
    def __call__(self):
        self.update()
        name = f"handlingsplan-{self.year}-{self.context.getId()}"
        return send_file(
            self.request, reports.html_to_pdf(self.index()), "application/pdf", name, "pdf"
        )


class ProgressView(BrowserView):
    def __call__(self):
        self.report = reports.progress_report(self.context, self.request)
        return self.index()


class CopyToNextYear(BrowserView):
    """HR starts next year's questions from this year's (POST)."""

    def __call__(self):
        if self.request.method != "POST":
            return self.request.response.redirect(self.context.absolute_url())
        CheckAuthenticator(self.request)
        try:
            copy = logic.copy_to_next_year(self.context)
        except logic.FollowupError as refusal:
            for message in messages(refusal.messages, self.request):
                api.portal.show_message(message, self.request, type="error")
            return self.request.response.redirect(self.context.absolute_url())
        api.portal.show_message(
            _("msg_checklist_copied", default="Next year's checklist is created as a draft."),
            self.request,
        )
        return self.request.response.redirect(copy.absolute_url())
