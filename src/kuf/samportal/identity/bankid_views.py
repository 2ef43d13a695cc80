"""The justerare's BankID signing page: start, QR code or this device,
collect, cancel. The page works without JavaScript (a status button);
with it, ``bankid.js`` polls ``@@signera-bankid-status`` every second and
shows the animated QR code and BankID's messages.
"""

from bankid.exceptions import BankIDError
import contextlib
import httpx
import json
from kuf.samportal import _
from kuf.samportal.identity import bankid_orders
from kuf.samportal.identity import hints
from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity import signed_data
from kuf.samportal.identity.bankid_client import BankIDNotConfigured
from kuf.samportal.identity.bankid_client import bankid_client
from kuf.samportal.identity.bankid_signing import CompletedOrder
from kuf.samportal.identity.bankid_signing import completed_order
from kuf.samportal.identity.bankid_signing import site_uses_bankid
from kuf.samportal.signing import SigningRefused
from kuf.samportal.signing import content_fingerprint
from kuf.samportal.signing import refusal_for
from kuf.samportal.signing import sign
import logging
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
import segno
import time
from zope.i18n import translate


logger = logging.getLogger("kuf.samportal.identity.bankid")

NO_PERSONAL_NUMBER = _(
    "bankid_no_personal_number",
    default="Your account has no personal number linked to it, so your BankID cannot be "
    "checked against it. Ask HR to link it.",
)
NOT_CONFIGURED = _(
    "bankid_not_configured",
    default="BankID is not set up on this site. Contact the IT service desk.",
)
UNREACHABLE = _(
    "bankid_unreachable",
    default="BankID cannot be reached right now. Nothing was signed: try again in a while.",
)
CANCELLED = _("bankid_cancelled", default="The signing was cancelled. Nothing was signed.")
GONE = _(
    "bankid_order_gone",
    default="The BankID signing is no longer under way. Nothing was signed: start again.",
)
SIGNED = _("msg_signed", default="You have signed the protocol.")
ALL_SIGNED = _("msg_all_signed", default="Everyone has signed: the protocol is signed.")


def visible_text(protocol) -> str:
    """What BankID shows the justerare (simpleMarkdownV1)."""
    group = protocol.__parent__.Title()
    return (
        f"# Justering av protokoll\n\n"
        f"Jag justerar *{protocol.Title()}* ({group}).\n\n"
        f"Innehållets fingeravtryck (SHA-256): {content_fingerprint(protocol)[:16]}…"
    )


def qr_svg(order) -> str:
    content = bankid_client_qr(order)
    return segno.make_qr(content, error="l").svg_inline(
        scale=4, border=4, dark="#000", omitsize=True
    )


def bankid_client_qr(order) -> str:
    from bankid.qr import generate_qr_code_content

    return generate_qr_code_content(
        order["qr_start_token"], order["started"], order["qr_start_secret"]
    )


class BankIDBase(BrowserView):
    def user_id(self):
        return api.user.get_current().getId()

    def say(self, message, kind="info"):
        return translate(message, context=self.request)

    def order(self):
        return bankid_orders.current(self.context, self.user_id())


