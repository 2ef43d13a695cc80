"""The synpunkt's own screens: given from an item it is about that item,
and after saving (or cancelling) the user is back on the protocol at the
item. No "Inställningar" fieldset (exclude from navigation means nothing
for a synpunkt), and its page shows what it is about without the stock
"av <user>" byline."""

from kuf.samportal import _
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.vocabularies import SYNPUNKT_STATUS
from plone import api
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.dexterity.browser.edit import DefaultEditForm
from plone.z3cform import layout
from Products.Five.browser import BrowserView
from zope.i18n import translate


HIDDEN = ("IExcludeFromNavigation.exclude_from_nav",)
NO_ITEM = _("label_whole_protocol", default="The whole protocol")


def protocol_of(obj):
    from kuf.samportal.content import find_parent

    return find_parent(obj, IProtokoll)


def item_anchor(protocol, item_uid):
    """ "punkt-4a" for the item with this UID, or the whole protocol's comments."""
    for item in protocol.punkter():
        if item.UID() == item_uid:
            return f"punkt-{item.number}{item.letter or ''}"
    return "kuf-synpunkter"


def back_to_protocol(protocol, item_uid):
    return f"{protocol.absolute_url()}#{item_anchor(protocol, item_uid)}"


def drop_hidden_fields(form):
    for group in form.groups:
        group.fields = group.fields.omit(*HIDDEN)
    form.groups = [group for group in form.groups if len(group.fields)]
    form.fields = form.fields.omit(*HIDDEN)


class SynpunktAddForm(DefaultAddForm):
    portal_type = "Synpunkt"
    added = None

    def updateFields(self):
        super().updateFields()
        drop_hidden_fields(self)

    def updateWidgets(self):
        super().updateWidgets()
        widget = self.widgets.get("punkt")
        if widget is None:
            return
        widget.noValueMessage = translate(NO_ITEM, context=self.request)
        wanted = self.request.form.get("punkt")
        if (
            wanted
            and not self.request.form.get("form.buttons.save")
            and wanted in {term.token for term in widget.terms}
        ):
            widget.value = [wanted]

    def add(self, obj):
        super().add(obj)
        self.added = obj

    def nextURL(self):
        item_uid = self.added.punkt if self.added is not None else self.request.form.get("punkt")
        return back_to_protocol(self.context, item_uid)


class SynpunktAddView(DefaultAddView):
    form = SynpunktAddForm


class SynpunktEditForm(DefaultEditForm):
    def updateFields(self):
        super().updateFields()
        drop_hidden_fields(self)

    def updateWidgets(self):
        super().updateWidgets()
        widget = self.widgets.get("punkt")
        if widget is not None:
            widget.noValueMessage = translate(NO_ITEM, context=self.request)

    def nextURL(self):
        return back_to_protocol(protocol_of(self.context), self.context.punkt)


SynpunktEditView = layout.wrap_form(SynpunktEditForm)


class SynpunktView(BrowserView):
    """What the synpunkt is about, its text, status and answer."""

    def protocol(self):
        return protocol_of(self.context)

    def item_title(self):
        protocol = self.protocol()
        for item in protocol.punkter():
            if item.UID() == self.context.punkt:
                return item.Title()
        return translate(NO_ITEM, context=self.request)

    def back_url(self):
        return back_to_protocol(self.protocol(), self.context.punkt)

    def status_title(self):
        return translate(dict(SYNPUNKT_STATUS)[self.context.status], context=self.request)

    def date(self):
        from kuf.samportal.rules import swedish_time

        return swedish_time.long_datetime(self.context.created())

    def can_handle(self):
        return api.user.has_permission("Modify portal content", obj=self.context)
