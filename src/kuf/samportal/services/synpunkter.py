"""REST: GET and POST <protokoll>/@synpunkter, with Swedish refusals."""

from kuf.samportal import _
from kuf.samportal.content import unique_id
from kuf.samportal.content.synpunkt import ISynpunkt
from kuf.samportal.content.synpunkt import comment_window_problem
from kuf.samportal.inputguard.values import first_refusal
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides


def summary(synpunkt):
    return {
        "@id": synpunkt.absolute_url(),
        "author": synpunkt.Creator(),
        "author_name": synpunkt.author_name,
        "punkt": synpunkt.punkt,
        "text": synpunkt.text,
        "status": synpunkt.status,
        "answer": synpunkt.answer,
        "created": synpunkt.created().ISO8601(),
    }


class SynpunkterGet(Service):
    def reply(self):
        visible = [
            synpunkt
            for synpunkt in self.context.synpunkter()
            if api.user.has_permission("View", obj=synpunkt)
        ]
        return {"items": [summary(synpunkt) for synpunkt in visible], "items_total": len(visible)}


class SynpunkterPost(Service):
    def refuse(self, status, message):
        self.request.response.setStatus(status)
        return {
            "error": {"type": "BadRequest", "message": translate(message, context=self.request)}
        }

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        data = json_body(self.request)
        problem = comment_window_problem(self.context)
        if problem is not None:
            status = 412 if api.content.get_state(self.context) != "justering" else 400
            return self.refuse(status, problem)
        if not api.user.has_permission("kuf.samportal: Add Synpunkt", obj=self.context):
            return self.refuse(
                403,
                _(
                    "error_synpunkt_not_member",
                    default="Only the parties of the group give comments on its protocols.",
                ),
            )
        problem = first_refusal(
            self.request,
            (ISynpunkt["text"], data.get("text")),
            (ISynpunkt["punkt"], data.get("punkt")),
        )
        if problem is not None:
            return self.refuse(400, problem)
        text = (data.get("text") or "").strip()
        if not text:
            return self.refuse(400, _("error_empty_synpunkt", default="Write your comment."))
        punkt = data.get("punkt") or None
        if punkt and punkt not in {item.UID() for item in self.context.punkter()}:
            return self.refuse(
                400,
                _("error_synpunkt_item", default="The item does not belong to this protocol."),
            )
        synpunkt = api.content.create(
            container=self.context,
            type="Synpunkt",
            # Unique without counting: synpunkter given at the same moment
            # (at the deadline) do not compete for "synpunkt-N".
            id=unique_id("synpunkt"),
            text=text,
            punkt=punkt,
        )
        self.request.response.setStatus(201)
        return summary(synpunkt)
