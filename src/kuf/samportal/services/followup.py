"""REST services of the yearly follow-up.

GET/PATCH <uppfoljning>/@svar, POST <uppfoljning>/@bekrafta,
GET <organisationsenhet>/@sammanstallning and /@handlingsplan,
GET <checklista>/@uppfoljningsstatus. Refusals are 400 with Swedish messages;
what a user may not do is 401/403 from the permission checks.
"""

import datetime
from kuf.samportal import followup as logic
from kuf.samportal import followup_reports as reports
from kuf.samportal.browser.followup import messages
from kuf.samportal.browser.followup import year_from
from kuf.samportal.refusals import bad_request
from kuf.samportal.rules import followup as rules
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zExceptions import Unauthorized
from zope.interface import alsoProvides


def refusal(request, ids, status=400):
    return bad_request(request, messages(ids, request), status=status)


def followup_status(followup, request):
    node = followup.node()
    start, end = followup.period()
    timeliness = followup.timeliness()
    return {
        "@id": followup.absolute_url() + "/@svar",
        "review_state": api.content.get_state(followup),
        "node": {"@id": node.absolute_url(), "title": node.Title(), "level": node.level},
        "checklist": followup.checklist().absolute_url(),
        "year": followup.year,
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "timeliness": timeliness,
        "late": rules.is_late(timeliness),
        "submitted_on": followup.submitted_on.isoformat() if followup.submitted_on else None,
        "svar": {qid: dict(answer) for qid, answer in followup.answers.items()},
        "overall_analysis": followup.overall_analysis or "",
        "bekraftelser": {who: dict(c) for who, c in followup.confirmations.items()},
        "inlamningar": [
            {"at": kept["at"], "by": kept["by"], "svar": kept["answers"]}
            for kept in followup.submissions
        ],
        "blockers": messages(followup.submit_blockers(), request)
        if api.content.get_state(followup) == "pagaende"
        else [],
    }


class SvarGet(Service):
    def reply(self):
        return followup_status(self.context, self.request)


class SvarPatch(Service):
    """Body: {"svar": {"f1": {"svar": "instammer_helt", "analys": "..."}},
    "overall_analysis": "..."}; all or nothing."""

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        if not logic.may_answer(self.context):
            if api.user.has_permission("View", obj=self.context):
                return refusal(self.request, ["error_followup_submitted"], status=403)
            raise Unauthorized("@svar")
        body = json_body(self.request)
        values = body.get("svar") or {}
        if not isinstance(values, dict):
            return refusal(self.request, ["error_answer_format"])
        problem = logic.answers_refusal(self.request, values, body.get("overall_analysis"))
        if problem is not None:
            return bad_request(self.request, [problem])
        try:
            logic.save_answers(self.context, values)
        except logic.FollowupError as refused:
            return refusal(self.request, refused.messages)
        if "overall_analysis" in body:
            self.context.overall_analysis = str(body["overall_analysis"] or "").strip() or None
        # No reindexing: the catalog holds nothing of the answers before the
        # follow-up is submitted (the transition reindexes it), and writing
        # the catalog on every answer made units answering at the same time
        # conflict on its shared buckets.
        return followup_status(self.context, self.request)


class BekraftaPost(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            logic.confirm(self.context, api.user.get_current().getId())
        except logic.FollowupError as refused:
            status = 403 if refused.messages == ["error_not_confirmer"] else 400
            return refusal(self.request, refused.messages, status=status)
        return followup_status(self.context, self.request)


class SammanstallningGet(Service):
    def reply(self):
        checklist, available = logic.checklist_from_request(self.request)
        return {
            "@id": self.context.absolute_url() + "/@sammanstallning",
            "checklists": [
                {"uid": c.UID(), "title": c.Title(), "year": c.year, "kind": c.kind}
                for c in available
            ],
            "report": reports.rollup_report(self.context, checklist) if checklist else None,
        }


class HandlingsplanGet(Service):
    def reply(self):
        year = year_from(self.request, logic.latest_year(datetime.date.today().year))
        below = bool(self.request.form.get("underliggande"))
        report = reports.action_plan_report(self.context, year, below, self.request)
        return {"@id": self.context.absolute_url() + "/@handlingsplan", **report}


class UppfoljningsstatusGet(Service):
    def reply(self):
        return {
            "@id": self.context.absolute_url() + "/@uppfoljningsstatus",
            **reports.progress_report(self.context, self.request),
        }