class SignWithBankID(BankIDBase):
    """GET: the page; POST: start, check status (no JavaScript) or cancel."""

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            action = self.request.form.get("action")
            if action == "start":
                self.start()
            elif action == "cancel":
                self.cancel()
            elif action == "collect":
                result = self.collect()
                if result["status"] == "complete":
                    return self.request.response.redirect(self.context.absolute_url())
            return self.request.response.redirect(self.request.URL)
        return self.index()

    def refusal(self):
        """Why this user cannot sign here now (a message), or None."""
        refusal = refusal_for(self.context, self.user_id())
        if refusal is not None:
            return refusal.message
        if not site_uses_bankid():
            return _("bankid_not_chosen", default="This site does not use BankID for signing.")
        if not personal_numbers.has_number(self.user_id()):
            return NO_PERSONAL_NUMBER
        return None

    def start(self):
        problem = self.refusal()
        if problem is not None:
            api.portal.show_message(problem, self.request, type="error")
            return
        fingerprint = content_fingerprint(self.context)
        try:
            client = bankid_client()
            previous = self.order()
            if previous is not None:
                cancel_quietly(client, previous["order_ref"])
            response = client.sign(
                end_user_ip=self.request.getClientAddr() or "127.0.0.1",
                user_visible_data=visible_text(self.context),
                user_non_visible_data=signed_data.non_visible_payload(
                    self.context.UID(), fingerprint
                ),
                user_visible_data_format="simpleMarkdownV1",
            )
        except BankIDNotConfigured:
            api.portal.show_message(NOT_CONFIGURED, self.request, type="error")
            return
        except BankIDError as error:
            code = (error.raw_data or {}).get("errorCode", "")
            logger.warning("BankID sign refused: %s", code)
            api.portal.show_message(hints.error_message(code), self.request, type="error")
            return
        except httpx.HTTPError as error:
            logger.warning("BankID unreachable: %r", error)
            api.portal.show_message(UNREACHABLE, self.request, type="error")
            return
        bankid_orders.save(
            self.context,
            self.user_id(),
            {
                "order_ref": response["orderRef"],
                "auto_start_token": response["autoStartToken"],
                "qr_start_token": response["qrStartToken"],
                "qr_start_secret": response["qrStartSecret"],
                "started": time.time(),
                "fingerprint": fingerprint,
            },
        )

    def cancel(self):
        order = self.order()
        bankid_orders.remove(self.context, self.user_id())
        if order is not None:
            with contextlib.suppress(BankIDNotConfigured):
                cancel_quietly(bankid_client(), order["order_ref"])
        api.portal.show_message(CANCELLED, self.request, type="warning")

    def collect(self):
        result = collect(self.context, self.user_id(), self.request)
        kind = {"complete": "info", "pending": "info"}.get(result["status"], "error")
        if result["status"] != "pending":
            api.portal.show_message(result["message"], self.request, type=kind)
        return result

    # The template's helpers.
    def pending(self):
        order = self.order()
        if order is None:
            return None
        return {
            "qr": qr_svg(order),
            "autostart": f"bankid:///?autostarttoken={order['auto_start_token']}&redirect=null",
        }

    def status_url(self):
        return f"{self.context.absolute_url()}/@@signera-bankid-status"


class BankIDStatus(BankIDBase):
    """POST (JSON): collect once; the next QR code, or the outcome."""

    def __call__(self):
        self.request.response.setHeader("Content-Type", "application/json")
        self.request.response.setHeader("Cache-Control", "no-store")
        if self.request.method != "POST":
            self.request.response.setStatus(405)
            return json.dumps({"status": "failed"})
        CheckAuthenticator(self.request)
        result = collect(self.context, self.user_id(), self.request)
        answer = {
            "status": result["status"],
            "message": translate(result["message"], context=self.request),
        }
        if result["status"] == "pending":
            answer["qr"] = qr_svg(result["order"])
        elif result["status"] == "complete":
            api.portal.show_message(result["message"], self.request)
            answer["redirect"] = self.context.absolute_url()
        return json.dumps(answer)


def cancel_quietly(client, order_ref):
    try:
        client.cancel(order_ref)
    except (BankIDError, httpx.HTTPError) as error:
        logger.info("BankID cancel of an old order: %r", error)


def collect(protocol, user_id, request):
    """Collect the user's order once: pending, complete (signed) or failed."""
    order = bankid_orders.current(protocol, user_id)
    if order is None:
        return {"status": "failed", "message": GONE}
    try:
        answer = bankid_client().collect(order["order_ref"])
    except BankIDNotConfigured:
        return {"status": "failed", "message": NOT_CONFIGURED}
    except BankIDError as error:
        code = (error.raw_data or {}).get("errorCode", "")
        bankid_orders.remove(protocol, user_id)
        return {"status": "failed", "message": hints.error_message(code) if code else GONE}
    except httpx.HTTPError as error:
        logger.warning("BankID collect failed: %r", error)
        return {"status": "pending", "message": UNREACHABLE, "order": order}
    status = answer.get("status")
    if status == "pending":
        message = hints.pending_message(answer.get("hintCode", ""))
        return {"status": "pending", "message": message, "order": order}
    bankid_orders.remove(protocol, user_id)
    if status != "complete":
        logger.info("BankID order failed: %s", answer.get("hintCode"))
        return {"status": "failed", "message": hints.failed_message(answer.get("hintCode", ""))}
    completed = CompletedOrder(
        protocol_uid=protocol.UID(),
        user_id=user_id,
        fingerprint=order["fingerprint"],
        order_ref=order["order_ref"],
        completion=dict(answer.get("completionData") or {}),
    )
    try:
        with completed_order(completed):
            sign(protocol, user_id)
    except SigningRefused as refused:
        return {"status": "failed", "message": refused.refusal.message}
    signed = api.content.get_state(protocol) == "signed"
    return {"status": "complete", "message": ALL_SIGNED if signed else SIGNED}
