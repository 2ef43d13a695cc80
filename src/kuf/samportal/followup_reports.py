"""What the follow-up's pages, REST services and files show, as plain data.

One function per report (roll-up, action plan, progress); the HTML views,
the REST services, the XLSX and the PDF all read the same data, so they
cannot disagree.
"""

import datetime
from kuf.samportal import _
from kuf.samportal.followup import action_plan
from kuf.samportal.followup import roll_up
from kuf.samportal.followup import visible_followups
from kuf.samportal.records.fetcher import NoFetching
from kuf.samportal.rules import followup as rules
from kuf.samportal.xlsx import add_sheet
from kuf.samportal.xlsx import append_row
from kuf.samportal.xlsx import save_book
from kuf.samportal.xlsx import wrap
from openpyxl import Workbook
from plone import api
import weasyprint
from zope.i18n import translate


TIMELINESS = {
    "i_tid": _("timeliness_on_time", default="Submitted on time"),
    "sen": _("timeliness_late_submitted", default="Submitted late"),
    "forsenad": _("timeliness_overdue", default="Late: not submitted"),
    "pagar": _("timeliness_open", default="Answering period is running"),
    "ej_startad": _("timeliness_not_started", default="Answering period has not started"),
}

STATE_TITLES = {
    "pagaende": _("state_pagaende", default="In progress"),
    "inlamnad": _("state_inlamnad", default="Submitted"),
}

STATUS_TITLES = dict(rules.ACTION_STATUSES)


def tr(message, request):
    return translate(message, context=request)


def status(followup, request, today=None) -> dict:
    """A follow-up's state and timeliness, as codes and in the user's language."""
    state = api.content.get_state(followup)
    timeliness = followup.timeliness(today)
    return {
        "state": state,
        "state_title": tr(STATE_TITLES.get(state, ""), request),
        "timeliness": timeliness,
        "timeliness_title": tr(TIMELINESS[timeliness], request),
        "late": rules.is_late(timeliness),
    }


def group_by_area(rows):
    areas = []
    for row in rows:
        if not areas or areas[-1]["area"] != row["area"]:
            areas.append({"area": row["area"], "questions": []})
        areas[-1]["questions"].append(row)
    return areas


def rollup_report(node, checklist):
    """Per question of ``checklist``: how the nodes at and below ``node``
    answered, and their analyses with the node's name (bilaga 3 of the seed)."""
    summaries, submitted = roll_up(node, checklist)
    scale = checklist.scale_definition()
    questions = checklist.question_by_id()
    rows = []
    for summary in summaries:
        question = questions[summary.question_id]
        answered = summary.answered
        rows.append(
            {
                "id": summary.question_id,
                "area": question["area"],
                "text": question["text"],
                "counts": [
                    {
                        "value": value,
                        "label": label,
                        "count": summary.counts[value],
                        "percent": round(100 * summary.counts[value] / answered) if answered else 0,
                    }
                    for value, label in scale.values
                ],
                "answered": answered,
                "analyses": [{"node": name, "text": text} for name, text in summary.analyses],
            }
        )
    in_scope = len(visible_followups(node, checklist))
    return {
        "node": node.Title(),
        "checklist": checklist.Title(),
        "checklist_uid": checklist.UID(),
        "year": checklist.year,
        "scale": [label for _value, label in scale.values],
        "submitted": submitted,
        "visible": in_scope,
        "areas": group_by_area(rows),
    }


def action_plan_report(node, year, below, request):
    rows = []
    for action in action_plan(node, year, below):
        followup = action.followup()
        checklist = followup.checklist()
        question = checklist.question_by_id().get(action.question or "", {})
        rows.append(
            {
                "url": action.absolute_url(),
                "uid": action.UID(),
                "node": followup.node().Title(),
                "checklist": checklist.kind_title(),
                "question": question.get("text", ""),
                "area": question.get("area", ""),
                "title": action.Title(),
                "description": action.description or "",
                "responsible": action.responsible or "",
                "status": action.status,
                "status_title": STATUS_TITLES.get(action.status, ""),
                "start": action.start.isoformat() if action.start else "",
                "end": action.end.isoformat() if action.end else "",
                "outcome": action.outcome or "",
            }
        )
    return {"node": node.Title(), "year": year, "below": below, "actions": rows}


