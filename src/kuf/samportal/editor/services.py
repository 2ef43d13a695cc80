"""REST: ``GET``/``PUT <protokoll>/@dokument``, the whole protocol at once.

The same structure and checks as the one-page editor (``document``): a PUT
writes everything or nothing; bad input answers 400 with every problem in
Swedish, a protocol that is not a draft 409. In REST the items refer to
bilagor by number (as ``GET <protokoll>`` shows them), or by UID.
"""

from kuf.samportal.editor import document
from kuf.samportal.inputguard import rules as input_rules
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides


def bilaga_numbers(protocol):
    return {bilaga.UID(): bilaga.number for bilaga in protocol.bilagor()}


def as_json(protocol):
    data = document.read(protocol)
    numbers = bilaga_numbers(protocol)
    for item in data["punkter"]:
        item["bilagor"] = [numbers[uid] for uid in item["bilagor"] if uid in numbers]
    data["@id"] = f"{protocol.absolute_url()}/@dokument"
    data["title"] = protocol.Title()
    data["bilagor"] = [
        {"number": bilaga.number, "title": bilaga.Title(), "UID": bilaga.UID()}
        for bilaga in protocol.bilagor()
    ]
    return data


def bilagor_as_uids(protocol, data):
    """Items' bilaga numbers as UIDs; unknown numbers are kept as they are
    (a text the check then refuses, a number it refuses as the wrong form)."""
    by_number = {str(number): uid for uid, number in bilaga_numbers(protocol).items()}
    for item in data.get("punkter") or []:
        if not isinstance(item, dict) or not isinstance(item.get("bilagor"), list):
            continue
        item["bilagor"] = [
            by_number.get(str(ref), str(ref))
            if isinstance(ref, int) and not isinstance(ref, bool)
            else ref
            for ref in item["bilagor"]
        ]


class DokumentGet(Service):
    def reply(self):
        return as_json(self.context)


class DokumentPut(Service):
    def refuse(self, status, messages, problems=None):
        self.request.response.setStatus(status)
        return {
            "error": {
                "type": "BadRequest" if status == 400 else "Conflict",
                "message": " ".join(messages),
                "problems": problems or [],
            }
        }

    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        refusal = document.refusal(self.context)
        if refusal is not None:
            return self.refuse(409, [translate(refusal, context=self.request)])
        data = json_body(self.request)
        if not isinstance(data, dict):
            data = None
        else:
            data = {key: value for key, value in data.items() if key not in ("@id", "title")}
            if "punkter" in data and not isinstance(data["punkter"], list):
                pass
            elif len(data.get("punkter") or []) <= input_rules.ITEMS_LIMIT:
                bilagor_as_uids(self.context, data)
        current = document.read(self.context)
        if isinstance(data, dict):
            # A PUT names the whole document; a key left out keeps its value.
            data = {**current, **data}
        values, problems = document.check(self.context, data, self.request)
        if problems:
            return self.refuse(400, problems.messages(), problems.as_list())
        document.write(self.context, values)
        return as_json(self.context)
