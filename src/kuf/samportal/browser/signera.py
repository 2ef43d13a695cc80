"""The justerare's signature, in two steps.

GET ``@@signera`` shows what is being signed: the protocol, its meeting
date, the number of items and bilagor, the content fingerprint and the open
synpunkter, and asks "Jag har läst protokollet och signerar det". Only a
POST with the CSRF token, the box ticked and the fingerprint that was shown
signs; anything else signs nothing and shows the page again. With BankID the
confirmed form starts the BankID order instead (``@@signera-bankid``), and
BankID's own app is the last step. REST ``POST @sign`` stays one step.
"""

from kuf.samportal import _
from kuf.samportal.rules import swedish_time
from kuf.samportal.signing import SigningRefused
from kuf.samportal.signing import content_fingerprint
from kuf.samportal.signing import refusal_for
from kuf.samportal.signing import sign
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.i18n import translate


CONFIRMATION_FIELD = "bekraftar"

NOT_CONFIRMED = _(
    "error_sign_not_confirmed",
    default="Tick “I have read the protocol and sign it” to sign. Nothing was signed.",
)
CHANGED = _(
    "error_sign_content_changed",
    default="The protocol was changed after you opened this page. Nothing was signed: "
    "read what is shown now and sign again.",
)


ITEMS_ONE = ("sign_count_item_one", "${n} item")
ITEMS_MANY = ("sign_count_items_many", "${n} items")
SUBITEMS_ONE = ("sign_count_subitem_one", "with ${n} sub-item")
SUBITEMS_MANY = ("sign_count_subitems_many", "with ${n} sub-items")
BILAGOR_ONE = ("sign_count_bilaga_one", "${n} attachment (bilaga)")
BILAGOR_MANY = ("sign_count_bilagor_many", "${n} attachments (bilagor)")


class SignView(BrowserView):
    index = ViewPageTemplateFile("templates/signera.pt")
    error = None

    def __call__(self):
        refusal = refusal_for(self.context, self.user_id())
        if refusal is not None:
            api.portal.show_message(refusal.message, self.request, type="error")
            return self.request.response.redirect(self.context.absolute_url())
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if not self.request.form.get(CONFIRMATION_FIELD):
                return self.again(NOT_CONFIRMED)
            if self.request.form.get("fingerprint") != self.fingerprint():
                return self.again(CHANGED)
            self.sign()
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def again(self, message):
        """The page once more, saying why nothing was signed."""
        self.error = translate(message, context=self.request)
        self.request.response.setStatus(400)
        return self.index()

    def user_id(self):
        return api.user.get_current().getId()

    def fingerprint(self):
        return content_fingerprint(self.context)

    def summary(self):
        protocol = self.context
        items = protocol.punkter()
        return {
            "title": protocol.Title(),
            "group": protocol.aq_parent.Title(),
            "date": swedish_time.weekday_date(protocol.meeting_date),
            "item_count": len([item for item in items if not item.letter]),
            "subitems": len([item for item in items if item.letter]),
            "bilagor": len(protocol.bilagor()),
            "deadline": swedish_time.long_datetime(protocol.schedule().comment_deadline),
            "signing_date": swedish_time.long_date(protocol.signing_date),
        }

    def counts(self):
        """ "12 punkter med 3 underpunkter, 1 bilaga" (singular and plural)."""
        summary = self.summary()

        def counted(number, one, many):
            message = one if number == 1 else many
            return translate(
                _(message[0], default=message[1], mapping={"n": number}), context=self.request
            )

        parts = [counted(summary["item_count"], ITEMS_ONE, ITEMS_MANY)]
        if summary["subitems"]:
            parts[0] += " " + counted(summary["subitems"], SUBITEMS_ONE, SUBITEMS_MANY)
        parts.append(counted(summary["bilagor"], BILAGOR_ONE, BILAGOR_MANY))
        return ", ".join(parts)

    def open_synpunkter(self):
        """Open synpunkter the justerare may read, with a link to where they are."""
        base = self.context.absolute_url()
        items = {item.UID(): item for item in self.context.punkter()}
        rows = []
        for synpunkt in self.context.open_synpunkter():
            if not api.user.has_permission("View", obj=synpunkt):
                continue
            item = items.get(synpunkt.punkt or "")
            anchor = f"punkt-{item.number}{item.letter or ''}" if item else "kuf-synpunkter"
            rows.append(
                {
                    "author": synpunkt.author_name,
                    "item": item.label() if item else "",
                    "text": synpunkt.text,
                    "url": f"{base}#{anchor}",
                }
            )
        return rows

    def signs_with_bankid(self):
        from kuf.samportal.identity.bankid_signing import site_uses_bankid

        return site_uses_bankid()

    def sign(self):
        try:
            sign(self.context, self.user_id())
        except SigningRefused as refused:
            api.portal.show_message(refused.refusal.message, self.request, type="error")
            return
        if api.content.get_state(self.context) == "signed":
            message = _("msg_all_signed", default="Everyone has signed: the protocol is signed.")
            if self.context.record_pdf is None:
                message = _(
                    "msg_all_signed_record_pending",
                    default="Everyone has signed: the protocol is signed. Its PDF/A record "
                    "could not be made just now; it is made the next time it is opened.",
                )
        else:
            message = _("msg_signed", default="You have signed the protocol.")
        api.portal.show_message(message, self.request)
