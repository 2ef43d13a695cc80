"""The import page on a samverkansgrupp (upload → preview → save), the
Word export of a protocol, and the catalog indexer of the original's hash."""

from kuf.samportal import _
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.importing import MAX_BYTES
from kuf.samportal.importing import staging
from kuf.samportal.importing.creation import ImportFailed
from kuf.samportal.importing.creation import Upload
from kuf.samportal.importing.creation import check
from kuf.samportal.importing.creation import create
from kuf.samportal.importing.creation import prepare
from kuf.samportal.importing.creation import replace
from kuf.samportal.importing.export import structure_of
from kuf.samportal.importing.write_docx import write_docx
from kuf.samportal.parties import PARTIES
from kuf.samportal.vocabularies import ITEM_KINDS
from plone import api
from plone.indexer import indexer
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SECTIONS = (
    ("present", _("label_present", default="Present")),
    ("absent", _("label_absent", default="Excused")),
    ("adjunct", _("label_adjunct", default="Co-opted")),
)
FIELDS = (
    "meeting_date",
    "start_time",
    "end_time",
    "place",
    "sent_out",
    "comment_deadline",
    "signing_date",
    "next_meeting_date",
    "next_meeting_time",
    "next_meeting_place",
    "secretary_name",
)


def upload_of(value) -> Upload | None:
    if value is None or not getattr(value, "filename", ""):
        return None
    return Upload(
        value.read(),
        value.filename,
        (getattr(value, "headers", None) or {}).get("content-type", "application/octet-stream"),
    )


def corrections_from(form) -> dict:
    """The preview's inputs as corrections of the parsed protocol."""
    corrections = {name: (form.get(name) or "").strip() for name in FIELDS if name in form}
    if "justerare_names" in form:
        corrections["justerare_names"] = [
            line.strip() for line in form["justerare_names"].splitlines() if line.strip()
        ]
    for section, _label in SECTIONS:
        if section in form:
            corrections[section] = [
                {
                    "name": row.get("name", "").strip(),
                    "role": row.get("role", "").strip(),
                    "party": row.get("party") or None,
                    "note": row.get("note", "").strip(),
                }
                for row in form[section]
                if row.get("name", "").strip()
            ]
    if "punkter" in form:
        corrections["punkter"] = [
            {
                "heading": row.get("heading", "").strip(),
                "kind": row.get("kind") or None,
                "raised_by": row.get("raised_by") or None,
            }
            for row in form["punkter"]
        ]
    if "bilagor" in form:
        corrections["bilagor"] = [
            {"number": int(row["number"]), "title": row.get("title", "").strip()}
            for row in form["bilagor"]
            if str(row.get("number", "")).isdigit()
        ]
    return corrections


