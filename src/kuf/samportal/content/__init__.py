"""Dexterity content types of kuf.samportal, one module per type."""

from Acquisition import aq_chain
from Acquisition import aq_inner
import uuid
from zope.globalrequest import getRequest


def find_parent(context, interface):
    """The nearest object providing ``interface`` in the acquisition chain."""
    for obj in aq_chain(aq_inner(context)):
        if interface.providedBy(obj):
            return obj
    return None


def invariant_context(data):
    """Where an invariant is checked: the object being edited, or the
    container an add form adds to (z3c.form gives add forms no context)."""
    context = getattr(data, "__context__", None)
    if context is not None:
        return context
    request = getRequest()
    published = request.get("PUBLISHED") if request is not None else None
    return getattr(published, "context", None)


def limit_behaviour_fields():
    """The Plone behaviours our types use get the portal's text limits too."""
    from kuf.samportal.inputguard.limits import limit_text_fields
    from plone.app.dexterity.behaviors.id import IShortName
    from plone.app.dexterity.behaviors.metadata import IBasic
    from plone.app.versioningbehavior.behaviors import IVersionable

    limit_text_fields(IBasic, IShortName, IVersionable)


limit_behaviour_fields()


def unique_id(prefix: str) -> str:
    """An id that nobody adding at the same moment picks too: people writing
    on several instances never compete for the next free "name-N" (which
    made their transactions conflict), and nothing counts the container."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"
