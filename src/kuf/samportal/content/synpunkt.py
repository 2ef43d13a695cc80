"""Synpunkt: a comment on a protocol during justering, handled by the secretary."""

from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content import invariant_context
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.publishing import arrival
from kuf.samportal.records.zmi import record_guard
from kuf.samportal.rules import swedish_time
from plone import api
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from z3c.form.interfaces import IAddForm
from zope import schema
from zope.globalrequest import getRequest
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant
from zope.schema import ValidationError


class EmptyText(ValidationError):
    __doc__ = _("error_empty_synpunkt", default="Write your comment.")


def has_text(value):
    if not (value or "").strip():
        raise EmptyText(value)
    return True


def comment_window_problem(protocol, now=None):
    """Why no synpunkt may be added to ``protocol`` now; None while the window is open."""
    from kuf.samportal.content.protokoll import TIMEZONE

    if api.content.get_state(protocol) != "justering":
        return _(
            "error_synpunkt_not_in_justering",
            default="Comments can only be given while the protocol is out for justering.",
        )
    deadline = protocol.schedule().comment_deadline
    # Judged by when the request arrived: a conflict retry after the
    # deadline does not refuse a synpunkt that was sent in time.
    if deadline is not None and (now or arrival(getRequest(), TIMEZONE)) > deadline:
        return _(
            "error_synpunkt_after_deadline",
            default="The deadline for comments (${deadline}) has passed.",
            mapping={"deadline": swedish_time.short_datetime(deadline)},
        )
    return None


class ISynpunkt(model.Schema):
    directives.widget("punkt", vocabulary="kuf.samportal.ProtocolItems")
    punkt = schema.Choice(
        title=_("label_synpunkt_item", default="Item"),
        description=_("help_synpunkt_item", default="Leave empty for the protocol as a whole."),
        vocabulary="kuf.samportal.ProtocolItems",
        required=False,
    )
    text = schema.Text(title=_("label_synpunkt_text", default="Comment"), constraint=has_text)

    # Commenters write the text; the secretary handles it with status and answer.
    directives.omitted(IAddForm, "status", "answer")
    directives.write_permission(status="kuf.samportal.HandleSynpunkt")
    status = schema.Choice(
        title=_("label_synpunkt_status", default="Handled"),
        vocabulary="kuf.samportal.SynpunktStatus",
        default="open",
    )
    directives.write_permission(answer="kuf.samportal.HandleSynpunkt")
    answer = schema.Text(title=_("label_synpunkt_answer", default="Answer"), required=False)

    @invariant
    def comment_window_open(data):
        context = invariant_context(data)
        if isinstance(context, Synpunkt):
            return  # handling an existing synpunkt, not adding one
        from kuf.samportal.content.protokoll import IProtokoll

        protocol = find_parent(context, IProtokoll)
        problem = comment_window_problem(protocol) if protocol is not None else None
        if problem is not None:
            raise Invalid(problem)

    @invariant
    def handled_with_answer(data):
        if data.status not in (None, "open") and not (data.answer or "").strip():
            raise Invalid(
                _("error_synpunkt_answer", default="Answer the comment when you handle it.")
            )


@private_by_default
@implementer(ISynpunkt)
@record_guard
class Synpunkt(Item):
    """A party's comment on the protocol (or one item), with the secretary's answer."""

    status = "open"
    answer = ""
    author_name = ""

    def handled(self):
        return self.status not in (None, "open")


def note_author(synpunkt, event):
    """Keep the author's name as it was when the comment was given."""
    user = api.user.get_current()
    synpunkt.author_name = user.getProperty("fullname") or user.getId()
    synpunkt.title = f"Synpunkt från {synpunkt.author_name}"
    synpunkt.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])


limit_text_fields(ISynpunkt)
