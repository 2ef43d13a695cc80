"""A parsed protocol into the portal: a draft, or a historical protocol in
the state ``arkiverat`` that keeps its original file as the record.

Everything is checked before anything is written (``check``); ``create``
and ``replace`` then write in one transaction, so a refusal leaves nothing.
"""

from Acquisition import aq_base
from Acquisition import aq_parent
from dataclasses import dataclass
from dataclasses import field
from kuf.samportal import _
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.importing import ImportRefused
from kuf.samportal.importing import parse_file
from kuf.samportal.importing.files import bilaga_number
from kuf.samportal.importing.files import sha256
from kuf.samportal.importing.model import TIMEZONE
from kuf.samportal.importing.model import ParseResult
from kuf.samportal.importing.model import Protocol
from kuf.samportal.records.seal import seal
from kuf.samportal.rules.participation import party_of
from kuf.samportal.workflow.guards import system_transition
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.file import NamedBlobFile
import re
from zope.lifecycleevent import modified


SHA_INDEX = "kuf_original_sha256"
BILAGA_MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Upload:
    data: bytes
    filename: str = ""
    content_type: str = "application/octet-stream"


class ImportFailed(Exception):
    """A refusal: ``message`` is an i18n message or Swedish text; ``status``
    the HTTP status the REST service answers with."""

    def __init__(self, message, status=400, **extra):
        super().__init__(message)
        self.message = message
        self.status = status
        self.extra = extra


MESSAGES = {
    "no_date": _(
        "import_no_meeting_date",
        default="A historical protocol needs its meeting date: none was found in the document.",
    ),
    "duplicate": _(
        "import_duplicate",
        default="This file has already been imported into the group.",
    ),
    "not_draft": _(
        "import_replace_not_draft",
        default="Only a draft can be replaced by an imported document.",
    ),
    "replace_unknown": _(
        "import_replace_unknown",
        default="The protocol to replace is not a protocol of this group.",
    ),
    "replace_historical": _(
        "import_replace_historical",
        default="A historical protocol cannot replace a draft.",
    ),
    "replace_forbidden": _(
        "import_replace_forbidden", default="You may not change the protocol to replace."
    ),
    "bilaga_too_large": _(
        "import_bilaga_too_large", default="An attachment file is larger than 50 MB."
    ),
    "too_many_files": _(
        "import_too_many_files",
        default="At most ${limit} attachment files can be uploaded at once.",
        mapping={"limit": 30},
    ),
}
MAX_BILAGA_FILES = 30


@dataclass
class Prepared:
    """What an import will write: the parsed protocol with its people matched,
    the bilaga files by number, and what is missing or left over."""

    result: ParseResult
    original: Upload
    sha: str
    files: dict = field(default_factory=dict)  # bilaga number -> Upload
    missing_files: list = field(default_factory=list)
    unmatched_files: list = field(default_factory=list)

    def to_json(self) -> dict:
        data = self.result.to_json()
        data["format"] = self.result.format
        data["sha256"] = self.sha
        data["missing_bilagor"] = self.missing_files
        data["unmatched_files"] = self.unmatched_files
        return data


def parse_upload(upload: Upload) -> ParseResult:
    try:
        return parse_file(upload.data, upload.filename)
    except ImportRefused as refusal:
        raise ImportFailed(refusal.message) from refusal


def prepare(upload: Upload, bilaga_uploads=(), corrections: dict | None = None) -> Prepared:
    """Parse, apply the user's corrections, match people and bilaga files."""
    result = parse_upload(upload)
    if corrections:
        apply_corrections(result, corrections)
    match_people(result.protokoll)
    prepared = Prepared(result, upload, sha256(upload.data))
    if len(bilaga_uploads) > MAX_BILAGA_FILES:
        raise ImportFailed(MESSAGES["too_many_files"])
    numbers = {bilaga.number for bilaga in result.protokoll.bilagor}
    for bilaga_upload in bilaga_uploads:
        if len(bilaga_upload.data) > BILAGA_MAX_BYTES:
            raise ImportFailed(MESSAGES["bilaga_too_large"])
        number = bilaga_number(bilaga_upload.filename)
        if number in numbers and number not in prepared.files:
            prepared.files[number] = bilaga_upload
        else:
            prepared.unmatched_files.append(bilaga_upload.filename)
    prepared.missing_files = sorted(numbers - set(prepared.files))
    return prepared


