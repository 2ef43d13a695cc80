"""The collective.easyform action of the form "Anmäl fråga till mötet": the
submission becomes a question (``Fraga``) on the chosen meeting, with the
same rules as ``POST <meeting>/@fragor``."""

from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.api import get_schema
from kuf.samportal import _
from kuf.samportal.content.samverkansgrupp import ISamverkansgrupp
from kuf.samportal.meetings import form as question_form
from kuf.samportal.meetings.content.mote import IMote
from kuf.samportal.meetings.lookup import by_uid
from kuf.samportal.meetings.questions import submit_question
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.vocabularies import upcoming_meetings
from plone import api
from plone.supermodel.exportimport import BaseHandler
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import implementer


class ICreateQuestion(Interface):
    """Creates an anmäld fråga on the chosen meeting from the submitted form."""


def is_file(value):
    return hasattr(value, "filename") and hasattr(value, "data")


@implementer(ICreateQuestion)
class CreateQuestion(Action):
    __doc__ = ICreateQuestion.__doc__

    def onSuccess(self, fields, request):
        form = get_context(self)
        group = aq_parent(aq_inner(form))
        if not ISamverkansgrupp.providedBy(group):
            return {question_form.TEXT_FIELD: translate(NOT_IN_GROUP, context=request)}
        meeting = self.meeting(group, fields.get(question_form.MEETING_FIELD))
        if meeting is None:
            return {question_form.MEETING_FIELD: translate(NO_MEETING, context=request)}
        schema = get_schema(form)
        files, extra = [], {}
        for name, value in fields.items():
            if name in question_form.KNOWN_FIELDS or name not in schema:
                continue
            if is_file(value):
                files.append((value.filename, value.data, getattr(value, "contentType", "")))
            elif value not in (None, ""):
                extra[schema[name].title] = value
        try:
            submit_question(
                meeting,
                api.user.get_current(),
                party=fields.get(question_form.PARTY_FIELD),
                heading=fields.get(question_form.HEADING_FIELD),
                text=fields.get(question_form.TEXT_FIELD),
                wanted_kind=fields.get(question_form.WANTED_FIELD),
                submission_kind=fields.get(question_form.KIND_FIELD) or "fraga",
                files=files,
                extra=extra,
            )
        except MeetingRefusal as refused:
            return {question_form.TEXT_FIELD: " ".join(refused.texts(request))}
        return None

    def meeting(self, group, uid):
        """The chosen meeting of this group; without the field (HR removed
        it), the next meeting."""
        if uid:
            meeting = by_uid(uid, unrestricted=True)
            if IMote.providedBy(meeting) and aq_base(meeting.group()) is aq_base(group):
                return meeting
            return None
        upcoming = upcoming_meetings(group)
        return upcoming[0][0] if upcoming else None


NOT_IN_GROUP = _(
    "error_form_not_in_group",
    default="The form must lie in a samverkansgrupp to send questions to its meetings.",
)
NO_MEETING = _(
    "error_question_no_meeting",
    default="Choose one of the group's coming meetings.",
)

CreateQuestionAction = ActionFactory(
    CreateQuestion,
    _("label_create_question_action", default="Create a question (Anmäld fråga)"),
    "kuf.samportal.ManageMeeting",
)
CreateQuestionHandler = BaseHandler(CreateQuestion)
