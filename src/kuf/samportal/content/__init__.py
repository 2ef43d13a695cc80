"""Dexterity content types of kuf.samportal, one module per type."""

from Acquisition import aq_chain
from Acquisition import aq_inner


def find_parent(context, interface):
    """The nearest object providing ``interface`` in the acquisition chain."""
    for obj in aq_chain(aq_inner(context)):
        if interface.providedBy(obj):
            return obj
    return None
