"""Fraga: a question (anmäld fråga) or written positions (skriftliga
synpunkter, yrkanden) a party sends to a meeting; attachments are files
inside it."""

from kuf.samportal import _
from kuf.samportal.content import find_parent
from kuf.samportal.content.security import private_by_default
from kuf.samportal.inputguard.limits import limit_text_fields
from kuf.samportal.parties import PARTIES
from plone.dexterity.content import Container
from plone.supermodel import model
from zope import schema
from zope.interface import implementer


PARTY_TITLES = {party.id: party.title for party in PARTIES}


class IFraga(model.Schema):
    party = schema.Choice(
        title=_("label_question_party", default="Party"), vocabulary="kuf.samportal.Parties"
    )
    heading = schema.TextLine(title=_("label_question_heading", default="Heading"))
    text = schema.Text(title=_("label_question_text", default="Question"))
    wanted_kind = schema.Choice(
        title=_("label_question_wanted_kind", default="Wanted as"),
        vocabulary="kuf.samportal.QuestionKinds",
    )
    submission_kind = schema.Choice(
        title=_("label_question_submission_kind", default="What is sent"),
        vocabulary="kuf.samportal.SubmissionKinds",
        default="fraga",
    )
    answer = schema.Text(
        title=_("label_question_answer", default="Answer from the secretary"), required=False
    )


@private_by_default
@implementer(IFraga)
class Fraga(Container):
    """Received as submitted (``inskickad``); the secretary takes it into the
    dagordning (``accepterad``) or answers why not (``avvisad``)."""

    submitter = None
    submitted_on = None  # date
    late = False
    deadline = None  # the deadline it was judged against (date)
    # Where it went in the dagordning (see rules.agenda.place_question).
    placement = None

    def party_title(self):
        return PARTY_TITLES.get(self.party, self.party or "")

    def is_written_position(self):
        return self.submission_kind == "skriftliga_synpunkter"

    def update_title(self):
        what = "Skriftliga synpunkter" if self.is_written_position() else "Anmäld fråga"
        self.title = f"{what} från {self.party_title()}: {self.heading}"

    def meeting(self):
        from kuf.samportal.meetings.content.mote import IMote

        return find_parent(self, IMote)

    def attachments(self):
        return [obj for obj in self.objectValues() if obj.portal_type == "File"]


limit_text_fields(IFraga)
