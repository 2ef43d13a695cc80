"""An item's or a bilaga's own add and edit forms lead back to the
protocol, at the item (or the bilagor), not to the part's own page."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone.dexterity.browser.add import DefaultAddForm
from plone.dexterity.browser.add import DefaultAddView
from plone.dexterity.browser.edit import DefaultEditForm


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