def apply_corrections(result: ParseResult, corrections: dict):
    """Fields the user corrected in the preview (or a REST client sends)
    replace the parsed ones; bodies and what was not sent stay as parsed."""
    current = result.protokoll.to_json()
    punkter = corrections.get("punkter")
    if punkter is not None:
        parsed = current["punkter"]
        merged = []
        for index, item in enumerate(punkter):
            base = dict(parsed[index]) if index < len(parsed) else {"text": "", "bilagor": []}
            base.update(item)
            merged.append(base)
        corrections = {**corrections, "punkter": merged}
    current.update({key: value for key, value in corrections.items() if key in current})
    try:
        result.protokoll = Protocol.from_json(current)
        problem = invalid_value(result.protokoll)
        if problem:
            raise ValueError(problem)
    except (TypeError, ValueError, AttributeError) as error:
        raise ImportFailed(
            _(
                "import_bad_correction",
                default="A corrected value could not be read: ${error}",
                mapping={"error": str(error)},
            )
        ) from error


def invalid_value(protocol: Protocol) -> str:
    """What in a corrected protocol the portal's vocabularies do not know."""
    from kuf.samportal.parties import PARTIES
    from kuf.samportal.vocabularies import ITEM_KINDS

    parties = {party.id for party in PARTIES}
    kinds = {kind for kind, _title in ITEM_KINDS}
    for person in protocol.attendees():
        if not isinstance(person.name, str) or person.party not in (None, *parties):
            return f"part {person.party!r}"
    for punkt in protocol.punkter:
        if not isinstance(punkt.number, int) or punkt.number < 1:
            return f"nummer {punkt.number!r}"
        if punkt.letter and not (
            isinstance(punkt.letter, str) and re.fullmatch("[a-z]", punkt.letter)
        ):
            return f"bokstav {punkt.letter!r}"
        if punkt.kind not in (None, *kinds) or punkt.raised_by not in (None, *parties):
            return f"typ {punkt.kind!r} / part {punkt.raised_by!r}"
        if not isinstance(punkt.heading, str) or not punkt.heading.strip():
            return "en punkt utan rubrik"
        if not all(isinstance(n, int) for n in punkt.bilagor):
            return f"bilagor {punkt.bilagor!r}"
    for bilaga in protocol.bilagor:
        if not isinstance(bilaga.number, int) or not str(bilaga.title).strip():
            return f"bilaga {bilaga.number!r}"
    return ""


def user_for_name(name: str, cache: dict) -> str | None:
    """The portal user whose full name is exactly ``name`` (if exactly one)."""
    name = (name or "").strip()
    if not name:
        return None
    if name not in cache:
        acl_users = api.portal.get_tool("acl_users")
        found = set()
        for entry in acl_users.searchUsers(fullname=name, exact_match=True):
            user = api.user.get(userid=entry["userid"])
            if user is not None and user.getProperty("fullname") == name:
                found.add(user.getId())
        cache[name] = found.pop() if len(found) == 1 else None
    return cache[name]


def match_people(protocol: Protocol, cache=None):
    cache = {} if cache is None else cache
    for person in protocol.attendees():
        person.user_id = user_for_name(person.name, cache)


def duplicate_of(group, sha: str):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Protokoll", path="/".join(group.getPhysicalPath()), **{SHA_INDEX: sha}
    )
    return brains[0] if brains else None


def check(group, prepared: Prepared, historical: bool, replace=None):
    """Refuse before anything is written (``prepared`` None: only the draft)."""
    protocol = prepared.result.protokoll if prepared is not None else None
    if historical and protocol.meeting_date is None:
        raise ImportFailed(MESSAGES["no_date"])
    if historical and replace is not None:
        raise ImportFailed(MESSAGES["replace_historical"])
    if historical:
        existing = duplicate_of(group, prepared.sha)
        if existing is not None:
            raise ImportFailed(MESSAGES["duplicate"], status=409, existing=existing.getURL())
    if replace is not None:
        if not IProtokoll.providedBy(replace) or aq_base(aq_parent(replace)) is not aq_base(group):
            raise ImportFailed(MESSAGES["replace_unknown"], status=404)
        if api.content.get_state(replace) != "draft":
            raise ImportFailed(MESSAGES["not_draft"], status=409)
        if not api.user.has_permission("Modify portal content", obj=replace):
            raise ImportFailed(MESSAGES["replace_forbidden"], status=403)


def attendee_rows(people) -> list[dict]:
    return [
        {
            "name": person.name,
            "role": person.role or None,
            "party": person.party,
            "note": person.note or None,
            "user_id": person.user_id,
        }
        for person in people
    ]


def field_values(protocol: Protocol) -> dict:
    deadline = protocol.comment_deadline
    if deadline is not None:
        deadline = deadline.astimezone(TIMEZONE).replace(tzinfo=None)  # stored as local time
    return {
        "meeting_date": protocol.meeting_date,
        "start_time": protocol.start_time,
        "end_time": protocol.end_time,
        "place": protocol.place or None,
        "present": attendee_rows(protocol.present),
        "absent": attendee_rows(protocol.absent),
        "adjunct": attendee_rows(protocol.adjunct),
        "sent_out": protocol.sent_out,
        "comment_deadline": deadline,
        "signing_date": protocol.signing_date,
        "next_meeting_date": protocol.next_meeting_date,
        "next_meeting_time": protocol.next_meeting_time,
        "next_meeting_place": protocol.next_meeting_place or None,
    }


