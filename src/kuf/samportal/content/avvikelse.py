"""Avvikelse: a deviation from the agreement reported by an employee, and the
supplier's answer. It may name people: only the reporter, HR and those
responsible for the agreement read it."""

from Acquisition import aq_inner
from Acquisition import aq_parent
import datetime
from kuf.samportal import _
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.rules import agreements as rules
from plone import api
from plone.dexterity.content import Item
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


class IAvvikelse(model.Schema):
    category = schema.Choice(
        title=_("label_deviation_category", default="Category"),
        vocabulary="kuf.samportal.DeviationCategories",
    )
    description = schema.Text(title=_("label_deviation_description", default="What happened"))
    reported_on = schema.Date(title=_("label_deviation_reported_on", default="Reported on"))
    reporter = schema.TextLine(title=_("label_deviation_reporter", default="Reported by"))
    supplier_answer = schema.Text(
        title=_("label_supplier_answer", default="The supplier's answer"), required=False
    )
    answered_on = schema.Date(title=_("label_answered_on", default="Answered on"), required=False)


@private_by_default
@implementer(IAvvikelse)
class Avvikelse(Item):
    def agreement(self):
        return aq_parent(aq_inner(self))

    def update_title(self):
        category = rules.CATEGORY_TITLES[self.category]
        self.title = f"Avvikelse {self.reported_on.isoformat()}: {category}"

    def due(self) -> datetime.date:
        return rules.deviation_due(self.reported_on, self.agreement().deviation_days or 7)

    def overdue(self, today: datetime.date | None = None) -> bool:
        return rules.deviation_overdue(
            api.content.get_state(self),
            self.reported_on,
            self.agreement().deviation_days or 7,
            today or datetime.date.today(),
        )


limit_text_fields(IAvvikelse)
