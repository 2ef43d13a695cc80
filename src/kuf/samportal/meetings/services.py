"""REST services and serializers of the meeting cycle.

POST <mote>/@fragor            send a question (same rules as the form)
GET  <mote>/@fragor            the questions the user may read
POST <fraga>/@hantera          {"beslut": "ta_med", "som": "underpunkt"|"handling",
                               "punkt": "11"} or {"beslut": "avvisa", "svar": "..."}
POST <mote>/@kallelse          send the kallelse
POST <mote>/@dagordning        build the dagordning again from the årshjul
POST <mote>/@forhinder         {"forhinder": true|false}, for an invited member
POST <mote>/@skapa-protokoll   the protocol draft from the dagordning (201)
GET/PUT <arshjul>/@rutnat      the grid's cells {"celler": [{"tema", "mote", "satt", "anteckning"}]}
POST <arshjul>/@kopiera-till-nasta-ar
"""

import base64
import binascii
from kuf.samportal import _
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings import protocol as protocol_logic
from kuf.samportal.meetings import questions
from kuf.samportal.meetings.browser.common import agenda_heading
from kuf.samportal.meetings.content.arshjul import IArshjul
from kuf.samportal.meetings.content.fraga import IFraga
from kuf.samportal.meetings.content.handling import IHandling
from kuf.samportal.meetings.content.mote import IMote
from kuf.samportal.meetings.refusals import MANAGE_MEETING
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules import agenda as agenda_rules
from kuf.samportal.refusals import bad_request
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeFolderToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from plone.restapi.services import Service
from zope.component import adapter
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import alsoProvides
from zope.interface import implementer


def refused(request, refusal):
    return bad_request(request, refusal.texts(request), status=refusal.status)


def body_of(request) -> dict:
    alsoProvides(request, IDisableCSRFProtection)
    body = json_body(request)
    return body if isinstance(body, dict) else {}


def iso(value):
    return value.isoformat() if value else None


# Serializers -----------------------------------------------------------------


def question_json(question):
    return {
        "@id": question.absolute_url(),
        "title": question.Title(),
        "part": question.party,
        "rubrik": question.heading,
        "fraga": question.text,
        "onskas_som": question.wanted_kind,
        "slag": question.submission_kind,
        "review_state": api.content.get_state(question, default=None),
        "sen": bool(question.late),
        "inskickad": iso(question.submitted_on),
        "sista_dag": iso(question.deadline),
        "svar": question.answer or "",
        "bilagor": [
            {"title": f.Title(), "download": f"{f.absolute_url()}/@@download/file"}
            for f in question.attachments()
        ],
    }


def agenda_json(meeting):
    return [
        {
            "label": label,
            "underpunkt": bool(row.get("sub")),
            "kind": row.get("kind"),
            "heading": row.get("heading"),
            "title": agenda_heading(row),
            "raised_by": row.get("raised_by"),
            "handlingar": agenda_rules.parse_refs(row.get("handlingar"))[0],
        }
        for label, row in agenda_rules.numbered(meeting.agenda_rows())
    ]


