"""REST services of the supplier agreements.

POST <avtal>/@avvikelser (any employee: report a deviation), GET
<avtal>/@avvikelser (the deviations the user may read, with due date and
overdue flag), GET <avtal>/@statistik?ar=2025, POST <avtal>/@anvandning
(import a year's CSV: {"ar": 2025, "csv": "..."}).
"""

from kuf.samportal import agreements as logic
from kuf.samportal.browser.agreements import agreement_row
from kuf.samportal.browser.agreements import deviation_row
from kuf.samportal.content.avvikelse import IAvvikelse
from kuf.samportal.content.leverantorsavtal import ILeverantorsavtal
from kuf.samportal.inputguard.values import first_refusal
from kuf.samportal.refusals import bad_request
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from plone.restapi.services import Service
from zope.component import adapter
from zope.interface import Interface
from zope.interface import alsoProvides
from zope.interface import implementer


class DeviationsGet(Service):
    def reply(self):
        return {
            "@id": self.context.absolute_url() + "/@avvikelser",
            "items": [deviation_row(d) for d in logic.deviations(self.context)],
        }


class DeviationsPost(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        body = json_body(self.request)
        problem = first_refusal(
            self.request,
            (IAvvikelse["category"], body.get("kategori")),
            (IAvvikelse["description"], body.get("beskrivning")),
        )
        if problem is not None:
            return bad_request(self.request, [problem])
        try:
            deviation = logic.create_deviation(
                self.context,
                api.user.get_current().getId(),
                body.get("kategori"),
                body.get("beskrivning"),
            )
        except logic.AgreementError as refused:
            return bad_request(self.request, logic.messages(refused.messages, self.request))
        self.request.response.setStatus(201)
        return {"@id": deviation.absolute_url(), **deviation_row(deviation)}


class StatisticsGet(Service):
    def reply(self):
        years = logic.usage_years(self.context)
        try:
            year = int(self.request.form.get("ar") or (years[0] if years else 0))
        except ValueError:
            return bad_request(self.request, logic.messages(["error_usage_year"], self.request))
        return {
            "@id": self.context.absolute_url() + "/@statistik",
            "years": years,
            **logic.statistics(self.context, year),
        }


class UsagePost(Service):
    checks_own_text = True  # control characters are refused by CSV line

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        body = json_body(self.request)
        text = body.get("csv")
        try:
            year = logic.usage_year(body.get("ar"))
        except logic.AgreementError as refused:
            return bad_request(self.request, logic.messages(refused.messages, self.request))
        if not isinstance(text, str) or not text.strip():
            return bad_request(self.request, logic.messages(["error_usage_file"], self.request))
        try:
            count = logic.import_usage(self.context, year, text)
        except logic.AgreementError as refused:
            nothing = logic.messages(["error_nothing_imported"], self.request)
            rows = logic.messages(refused.messages, self.request)
            return bad_request(self.request, nothing, rows=rows)
        return {"imported": count, "ar": year}


@implementer(ISerializeToJson)
@adapter(ILeverantorsavtal, Interface)
class SerializeAgreementToJson(SerializeFolderToJson):
    """The agreement with its status computed from the dates."""

    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        row = agreement_row(self.context)
        result["status"] = row["status"]
        result["status_title"] = row["status_title"]
        result["decide_on_extension"] = row["decide"]
        return result
