"""The group's practice for its meetings: a behavior of Samverkansgrupp
(fieldset "Möten"), so that the meeting cycle adds its settings without
changing the group's own schema."""

from datetime import time
from kuf.samportal import _
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.meetings.rules.protocol import Practice
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from zope import schema
from zope.interface import Invalid
from zope.interface import invariant
from zope.interface import provider


DEFAULTS = Practice()


@provider(IFormFieldProvider)
class IMeetingPractice(model.Schema):
    model.fieldset(
        "meetings",
        label=_("fieldset_meetings", default="Meetings"),
        fields=[
            "kallelse_days",
            "question_deadline_days",
            "questions_item",
            "justering_sent_days",
            "justering_comment_days",
            "justering_comment_time",
            "justering_signing_days",
        ],
    )
    kallelse_days = schema.Int(
        title=_("label_kallelse_days", default="Kallelse: days before the meeting"),
        min=0,
        max=60,
        default=7,
    )
    question_deadline_days = schema.Int(
        title=_(
            "label_question_deadline_days",
            default="Last day for questions: working days before the meeting",
        ),
        min=0,
        max=30,
        default=5,
    )
    questions_item = schema.TextLine(
        title=_("label_questions_item", default="Agenda item for questions from the parties"),
        description=_(
            "help_questions_item",
            default="The standing item accepted questions go under. Empty: the last item "
            "that begins with Övrig.",
        ),
        required=False,
    )
    justering_sent_days = schema.Int(
        title=_("label_justering_sent_days", default="Protocol sent out: days after the meeting"),
        min=0,
        max=60,
        default=DEFAULTS.sent_out_days,
    )
    justering_comment_days = schema.Int(
        title=_(
            "label_justering_comment_days",
            default="Deadline for comments: days after the meeting",
        ),
        min=0,
        max=60,
        default=DEFAULTS.comment_days,
    )
    justering_comment_time = schema.Time(
        title=_("label_justering_comment_time", default="Deadline for comments: time"),
        default=time(12, 0),
    )
    justering_signing_days = schema.Int(
        title=_("label_justering_signing_days", default="Signing: days after the meeting"),
        min=0,
        max=90,
        default=DEFAULTS.signing_days,
    )

    @invariant
    def justering_in_order(data):
        sent, comment, signing = (
            data.justering_sent_days,
            data.justering_comment_days,
            data.justering_signing_days,
        )
        if None not in (sent, comment, signing) and not sent <= comment <= signing:
            raise Invalid(
                _(
                    "error_practice_order",
                    default="The protocol is sent out before the deadline for comments, and "
                    "signed after it.",
                )
            )


def practice_of(group) -> Practice:
    def value(name, default):
        found = getattr(group, name, None)
        return default if found is None else found

    return Practice(
        sent_out_days=value("justering_sent_days", DEFAULTS.sent_out_days),
        comment_days=value("justering_comment_days", DEFAULTS.comment_days),
        comment_time=value("justering_comment_time", DEFAULTS.comment_time),
        signing_days=value("justering_signing_days", DEFAULTS.signing_days),
    )


limit_text_fields(IMeetingPractice)
