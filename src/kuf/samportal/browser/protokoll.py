"""The protocol as one readable, printable document, in the order of a real
FVG protocol: header, attendance, items, bilagor, signatures."""

from datetime import datetime
from kuf.samportal import _
from kuf.samportal.caching.body import cached
from kuf.samportal.caching.body import record_key
from kuf.samportal.content.protokoll import TIMEZONE
from kuf.samportal.parties import PARTIES
from kuf.samportal.records import PROTOCOL_WORKFLOW
from kuf.samportal.records import current_state
from kuf.samportal.rules import swedish_time
from kuf.samportal.signatures import signatures
from kuf.samportal.vocabularies import SYNPUNKT_STATUS
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


PARTY_TITLES = {party.id: party.title for party in PARTIES}
SYNPUNKT_STATUS_TITLES = dict(SYNPUNKT_STATUS)

HISTORY_LABELS = {
    "send_to_justering": _("history_sent", default="Sent for justering"),
    "retract": _("history_retracted", default="Retracted to draft"),
    "finalize": _("history_finalized", default="Signed by all justerare"),
    "signatures_cleared": _("history_signatures_cleared", default="Signatures cleared"),
    "signed": _("history_signed", default="Signed"),
    "commented": _("history_commented", default="Gave a comment"),
    "archive": _("history_archived", default="Imported as justerat outside the portal"),
}

STATE_LABELS = {
    "draft": _("state_draft", default="Draft"),
    "justering": _("state_justering", default="In justering"),
    "signed": _("state_signed", default="Signed"),
    "arkiverat": _("state_arkiverat", default="Justerat outside the portal"),
}


def local_time(iso):
    """A stored UTC timestamp as Swedish local time, "2025-01-20 10:00"."""
    return f"{datetime.fromisoformat(iso).astimezone(TIMEZONE):%Y-%m-%d %H:%M}"


def format_date(value):
    return value.isoformat() if value else ""


def format_time(value):
    return value.strftime("%H:%M") if value else ""