@implementer(ISerializeToJson)
@adapter(IMote, Interface)
class SerializeMoteToJson(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        meeting = self.context
        found = meeting.protocol()
        plan = meeting.arshjul()
        result.update(
            {
                "review_state": meeting.state(),
                "nummer": meeting.number_in_year(),
                "arshjul": {"@id": plan.absolute_url(), "title": plan.Title()} if plan else None,
                "dagordning_rader": agenda_json(meeting),
                "handlingar": [
                    {
                        "number": h.number,
                        "title": h.Title(),
                        "part": h.party,
                        "download": f"{h.absolute_url()}/@@download/file",
                    }
                    for h in meeting.handlingar()
                ],
                "fragor": [
                    question_json(q)
                    for q in meeting.fragor()
                    if api.user.has_permission("View", obj=q)
                ],
                "kallelse_skickad": meeting.kallelse_sent,
                "kallelse_senast": iso(meeting.kallelse_due()),
                "sista_dag_for_fragor": iso(meeting.question_deadline()),
                "inbjudna": cycle.invitations(meeting),
                "protokoll": {"@id": found.absolute_url(), "title": found.Title()}
                if found
                else None,
            }
        )
        if api.user.has_permission(MANAGE_MEETING, obj=meeting):
            result["kallelse_hinder"] = [
                translate(m, context=self.request) for m in cycle.kallelse_blockers(meeting)
            ]
            result["protokoll_hinder"] = [
                translate(m, context=self.request)
                for m in protocol_logic.protocol_blockers(meeting)
            ]
        return result


@implementer(ISerializeToJson)
@adapter(IFraga, Interface)
class SerializeFragaToJson(SerializeFolderToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        result.update(question_json(self.context))
        return result


@implementer(ISerializeToJson)
@adapter(IHandling, Interface)
class SerializeHandlingToJson(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        result["number"] = self.context.number
        result["label"] = self.context.label()
        return result


def grid_json(plan):
    grid = plan.grid()
    return {
        "kolumner": [
            {
                "id": c["id"],
                "nummer": c["number"],
                "label": c["label"],
                "datum": iso(c["date"]),
                "start": c["start_time"].strftime("%H:%M") if c.get("start_time") else None,
                "slut": c["end_time"].strftime("%H:%M") if c.get("end_time") else None,
                "plats": c.get("place"),
            }
            for c in grid["columns"]
        ],
        "rader": [
            {
                "tema": {k: row["theme"].get(k) for k in ("id", "title", "responsible")},
                "celler": [
                    {"satt": cell["kind"], "anteckning": cell.get("note") or ""} if cell else None
                    for cell in row["cells"]
                ],
            }
            for row in grid["rows"]
        ],
    }


@implementer(ISerializeToJson)
@adapter(IArshjul, Interface)
class SerializeArshjulToJson(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        result["rutnat"] = grid_json(self.context)
        return result


# Services ----------------------------------------------------------------------


def decoded_files(items):
    files = []
    for item in items or []:
        try:
            data = base64.b64decode(item["data"], validate=True)
            filename = str(item["filename"]).strip()
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise MeetingRefusal([BAD_ATTACHMENT]) from None
        if not filename or not data:
            raise MeetingRefusal([BAD_ATTACHMENT])
        files.append((filename, data, item.get("content-type") or ""))
    return files


BAD_ATTACHMENT = _(
    "error_question_attachment",
    default="An attachment needs a file name and its content as base64.",
)


class QuestionsGet(Service):
    def reply(self):
        return {
            "@id": self.context.absolute_url() + "/@fragor",
            "items": [
                question_json(q)
                for q in self.context.fragor()
                if api.user.has_permission("View", obj=q)
            ],
        }


class QuestionsPost(Service):
    def reply(self):
        body = body_of(self.request)
        if not isinstance(body.get("bilagor", []), list):
            return refused(self.request, MeetingRefusal([BAD_ATTACHMENT]))
        try:
            question = questions.submit_question(
                self.context,
                api.user.get_current(),
                party=body.get("part"),
                heading=body.get("rubrik") if isinstance(body.get("rubrik"), str) else None,
                text=body.get("fraga") if isinstance(body.get("fraga"), str) else None,
                wanted_kind=body.get("onskas_som"),
                submission_kind=body.get("slag") or "fraga",
                files=decoded_files(body.get("bilagor")),
            )
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        self.request.response.setStatus(201)
        return question_json(question)


class HandleQuestionPost(Service):
    def reply(self):
        body = body_of(self.request)
        try:
            if body.get("beslut") == "avvisa":
                questions.refuse_question(self.context, body.get("svar"))
            elif body.get("beslut") == "ta_med":
                mode = "handling" if body.get("som") == "handling" else "item"
                questions.accept_question(self.context, mode, body.get("punkt"))
            else:
                raise MeetingRefusal([DECISION_UNKNOWN])
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        return question_json(self.context)


DECISION_UNKNOWN = _(
    "error_question_decision",
    default='Give "beslut": "ta_med" or "avvisa".',
)


class KallelsePost(Service):
    def reply(self):
        body_of(self.request)
        try:
            cycle.send_kallelse(self.context)
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        return {"review_state": self.context.state(), "skickad": self.context.kallelse_sent}


class AgendaPost(Service):
    def reply(self):
        body_of(self.request)
        try:
            cycle.rebuild_agenda(self.context)
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        return {"dagordning_rader": agenda_json(self.context)}


class ForhinderPost(Service):
    def reply(self):
        body = body_of(self.request)
        try:
            row = cycle.set_forhinder(
                self.context, api.user.get_current().getId(), body.get("forhinder") is True
            )
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        return row


class CreateProtocolPost(Service):
    def reply(self):
        body_of(self.request)
        try:
            made = protocol_logic.create_protocol(self.context)
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        self.request.response.setStatus(201)
        return {"@id": made.absolute_url(), "title": made.Title()}


class GridGet(Service):
    def reply(self):
        return {"@id": self.context.absolute_url() + "/@rutnat", **grid_json(self.context)}


class GridPut(Service):
    def reply(self):
        body = body_of(self.request)
        cells = body.get("celler")
        if not isinstance(cells, list) or not all(isinstance(c, dict) for c in cells):
            return refused(self.request, MeetingRefusal([GRID_SHAPE]))
        try:
            cycle.save_cells(
                self.context,
                [
                    {
                        "theme": c.get("tema"),
                        "meeting": c.get("mote"),
                        "kind": c.get("satt"),
                        "note": c.get("anteckning") if isinstance(c.get("anteckning"), str) else "",
                    }
                    for c in cells
                ],
            )
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        return {"@id": self.context.absolute_url() + "/@rutnat", **grid_json(self.context)}


GRID_SHAPE = _(
    "error_grid_shape",
    default='Give the cells as "celler": a list of {"tema", "mote", "satt", "anteckning"}.',
)


class CopyPost(Service):
    def reply(self):
        body_of(self.request)
        try:
            copy = cycle.copy_to_next_year(self.context)
        except MeetingRefusal as refusal:
            return refused(self.request, refusal)
        self.request.response.setStatus(201)
        return {"@id": copy.absolute_url(), "title": copy.Title(), "year": copy.year}


def protocol_meeting_json(protocol):
    """For the protocol's serializer: the meeting it was made from."""
    meeting = protocol_logic.meeting_of(protocol)
    return {"@id": meeting.absolute_url(), "title": meeting.Title()} if meeting else None
