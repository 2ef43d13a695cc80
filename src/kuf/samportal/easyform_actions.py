"""A collective.easyform action: the submitted form becomes an Avvikelse
under the agreement the form lives in.

HR may change the form's fields through the web. The action knows two of
them by name, ``kategori`` and ``beskrivning``; every other field's answer
is kept in the deviation's text under the field's title.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.api import get_schema
from kuf.samportal import _
from kuf.samportal.agreements import AgreementError
from kuf.samportal.agreements import category_key
from kuf.samportal.agreements import create_deviation
from kuf.samportal.agreements import messages
from kuf.samportal.content.leverantorsavtal import ILeverantorsavtal
from plone import api
from plone.supermodel.exportimport import BaseHandler
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import implementer


CATEGORY_FIELD = "kategori"
DESCRIPTION_FIELD = "beskrivning"


class ICreateDeviation(Interface):
    """Creates an Avvikelse under the agreement from the submitted form."""


@implementer(ICreateDeviation)
class CreateDeviation(Action):
    __doc__ = ICreateDeviation.__doc__

    def onSuccess(self, fields, request):
        form = get_context(self)
        agreement = aq_parent(aq_inner(form))
        if not ILeverantorsavtal.providedBy(agreement):
            return {DESCRIPTION_FIELD: translate(NOT_IN_AGREEMENT, context=request)}
        schema = get_schema(form)
        extra = {
            schema[name].title: value
            for name, value in fields.items()
            if name not in (CATEGORY_FIELD, DESCRIPTION_FIELD) and name in schema
        }
        chosen = fields.get(CATEGORY_FIELD)
        category = category_key(chosen)
        if category is None and chosen:
            category = "ovrigt"  # a category HR added to the form
            extra = {"Kategori": chosen, **extra}
        try:
            create_deviation(
                agreement,
                api.user.get_current().getId(),
                category,
                fields.get(DESCRIPTION_FIELD),
                extra,
            )
        except AgreementError as refused:
            return {DESCRIPTION_FIELD: " ".join(messages(refused.messages, request))}
        return None


NOT_IN_AGREEMENT = _(
    "error_form_not_in_agreement",
    default="The form must lie in a supplier agreement to report a deviation.",
)

CreateDeviationAction = ActionFactory(
    CreateDeviation,
    _("label_create_deviation_action", default="Create a deviation (Avvikelse)"),
    "kuf.samportal.ManageAgreements",
)
CreateDeviationHandler = BaseHandler(CreateDeviation)
