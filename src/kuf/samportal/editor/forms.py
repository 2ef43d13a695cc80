"""An item's or a bilaga's own add and edit forms lead back to the
protocol, at the item (or the bilagor), not to the part's own page."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.dexterity.browser.edit import DefaultEditForm
from Products.Five.browser import BrowserView


def place_in_protocol(obj, protocol=None):
    """The protocol's URL with the anchor of ``obj`` in its document."""
    protocol = protocol if protocol is not None else aq_parent(aq_inner(obj))
    url = protocol.absolute_url()
    if obj is None:
        return url
    if obj.portal_type == "Protokollspunkt" and obj.number:
        return f"{url}#punkt-{obj.number}{obj.letter or ''}"
    if obj.portal_type == "Bilaga":
        return f"{url}#bilagor"
    return url


class PartEditForm(DefaultEditForm):
    def nextURL(self):
        return place_in_protocol(self.context)


class PartAddForm(DefaultAddForm):
    added = None

    def add(self, object):
        super().add(object)
        self.added = self.context.get(object.getId())

    def nextURL(self):
        return place_in_protocol(self.added, protocol=self.context)


class PartAddView(DefaultAddView):
    form = PartAddForm


class PartView(BrowserView):
    """An item's or a bilaga's own page: what it is, in Swedish, and the way
    back to its place in the protocol (no stock field listing with its
    "No value")."""

    def protocol_url(self):
        return place_in_protocol(self.context)

    def protocol_title(self):
        return aq_parent(aq_inner(self.context)).Title()

    def kind(self):
        from kuf.samportal.vocabularies import item_kind_title

        return item_kind_title(getattr(self.context, "kind", None))

    def raised_by(self):
        from kuf.samportal.vocabularies import party_title

        return party_title(getattr(self.context, "raised_by", None))

    def body(self):
        return self.context.body_html() if hasattr(self.context, "body_html") else ""

    def bilagor(self):
        protocol = aq_parent(aq_inner(self.context))
        refs = set(getattr(self.context, "bilagor", None) or [])
        return [
            {
                "label": f"{bilaga.label()}: {bilaga.Title()}",
                "url": f"{bilaga.absolute_url()}/@@download/file"
                if getattr(bilaga, "file", None) is not None
                else "",
            }
            for bilaga in protocol.bilagor()
            if bilaga.UID() in refs
        ]

    def download_url(self):
        if getattr(self.context, "file", None) is None:
            return ""
        return f"{self.context.absolute_url()}/@@download/file"

    def filename(self):
        file = getattr(self.context, "file", None)
        return (file.filename or "") if file is not None else ""
