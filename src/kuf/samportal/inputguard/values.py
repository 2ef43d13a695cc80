"""Values our own REST services read from a body, checked like fields.

``refusal(request, field, value)`` is the translated refusal of ``value`` for
``field`` (type, size, characters), or None. The services use the content
types' own fields where they exist, and these for values without one.
"""

from kuf.samportal import _
from kuf.samportal.inputguard.fields import field_problem
from zope import schema
from zope.i18n import translate


ANALYSIS = schema.Text(title=_("label_analysis", default="Analysis"), required=False)
ANSWER = schema.TextLine(title=_("label_answer_value", default="Answer"), required=False)
ANSWERS = schema.Dict(
    title=_("label_answers", default="Answers"),
    key_type=schema.TextLine(title=_("label_question_id", default="Id")),
    required=False,
)


def refusal(request, field, value):
    problem = field_problem(field, value, request)
    return translate(problem, context=request) if problem is not None else None


def first_refusal(request, *pairs):
    """The first refusal of (field, value) pairs, or None."""
    for field, value in pairs:
        message = refusal(request, field, value)
        if message is not None:
            return message
    return None
