"""The protocol as one readable, printable document, in the order of a real
FVG protocol: header, attendance, items, bilagor, signatures."""

from kuf.samportal import _
from kuf.samportal.parties import PARTIES
from kuf.samportal.signatures import signatures
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from zope.i18n import translate


PARTY_TITLES = {party.id: party.title for party in PARTIES}

STATE_LABELS = {
    "draft": _("state_draft", default="Draft"),
    "justering": _("state_justering", default="In justering"),
    "signed": _("state_signed", default="Signed"),
}


def format_date(value):
    return value.isoformat() if value else ""


def format_time(value):
    return value.strftime("%H:%M") if value else ""


class ProtokollView(BrowserView):
    def group(self):
        return self.context.aq_parent

    @memoize
    def state(self):
        return api.content.get_state(self.context)

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
                "url": f"{bilaga.absolute_url()}/@@download/file",
                "edit_url": f"{bilaga.absolute_url()}/edit",
            }
            for bilaga in self.context.bilagor()
        ]

    def items(self):
        """Items with their sub-items nested, ready for the template."""
        by_uid = {bilaga["uid"]: bilaga for bilaga in self.bilagor()}
        structured = []
        for item in self.context.punkter():
            entry = {
                "label": f"{item.letter})" if item.letter else f"{item.number}.",
                "anchor": f"punkt-{item.number}{item.letter or ''}",
                "heading": item.heading_with_kind(),
                "body": item.body_html(),
                "bilagor": [by_uid[uid] for uid in item.bilagor or [] if uid in by_uid],
                "edit_url": f"{item.absolute_url()}/edit",
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
                    "signed_at": signature["signed_at"] if signature else "",
                }
            )
        return block

    def schedule(self):
        context = self.context
        deadline = context.comment_deadline
        return {
            "sent_out": format_date(context.sent_out),
            "deadline": f"{deadline:%Y-%m-%d} kl. {deadline:%H:%M}" if deadline else "",
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
