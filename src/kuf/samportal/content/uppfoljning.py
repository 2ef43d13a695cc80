"""Uppfoljning: one node's answers to one checklist in one year."""

from Acquisition import aq_inner
from Acquisition import aq_parent
import datetime
from kuf.samportal import _
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.records.zmi import record_guard
from kuf.samportal.rules import followup as rules
from persistent.mapping import PersistentMapping
from plone.app.uuid.utils import uuidToObject
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IUppfoljning(model.Schema):
    overall_analysis = schema.Text(
        title=_("label_overall_analysis", default="Analysis for the report"),
        description=_(
            "help_overall_analysis",
            default="Areas to improve and what the answers show, in a few sentences.",
        ),
        required=False,
    )


@private_by_default
@implementer(IUppfoljning)
@record_guard
class Uppfoljning(Container):
    """Answers live in ``answers`` (question id -> {"svar", "analys"}), not in
    schema fields: they are written through @@besvara and @svar, which check
    the scale and the year, and they follow the template's questions."""

    checklist_uid = None
    year = None
    submitted_on = None
    # Each submission's answers, as submitted (followup.keep_submission).
    submissions = ()
    # Counts changes of the answers; the revision the last confirmation saw
    # (kuf.samportal.followup.confirm says why both are written).
    answers_revision = 0
    confirmed_revision = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.answers = PersistentMapping()
        self.confirmations = PersistentMapping()

    def checklist(self):
        return uuidToObject(self.checklist_uid, unrestricted=True)

    def node(self):
        return aq_parent(aq_inner(self))

    @property
    def level(self) -> str:
        return self.node().level

    def period(self):
        return rules.period(self.level, self.year)

    def timeliness(self, today: datetime.date | None = None) -> str:
        return rules.timeliness(
            self.level, self.year, today or datetime.date.today(), self.submitted_on
        )

    def submit_blockers(self) -> list[str]:
        checklist = self.checklist()
        return rules.submit_blockers(
            checklist.question_ids(),
            self.answers,
            self.confirmations,
            needs_confirmation=self.confirmers_needed(),
            year_open=checklist.is_open(),
        )

    def confirmers_needed(self) -> list[str]:
        """The routine wants both; a node without a skyddsombud cannot submit,
        which is the point (HR sees it in the overview)."""
        return list(rules.CONFIRMERS)


limit_text_fields(IUppfoljning)
