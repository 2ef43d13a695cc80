"""Ids of protocols and their items, chosen when they are added.

A protocol is named after its meeting date (``protokoll-2026-06-01``), an
item after its number (``punkt-4a``); a name that is taken gets ``-2``,
``-3`` ... This is the name chooser of a samverkansgrupp and of a
protocol, so every way of adding (the Classic add form, REST, plone.api,
the import, the protocol made from the dagordning) gets the same scheme.
Nothing is ever renamed afterwards: existing protocols keep their ids, and
an item moved or renumbered later keeps the id it was given.
"""

from Acquisition import aq_base
from kuf.samportal.rules import numbering
from plone.app.content.namechooser import NormalizingNameChooser


def scheme_name(container, obj):
    """The name the scheme gives ``obj`` in ``container``; None for other types."""
    portal_type = getattr(obj, "portal_type", None)
    if portal_type == "Protokoll":
        date = getattr(obj, "meeting_date", None)
        return f"protokoll-{date.isoformat()}" if date else "protokoll"
    if portal_type == "Protokollspunkt":
        number, letter = getattr(obj, "number", None), getattr(obj, "letter", "") or ""
        if number is None:
            punkter = container.punkter() if hasattr(container, "punkter") else []
            labels = [(item.number, item.letter or "") for item in punkter if item.number]
            number, letter = numbering.next_label(labels)
        return f"punkt-{number}{letter}"
    return None


class ProtocolNameChooser(NormalizingNameChooser):
    """The name chooser of samverkansgrupper and protocols."""

    def chooseName(self, name, obj):
        base = scheme_name(self.context, obj)
        if base is None:
            return super().chooseName(name, obj)
        if name and name != obj.Title():  # a name asked for (not a title as suggestion)
            base = name
        candidate, number = base, 1
        while True:
            existing = self.context.get(candidate)
            if existing is None or aq_base(existing) is aq_base(obj):
                return candidate
            number += 1
            candidate = f"{base}-{number}"
