"""REST: POST <samverkansgrupp>/@protokollimport.

    {"file": {"data": "<base64>", "encoding": "base64", "filename": "x.docx",
              "content-type": "..."},
     "dry_run": true, "historical": false,
     "replace": "<UID of a draft>",            (optional)
     "bilaga_files": [{"data": ..., "filename": "Bilaga 2.pdf", ...}],  (optional)
     "protokoll": {...corrections...}}         (optional)

200 with the preview ``{"protokoll": {...}, "warnings": [...]}`` for a dry
run; 201 with ``@id`` when the protocol is created (state ``draft``, or
``arkiverat`` with ``"historical": true``), 200 when a draft is replaced.
Refusals are 400/403/404/409 with a Swedish message; nothing is written.
"""

import base64
import binascii
from kuf.samportal import _
from kuf.samportal.importing import MAX_BYTES
from kuf.samportal.importing.creation import ImportFailed
from kuf.samportal.importing.creation import Upload
from kuf.samportal.importing.creation import check
from kuf.samportal.importing.creation import create
from kuf.samportal.importing.creation import prepare
from kuf.samportal.importing.creation import replace
from kuf.samportal.refusals import bad_request
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.exceptions import DeserializationError
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides


BAD_FILE = _(
    "import_bad_file",
    default='Send the document as "file": {"data": <base64>, "encoding": "base64", '
    '"filename": ...}.',
)
TOO_LARGE = _(
    "import_too_large", default="The file is too large: at most ${limit} MB can be imported."
)


def upload_of(value) -> Upload:
    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        raise ImportFailed(BAD_FILE)
    data = value["data"]
    if data.startswith("data:") and "," in data[:200]:
        data = data.split(",", 1)[1]  # a data: URL
    if value.get("encoding", "base64") == "base64":
        data = "".join(data.split())  # line breaks of base64 as e-mail writes it
    if len(data) > MAX_BYTES * 4 // 3 + 8 and value.get("encoding", "base64") == "base64":
        raise ImportFailed(TOO_LARGE)
    try:
        raw = (
            base64.b64decode(data, validate=True)
            if value.get("encoding", "base64") == "base64"
            else data.encode("utf-8")
        )
    except (binascii.Error, ValueError) as error:
        raise ImportFailed(BAD_FILE) from error
    return Upload(
        raw,
        str(value.get("filename") or ""),
        str(value.get("content-type") or "application/octet-stream"),
    )


class ProtokollImportPost(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            try:
                data = json_body(self.request)
            except DeserializationError as error:
                raise ImportFailed(BAD_FILE) from error
            return self.run(data)
        except ImportFailed as failure:
            message = translate(failure.message, context=self.request)
            extra = {"@id": failure.extra["existing"]} if "existing" in failure.extra else {}
            return bad_request(self.request, [message], status=failure.status, **extra)

    def run(self, data):
        if not isinstance(data, dict):
            raise ImportFailed(BAD_FILE)
        upload = upload_of(data.get("file"))
        bilaga_files = [upload_of(value) for value in data.get("bilaga_files") or []]
        corrections = data.get("protokoll") if isinstance(data.get("protokoll"), dict) else None
        prepared = prepare(upload, bilaga_files, corrections)
        historical = bool(data.get("historical"))
        target = None
        if data.get("replace"):
            target = api.content.get(UID=str(data["replace"]))
            if target is None:
                raise ImportFailed(
                    _(
                        "import_replace_unknown",
                        default="The protocol to replace is not a protocol of this group.",
                    ),
                    status=404,
                )
        check(self.context, prepared, historical, target)
        answer = prepared.to_json()
        if data.get("dry_run", True) is not False:
            return answer
        if target is not None:
            protocol = replace(target, prepared)
        else:
            protocol = create(self.context, prepared, historical)
            self.request.response.setStatus(201)
            self.request.response.setHeader("Location", protocol.absolute_url())
        answer["@id"] = protocol.absolute_url()
        answer["UID"] = protocol.UID()
        answer["review_state"] = api.content.get_state(protocol)
        return answer