def progress_report(checklist, request, today=None):
    """Every node's follow-up for the checklist: state, lateness, confirmations."""
    today = today or datetime.date.today()
    portal_depth = len(api.portal.get().getPhysicalPath())
    question_ids = checklist.question_ids()
    rows = []
    for brain in api.content.find(
        portal_type="Uppfoljning", kuf_checklista=checklist.UID(), sort_on="path"
    ):
        followup = brain.getObject()
        node = followup.node()
        start, end = followup.period()
        unanswered = rules.unanswered(question_ids, followup.answers)
        rows.append(
            {
                "url": followup.absolute_url(),
                "node": node.Title(),
                "level": node.level,
                "level_title": rules.LEVEL_TITLES[node.level],
                "depth": len(node.getPhysicalPath()) - portal_depth,
                **status(followup, request, today),
                "period": f"{start.isoformat()} – {end.isoformat()}",
                "answered": len(question_ids) - len(unanswered),
                "questions": len(question_ids),
                "confirmed": sorted(followup.confirmations.keys()),
                "submitted_on": followup.submitted_on.isoformat()
                if followup.submitted_on
                else None,
            }
        )
    top = min((row["depth"] for row in rows), default=0)
    for row in rows:
        row["depth"] -= top
    return {
        "checklist": checklist.Title(),
        "rows": rows,
        "late": sum(row["late"] for row in rows),
        "submitted": sum(row["state"] == "inlamnad" for row in rows),
    }


# Files ------------------------------------------------------------------------


def rollup_xlsx(report) -> bytes:
    book = Workbook()
    answers = add_sheet(
        book,
        "Svar",
        f"{report['checklist']} – {report['node']} "
        f"(inlämnade uppföljningar: {report['submitted']})",
        ["Område", "Fråga", *report["scale"], "Antal svar"],
        (28, 70),
        first=True,
    )
    analyses = add_sheet(
        book, "Analyser", None, ["Område", "Fråga", "Enhet", "Analys"], (28, 60, 30, 80)
    )
    for area in report["areas"]:
        for question in area["questions"]:
            counts = [count["count"] for count in question["counts"]]
            append_row(answers, [area["area"], question["text"], *counts, question["answered"]])
            for analysis in question["analyses"]:
                append_row(
                    analyses, [area["area"], question["text"], analysis["node"], analysis["text"]]
                )
    wrap(answers)
    wrap(analyses)
    return save_book(book)


ACTION_COLUMNS = (
    ("node", "Nivå"),
    ("checklist", "Checklista"),
    ("area", "Område"),
    ("question", "Fråga"),
    ("title", "Åtgärd"),
    ("description", "Beskrivning"),
    ("responsible", "Ansvarig"),
    ("status_title", "Status"),
    ("start", "Startdatum"),
    ("end", "Slutdatum"),
    ("outcome", "Resultat"),
)


def action_plan_xlsx(report) -> bytes:
    book = Workbook()
    sheet = add_sheet(
        book,
        "Handlingsplan",
        f"Handlingsplan {report['year']} – {report['node']}",
        [title for _key, title in ACTION_COLUMNS],
        [24] * len(ACTION_COLUMNS),
        first=True,
    )
    for action in report["actions"]:
        append_row(sheet, [action[key] for key, _title in ACTION_COLUMNS])
    wrap(sheet)
    return save_book(book)


def html_to_pdf(html: str) -> bytes:
    """A report as PDF, from the report's own HTML (no portal chrome, nothing fetched)."""
    return weasyprint.HTML(string=html, url_fetcher=NoFetching()).write_pdf()