class ProtokollView(BrowserView):
    def group(self):
        return self.context.aq_parent

    @memoize
    def state(self):
        # Read from the protocol's own history, as the workflow tool does.
        return current_state(self.context, PROTOCOL_WORKFLOW)

    def state_label(self):
        return STATE_LABELS.get(self.state(), self.state())

    @memoize
    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    def can_send(self):
        return self.state() == "draft" and api.user.has_permission(
            "kuf.samportal: Send protocol to justering", obj=self.context
        )

    def can_retract(self):
        return self.state() == "justering" and api.user.has_permission(
            "kuf.samportal: Retract protocol", obj=self.context
        )

    @memoize
    def base_url(self):
        return self.context.absolute_url()

    def child_url(self, child):
        """A child's URL from the protocol's, computed once per request."""
        return f"{self.base_url()}/{child.getId()}"

    @memoize
    def user_id(self):
        return api.user.get_current().getId()

    def can_sign(self):
        return (
            self.state() == "justering"
            and self.user_id() in (self.context.justerare or [])
            and self.user_id() not in signatures(self.context)
        )

    @memoize
    def can_comment(self):
        from kuf.samportal.content.synpunkt import comment_window_problem

        return (
            api.user.has_permission("kuf.samportal: Add Synpunkt", obj=self.context)
            and comment_window_problem(self.context) is None
        )

    def comment_url(self, item_uid=None):
        url = f"{self.base_url()}/++add++Synpunkt"
        return f"{url}?punkt={item_uid}" if item_uid else url

    items_section = ViewPageTemplateFile("templates/protokoll_items.pt")

    def items_html(self):
        """The items with their synpunkter; a record's rendering is kept
        (caching/body.py), keyed also on what this reader may see and do."""
        key = record_key(
            self.context,
            self.request,
            self.can_edit(),
            self.can_comment(),
            self.may_handle_synpunkter(),
            self.visible_synpunkter(),
        )
        return cached(key, self.items_section)

    @memoize
    def visible_synpunkter(self):
        """Synpunkter this user may read, by item UID ("" for the whole protocol)."""
        by_item = {}
        for synpunkt in self.context.synpunkter():
            if not api.user.has_permission("View", obj=synpunkt):
                continue
            by_item.setdefault(synpunkt.punkt or "", []).append(
                {
                    "author": synpunkt.author_name,
                    "text": synpunkt.text,
                    "status": synpunkt.status,
                    "status_title": translate(
                        SYNPUNKT_STATUS_TITLES[synpunkt.status], context=self.request
                    ),
                    "answer": synpunkt.answer,
                    "date": swedish_time.short_datetime(synpunkt.created()),
                    "edit_url": f"{self.child_url(synpunkt)}/edit",
                }
            )
        return by_item

    def may_handle_synpunkter(self):
        return self.state() == "justering" and api.user.has_permission(
            "kuf.samportal: Handle Synpunkt", obj=self.context
        )

    def history(self):
        """Who sent, retracted, commented and signed, when; for the group's members."""
        if not api.user.has_permission("kuf.samportal: View justering history", obj=self.context):
            return []
        entries = []
        # Read directly: the review_history variable is guarded by review
        # permissions, and this history is for the whole group.
        history = getattr(self.context, "workflow_history", {}).get("kuf_protokoll_workflow", ())
        for entry in history:
            if not entry.get("action"):
                continue
            entries.append(
                {
                    "when": entry["time"].asdatetime(),
                    "who": self.user_name(entry.get("actor")),
                    "what": translate(
                        HISTORY_LABELS.get(entry["action"], entry["action"]), context=self.request
                    ),
                    "comment": entry.get("comments") or "",
                }
            )
        for user_id, record in signatures(self.context).items():
            entries.append(
                {
                    "when": datetime.fromisoformat(record["signed_at"]),
                    "who": self.user_name(user_id),
                    "what": translate(HISTORY_LABELS["signed"], context=self.request),
                    "comment": "",
                }
            )
        for synpunkt in self.context.synpunkter():
            if api.user.has_permission("View", obj=synpunkt):
                entries.append(
                    {
                        "when": synpunkt.created().asdatetime(),
                        "who": synpunkt.author_name,
                        "what": translate(HISTORY_LABELS["commented"], context=self.request),
                        "comment": "",
                    }
                )
        entries.sort(key=lambda entry: entry["when"])
        for entry in entries:
            local = entry["when"].astimezone(TIMEZONE)
            entry["when"] = f"{local:%Y-%m-%d %H:%M}"
        return entries

    def blockers(self):
        return [
            translate(msg, context=self.request)
            for msg in self.context.send_to_justering_blockers()
        ]

    def time_span(self):
        start, end = format_time(self.context.start_time), format_time(self.context.end_time)
        if start and end:
            return f"Kl. {start}–{end}"
        return f"Kl. {start or end}" if start or end else ""

    def attendance(self):
        """Närvarande, Förhinder and Adjungerade, in the protocol's order."""
        labels = (
            ("present", _("label_present", default="Present")),
            ("absent", _("label_absent", default="Excused")),
            ("adjunct", _("label_adjunct", default="Co-opted")),
        )
        return [
            {
                "field": field,
                "title": translate(label, context=self.request),
                "rows": self.attendees(field),
            }
            for field, label in labels
        ]

    def attendees(self, field):
        rows = []
        for row in getattr(self.context, field, None) or []:
            role = row.get("role") or ""
            party = PARTY_TITLES.get(row.get("party") or "", "")
            described = (
                role if not party or party in role else ", ".join(filter(None, [role, party]))
            )
            rows.append(
                {"name": row.get("name", ""), "role": described, "note": row.get("note") or ""}
            )
        return rows

    @memoize
    def bilagor(self):
        return [
            {
                "uid": bilaga.UID(),
                "number": bilaga.number,
                "label": bilaga.label(),
                "title": bilaga.Title(),
                # An imported protocol may list a bilaga whose file was not uploaded.
                "url": (
                    f"{self.child_url(bilaga)}/@@download/file"
                    if getattr(bilaga, "file", None) is not None
                    else ""
                ),
                "edit_url": f"{self.child_url(bilaga)}/edit",
            }
            for bilaga in self.context.bilagor()
        ]

    def original(self):
        """The original file of a protocol justerat outside the portal: the
        record, of which this structured copy is derived."""
        original = getattr(self.context, "original_file", None)
        if original is None:
            return None
        return {
            "filename": original.filename or "original",
            "url": f"{self.base_url()}/@@download/original_file",
            "sha256": self.context.original_sha256 or "",
            "size_kb": max(1, original.getSize() // 1024),
        }

    def secretary_name(self):
        if self.context.secretary:
            return self.user_name(self.context.secretary)
        return self.context.secretary_name or ""

    def named_signers(self):
        """Justerare known by name only: on a protocol justerat outside the
        portal they signed on paper on the signing date; on a draft they are
        names from an imported document not yet chosen as users."""
        archived = self.state() == "arkiverat"
        signed_on = format_date(self.context.signing_date) if archived else ""
        return [
            {"name": name, "archived": archived, "signed_on": signed_on}
            for name in self.context.justerare_names or []
        ]

    def can_export_word(self):
        return self.state() == "draft" and self.can_edit()

    def reimport_url(self):
        return f"{self.group().absolute_url()}/@@importera-protokoll?ersatt={self.context.UID()}"

    def items(self):
        """Items with their sub-items nested, ready for the template."""
        by_uid = {bilaga["uid"]: bilaga for bilaga in self.bilagor()}
        structured = []
        for item in self.context.punkter():
            entry = {
                "label": f"{item.letter})" if item.letter else f"{item.number}.",
                "uid": item.UID(),
                "anchor": f"punkt-{item.number}{item.letter or ''}",
                "heading": item.heading_with_kind(),
                "body": item.body_html(),
                "bilagor": [by_uid[uid] for uid in item.bilagor or [] if uid in by_uid],
                "edit_url": f"{self.child_url(item)}/edit",
                "subitems": [],
            }
            if item.letter and structured:
                structured[-1]["subitems"].append(entry)
            else:
                structured.append(entry)
        return structured

    def user_name(self, user_id):
        return self.context.person(user_id)["name"] if user_id else ""

    def signature_block(self):
        given = signatures(self.context)
        block = []
        for user_id in self.context.justerare or []:
            person = self.context.person(user_id)
            signature = given.get(user_id)
            block.append(
                {
                    "name": person["name"],
                    "party": PARTY_TITLES.get(person["party"], ""),
                    "signed": signature is not None,
                    "signed_at": local_time(signature["signed_at"]) if signature else "",
                    "bankid": bankid_summary(signature),
                }
            )
        return block

    def signs_with_bankid(self):
        from kuf.samportal.identity.bankid_signing import site_uses_bankid

        return site_uses_bankid()

    def schedule(self):
        context = self.context
        return {
            "sent_out": format_date(context.sent_out),
            "deadline": swedish_time.long_datetime(context.schedule().comment_deadline),
            "signing": format_date(context.signing_date),
        }

    def next_meeting(self):
        context = self.context
        parts = [
            format_date(context.next_meeting_date),
            f"kl. {format_time(context.next_meeting_time)}" if context.next_meeting_time else "",
            context.next_meeting_place or "",
        ]
        return ", ".join(part for part in parts if part)

    def date(self):
        return format_date(self.context.meeting_date)


def bankid_summary(signature):
    """What the signature page shows of a BankID signature (never the
    personal number); the whole completion stays in the record."""
    bankid = (signature or {}).get("bankid")
    if not bankid:
        return None
    return {"name": bankid.get("name", ""), "signature_sha256": bankid.get("signature_sha256", "")}
