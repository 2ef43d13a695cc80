"""The handbook: a routine read as a document, and HR's review list."""

from datetime import date
from kuf.samportal.rules.review import review_status
from kuf.samportal.vocabularies import HANDBOOK_AREAS
from plone import api
from Products.Five.browser import BrowserView


AREA_TITLES = dict(HANDBOOK_AREAS)
REVIEW_LABELS = {"overdue": "Revidering försenad", "due_soon": "Revideras snart", "ok": ""}


class RutinView(BrowserView):
    def area(self):
        return AREA_TITLES.get(self.context.area, "")

    def review(self):
        status = review_status(self.context.next_review, date.today())
        return {"code": status.code, "label": REVIEW_LABELS[status.code]}

    def may_manage(self):
        return api.user.has_permission("kuf.samportal: Manage handbook", obj=self.context)


class ReviewList(BrowserView):
    """Routines whose review date has passed or comes within 30 days."""

    def routines(self):
        today = date.today()
        rows = []
        for brain in api.content.find(portal_type="Rutin"):
            routine = brain.getObject()
            status = review_status(routine.next_review, today)
            if status.code == "ok":
                continue
            rows.append(
                {
                    "title": routine.Title(),
                    "url": routine.absolute_url(),
                    "owner": routine.owner,
                    "next_review": routine.next_review.isoformat() if routine.next_review else "",
                    "status": status.code,
                    "label": REVIEW_LABELS[status.code],
                    "days_left": status.days_left,
                }
            )
        return sorted(rows, key=lambda row: row["next_review"])
