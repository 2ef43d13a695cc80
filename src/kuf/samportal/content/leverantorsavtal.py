"""Leverantorsavtal: a framework agreement with a supplier of occupational
health or other support, with its ordering routine and service levels."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
import datetime
from kuf.samportal import _
from kuf.samportal.content.fields import USERS
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.constraints import email_address
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.rules import agreements as rules
from plone.app.z3cform.widgets.select import AjaxSelectFieldWidget
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant


class IService(Interface):
    level = schema.Choice(
        title=_("label_service_level", default="Level"),
        vocabulary="kuf.samportal.ServiceLevels",
    )
    service = schema.TextLine(title=_("label_service", default="Service"))
    description = schema.TextLine(
        title=_("label_service_description", default="Description"), required=False
    )


class IContact(Interface):
    name = schema.TextLine(title=_("label_contact_name", default="Name"))
    role = schema.TextLine(
        title=_("label_contact_role", default="Role"),
        description=_("help_contact_role", default="For example Kundansvarig."),
        required=False,
    )
    phone = schema.TextLine(title=_("label_contact_phone", default="Phone"), required=False)
    email = schema.TextLine(
        title=_("label_contact_email", default="E-mail"),
        required=False,
        constraint=email_address,
    )


class IOrderContact(Interface):
    what = schema.TextLine(
        title=_("label_order_contact_what", default="For what"),
        description=_("help_order_contact_what", default="For example Akut krisstöd, dygnet runt."),
    )
    phone = schema.TextLine(title=_("label_contact_phone", default="Phone"), required=False)
    email = schema.TextLine(
        title=_("label_contact_email", default="E-mail"),
        required=False,
        constraint=email_address,
    )
    address = schema.TextLine(
        title=_("label_order_contact_address", default="Address"),
        description=_(
            "help_order_contact_address",
            default="A web address (https://...) or a postal or visiting address.",
        ),
        required=False,
    )


class ILeverantorsavtal(model.Schema):
    supplier = schema.TextLine(title=_("label_supplier", default="Supplier"))
    area = schema.Choice(
        title=_("label_agreement_area", default="Area"),
        vocabulary="kuf.samportal.AgreementAreas",
    )
    purpose = schema.Text(title=_("label_agreement_purpose", default="Purpose"))
    start = schema.Date(title=_("label_agreement_start", default="Valid from"))
    end = schema.Date(title=_("label_agreement_end", default="Valid to"))
    extension = schema.TextLine(
        title=_("label_agreement_extension", default="Options to extend"),
        description=_("help_agreement_extension", default="For example 1 + 1 years."),
        required=False,
    )
    latest_end = schema.Date(
        title=_("label_agreement_latest_end", default="Latest possible end"),
        required=False,
    )
    directives.widget("services", DataGridFieldWidgetFactory)
    services = schema.List(
        title=_("label_agreement_services", default="Services"),
        value_type=DictRow(schema=IService),
        required=False,
        default=[],
    )
    # Not "ordering": plone.restapi reserves that key for reordering children.
    order_steps = schema.List(
        title=_("label_agreement_ordering", default="How to order"),
        description=_("help_agreement_ordering", default="One step per line."),
        value_type=schema.TextLine(),
        min_length=1,
    )
    # The phone numbers, e-mail and web addresses the ordering routine tells
    # people to use, shown with the steps (issue 17).
    directives.widget("order_contacts", DataGridFieldWidgetFactory)
    order_contacts = schema.List(
        title=_("label_order_contacts", default="Where to order"),
        value_type=DictRow(schema=IOrderContact),
        required=False,
        default=[],
    )

    directives.widget("contacts", DataGridFieldWidgetFactory)
    contacts = schema.List(
        title=_("label_agreement_contacts", default="Account managers and contacts"),
        value_type=DictRow(schema=IContact),
        required=False,
        default=[],
    )
    answer_days = schema.Int(
        title=_("label_answer_days", default="Answers an order within (working days)"),
        min=0,
        required=False,
    )
    start_days = schema.Int(
        title=_("label_start_days", default="Starts a larger assignment within (days)"),
        min=0,
        required=False,
    )
    deviation_days = schema.Int(
        title=_("label_deviation_days", default="Answers a reported deviation within (days)"),
        min=1,
        default=7,
    )
    directives.widget("managers", AjaxSelectFieldWidget, vocabulary=USERS)
    managers = schema.List(
        title=_("label_agreement_managers", default="Responsible for the agreement"),
        description=_(
            "help_agreement_managers",
            default="They read and handle the agreement's deviations and its statistics.",
        ),
        value_type=schema.Choice(vocabulary=USERS),
        required=False,
        default=[],
    )

    @invariant
    def dates_in_order(data):
        if data.start and data.end and data.end < data.start:
            raise Invalid(_("error_agreement_end", default="The agreement ends before it starts."))
        if data.end and data.latest_end and data.latest_end < data.end:
            raise Invalid(
                _(
                    "error_agreement_latest_end",
                    default="The latest possible end is before the agreement's end.",
                )
            )


@private_by_default
@implementer(ILeverantorsavtal)
class Leverantorsavtal(Container):
    usage = None  # year -> imported usage rows, see agreements.import_usage
    _ordering = "unordered"

    # Deviations are reported at the same moment by many people. Two things
    # Plone does on every addition to a folder made those reports conflict,
    # so an agreement does neither: it keeps no position list (unordered
    # above: its documents and deviations are listed from the catalog,
    # never by position; existing agreements follow the class at once), and
    # it is not reindexed, nor its modification date changed, because a
    # document or deviation was added to it (nothing the catalog holds of
    # the agreement changes).

    def _setObject(self, id, object, *args, **kwargs):
        self._v_adding = True
        try:
            return super()._setObject(id, object, *args, **kwargs)
        finally:
            self._v_adding = False

    def reindexObject(self, idxs=[], **kwargs):  # noqa: B006 (CMFCatalogAware's signature)
        if getattr(self, "_v_adding", False):
            return
        super().reindexObject(idxs=idxs, **kwargs)

    def status(self, today: datetime.date | None = None) -> str:
        return rules.agreement_status(self.start, self.end, today or datetime.date.today())

    def may_extend(self) -> bool:
        return rules.extension_left(self.end, self.latest_end)


limit_text_fields(IService, IContact, ILeverantorsavtal)