class ImportPage(BrowserView):
    """Upload the secretary's document, see it as the protocol will look,
    correct it, and save it as a draft or as justerat outside the portal."""

    template = ViewPageTemplateFile("templates/importera_protokoll.pt")

    def __call__(self):
        self.errors = []
        self.prepared = None
        self.token = ""
        form = self.request.form
        self.historical = bool(form.get("historical"))
        self.replace_target = self.draft_to_replace(form.get("replace") or form.get("ersatt"))
        self.replace_uid = self.replace_target.UID() if self.replace_target is not None else ""
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if "form.preview" in form:
                self.preview()
            elif "form.draft" in form or "form.archive" in form:
                protocol = self.save(historical="form.archive" in form)
                if protocol is not None:
                    return self.request.response.redirect(protocol.absolute_url())
        return self.template()

    def draft_to_replace(self, uid):
        """A draft of this group that the secretary may change, or None."""
        if not uid:
            return None
        target = api.content.get(UID=str(uid))
        try:
            check(self.context, None, False, target)
        except ImportFailed:
            return None
        return target

    def user_id(self):
        return api.user.get_current().getId()

    def refuse(self, message):
        self.errors.append(translate(message, context=self.request))

    def preview(self):
        document = upload_of(self.request.form.get("document"))
        if document is None:
            return self.refuse(_("import_choose_file", default="Choose the protocol's file."))
        if len(document.data) > MAX_BYTES:
            return self.refuse(
                _(
                    "import_too_large",
                    default="The file is too large: at most ${limit} MB can be imported.",
                    mapping={"limit": MAX_BYTES // (1024 * 1024)},
                )
            )
        bilagor = [
            upload
            for value in self.request.form.get("bilagor") or []
            if (upload := upload_of(value)) is not None
        ]
        try:
            self.prepared = prepare(document, bilagor)
        except ImportFailed as failure:
            return self.refuse(failure.message)
        self.token = staging.stage(self.user_id(), document, bilagor)

    def save(self, historical):
        self.token = self.request.form.get("token", "")
        staged = staging.fetch(self.user_id(), self.token)
        if staged is None:
            self.refuse(
                _("import_expired", default="The preview has expired: upload the file again.")
            )
            return None
        document, bilagor = staged
        try:
            self.prepared = prepare(document, bilagor, corrections_from(self.request.form))
            if self.replace_target is not None:
                check(self.context, self.prepared, False, self.replace_target)
                protocol = replace(self.replace_target, self.prepared)
                historical = False
            else:
                check(self.context, self.prepared, historical)
                protocol = create(self.context, self.prepared, historical)
        except ImportFailed as failure:
            self.refuse(failure.message)
            return None
        staging.discard(self.token)
        message = (
            _(
                "import_saved_archived",
                default="The protocol was saved as justerat outside the portal.",
            )
            if historical
            else _("import_saved_draft", default="The protocol was saved as a draft.")
        )
        api.portal.show_message(translate(message, context=self.request), self.request)
        return protocol

    # -- what the preview shows ----------------------------------------------

    def protocol(self):
        return self.prepared.result.protokoll

    def warnings(self):
        return self.prepared.result.warnings

    def parties(self):
        return [(party.id, party.title) for party in PARTIES]

    def kinds(self):
        return ITEM_KINDS

    def sections(self):
        protocol = self.protocol()
        warned = {w.message.rsplit("för ", 1)[-1].rstrip(".") for w in self.warnings()}
        result = []
        for key, label in SECTIONS:
            rows = [
                {**person.__dict__, "warned": person.party is None and person.name in warned}
                for person in getattr(protocol, key)
            ]
            rows.append(
                {
                    "name": "",
                    "role": "",
                    "party": None,
                    "note": "",
                    "user_id": None,
                    "warned": False,
                }
            )
            result.append(
                {"key": key, "title": translate(label, context=self.request), "rows": rows}
            )
        return result

    def items(self):
        return [
            {
                "index": index,
                "label": f"{punkt.letter})" if punkt.letter else f"{punkt.number}.",
                "sub": bool(punkt.letter),
                "heading": punkt.heading,
                "kind": punkt.kind or "",
                "raised_by": punkt.raised_by or "",
                "body": punkt.text,
                "bilagor": ", ".join(str(n) for n in punkt.bilagor),
            }
            for index, punkt in enumerate(self.protocol().punkter)
        ]

    def bilagor(self):
        files = self.prepared.files
        return [
            {
                "number": bilaga.number,
                "title": bilaga.title,
                "file": files[bilaga.number].filename if bilaga.number in files else "",
            }
            for bilaga in self.protocol().bilagor
        ]

    def value(self, name):
        """A field's value as an HTML input wants it."""
        value = getattr(self.protocol(), name)
        if value is None:
            return ""
        if name == "comment_deadline":
            return f"{value:%Y-%m-%dT%H:%M}"
        if hasattr(value, "isoformat"):
            return value.isoformat()[:5] if name.endswith("time") else value.isoformat()
        return value

    def max_mb(self):
        return MAX_BYTES // (1024 * 1024)


class ProtokollDocx(BrowserView):
    """<protokoll>/@@protokoll.docx: the protocol as Word, in the layout the
    import reads, to edit it in Word and import it again into the draft."""

    def __call__(self):
        data = write_docx(structure_of(self.context))
        response = self.request.response
        response.setHeader("Content-Type", DOCX)
        response.setHeader(
            "Content-Disposition", f'attachment; filename="{self.context.getId()}.docx"'
        )
        response.setHeader("Content-Length", str(len(data)))
        return data


@indexer(IProtokoll)
def original_sha256_indexer(protocol):
    value = getattr(protocol, "original_sha256", None)
    if not value:
        raise AttributeError("kuf_original_sha256")
    return value