def signers(group, protocol: Protocol, historical: bool) -> dict:
    """Secretary and justerare: users for a draft where a name matches a user
    who may take part; for a historical protocol, names only (they did not
    sign in the portal)."""
    if historical:
        return {
            "secretary": None,
            "secretary_name": protocol.secretary_name or None,
            "justerare": [],
            "justerare_names": list(protocol.justerare_names),
        }
    cache = {}
    secretary = user_for_name(protocol.secretary_name, cache)
    justerare, names = [], []
    for name in protocol.justerare_names:
        user_id = user_for_name(name, cache)
        user = api.user.get(userid=user_id) if user_id else None
        if user is not None and party_of(set(user.getGroups()), list(group.parties or [])):
            if user_id not in justerare:
                justerare.append(user_id)
        else:
            names.append(name)
    values = {"justerare": justerare, "justerare_names": names}
    values["secretary_name"] = None if secretary else (protocol.secretary_name or None)
    if secretary or protocol.secretary_name:
        # The document names who took the minutes: that user, or only the name
        # (not the group's secretary, whom a new protocol otherwise gets).
        values["secretary"] = secretary
    return values


def rich(html: str):
    return RichTextValue(html, "text/html", "text/x-html-safe") if html else None


def blob(upload: Upload) -> NamedBlobFile:
    return NamedBlobFile(upload.data, contentType=upload.content_type, filename=upload.filename)


def write_bilagor(protocol, prepared: Prepared) -> dict:
    """Bilagor by number: kept (with their files) when a draft is replaced,
    created where new, removed where the document no longer has them."""
    existing = {bilaga.number: bilaga for bilaga in protocol.bilagor()}
    wanted = {bilaga.number: bilaga.title for bilaga in prepared.result.protokoll.bilagor}
    for number, bilaga in existing.items():
        if number not in wanted:
            api.content.delete(obj=bilaga, check_linkintegrity=False)
    uids = {}
    for number, title in sorted(wanted.items()):
        bilaga = existing.get(number)
        upload = prepared.files.get(number)
        if bilaga is None:
            bilaga = createContentInContainer(
                protocol,
                "Bilaga",
                checkConstraints=False,
                id=f"bilaga-{number}",
                title=title,
                file=blob(upload) if upload else None,
            )
        else:
            bilaga.title = title
            if upload:
                bilaga.file = blob(upload)
            modified(bilaga)
        uids[number] = bilaga.UID()
    return uids


def write_items(protocol, parsed: Protocol, uids: dict):
    if protocol.punkter():  # the group's standing items, or the replaced draft's
        api.content.delete(objects=protocol.punkter(), check_linkintegrity=False)
    for punkt in parsed.punkter:
        createContentInContainer(
            protocol,
            "Protokollspunkt",
            checkConstraints=False,
            id=f"punkt-{punkt.number}{punkt.letter}",
            number=punkt.number,
            letter=punkt.letter or "",
            kind=punkt.kind,
            raised_by=punkt.raised_by,
            heading=punkt.heading,
            body=rich(punkt.text),
            bilagor=[uids[n] for n in punkt.bilagor if n in uids],
        )


def create(group, prepared: Prepared, historical: bool):
    parsed = prepared.result.protokoll
    values = {**field_values(parsed), **signers(group, parsed, historical)}
    if historical:
        values["original_file"] = blob(prepared.original)
        values["original_sha256"] = prepared.sha
    name = f"protokoll-{parsed.meeting_date.isoformat()}" if parsed.meeting_date else "protokoll"
    # (createContentInContainer names the object once: plone.api would add it
    # under a temporary id and rename it, which the catalog queue logs as errors)
    protocol = createContentInContainer(
        group, "Protokoll", checkConstraints=False, id=name, _v_kuf_imported=True, **values
    )
    if historical or "secretary" in values:
        protocol.secretary = values.get("secretary")  # not the group's default secretary
    finish(protocol, prepared)
    if historical:
        with system_transition():
            api.content.transition(obj=protocol, transition="archive")
        seal(protocol)  # a record from now on: records.seal checks every commit
    return protocol


def replace(protocol, prepared: Prepared):
    group = protocol.aq_parent
    parsed = prepared.result.protokoll
    for name, value in {**field_values(parsed), **signers(group, parsed, False)}.items():
        setattr(protocol, name, value)
    finish(protocol, prepared)
    return protocol


def finish(protocol, prepared: Prepared):
    uids = write_bilagor(protocol, prepared)
    write_items(protocol, prepared.result.protokoll, uids)
    protocol.update_title()
    protocol.update_people()
    modified(protocol)
    protocol.reindexObject()
