"""Logging in through the city's identity provider, and out of it.

The flow: ``@@inloggning`` (the login page) → ``acl_users/oidc/login``
(state, nonce and the PKCE verifier in pas.plugins.oidc's session cookie,
then off to the provider) → the provider → ``acl_users/oidc/callback``
(every check of ``claims.py``; only then is the user created or updated
and the groups mapped) → back where the user came from.
"""

from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity.claims import REFUSALS
from kuf.samportal.identity.claims import claims_refusal
from kuf.samportal.identity.claims import provider_groups
from kuf.samportal.identity.claims import refusal_for_exception
from kuf.samportal.identity.config import oidc_settings
from kuf.samportal.identity.memberships import apply_mapping
from kuf.samportal.identity.personnummer import normalize
import logging
from oic.oic.message import AccessTokenResponse
from pas.plugins.oidc import utils
from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from Products.CMFPlone.browser.login.logout import LogoutView
from Products.Five.browser import BrowserView
import time
from urllib.parse import quote
from urllib.parse import urlencode
from zope.interface import alsoProvides


logger = logging.getLogger("kuf.samportal.identity")

# Set at an OIDC login: logging out then also ends the provider's session.
OIDC_COOKIE = "kuf_oidc"
SESSION_COOKIE = "__ac_session"


class LoginRefused(Exception):
    def __init__(self, refusal, detail=""):
        super().__init__(detail or refusal.reason)
        self.refusal = refusal


def came_from_url(url):
    portal_url = api.portal.get_tool("portal_url")
    if url and portal_url.isURLInPortal(url) and "/acl_users/" not in url:
        return url
    return api.portal.get().absolute_url()


class LoginPage(BrowserView):
    """The portal's login page: the city's account first, the local login
    (Zope admin, demo users) below it."""

    def configured(self):
        return oidc_settings().configured

    def refusal(self):
        refusal = REFUSALS.get(str(self.request.form.get("fel", "")))
        return refusal.message if refusal else None

    def came_from(self):
        return came_from_url(self.request.get("came_from", ""))

    def sso_url(self):
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/acl_users/oidc/login?came_from={quote(self.came_from())}"

    def local_url(self):
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/login?came_from={quote(self.came_from())}"


def refuse_to_login_page(request, refusal):
    """Back to the login page, which says why (only a known reason is shown)."""
    request.response.expireCookie(SESSION_COOKIE, path="/")
    portal_url = api.portal.get().absolute_url()
    request.response.redirect(f"{portal_url}/inloggning?fel={refusal.reason}")


class OIDCLogin(BrowserView):
    """Starts the authorization code flow with PKCE."""

    def __call__(self):
        self.request.response.setHeader("Cache-Control", "no-cache, must-revalidate")
        if not oidc_settings().configured:
            return refuse_to_login_page(self.request, REFUSALS["unreachable"])
        session = utils.initialize_session(self.context, self.request)
        session.set("came_from", came_from_url(self.request.get("came_from", "")))
        args = utils.authorization_flow_args(self.context, session)
        try:
            client = self.context.get_oauth2_client()
            request = client.construct_AuthorizationRequest(request_args=args)
            url = request.request(client.authorization_endpoint)
        except Exception as error:
            logger.warning("OIDC login could not start: %r", error)
            return refuse_to_login_page(self.request, refusal_for_exception(error))
        self.request.response.redirect(url)


class OIDCCallback(BrowserView):
    """The provider's answer. Nothing is written before every check passed."""

    def __call__(self):
        # The state parameter is this flow's protection against forged
        # answers; the login writes (user, groups) on a GET by design.
        alsoProvides(self.request, IDisableCSRFProtection)
        self.request.response.setHeader("Cache-Control", "no-cache, must-revalidate")
        session = utils.load_existing_session(self.context, self.request)
        try:
            claims = self.verified_claims(session)
        except LoginRefused as refused:
            logger.warning("OIDC login refused (%s): %s", refused.refusal.reason, refused)
            return refuse_to_login_page(self.request, refused.refusal)
        user_id = self.log_in(claims)
        logger.info("OIDC login of %s", user_id)
        self.request.response.expireCookie(SESSION_COOKIE, path="/")
        self.request.response.setCookie(OIDC_COOKIE, "1", path="/", http_only=True)
        self.request.response.redirect(came_from_url(session.get("came_from")))

    def verified_claims(self, session):
        settings = oidc_settings()
        form = self.request.form
        if not settings.configured:
            raise LoginRefused(REFUSALS["unreachable"], "OIDC is not configured")
        if form.get("error"):
            raise LoginRefused(REFUSALS["provider_error"], str(form.get("error")))
        expected_state = session.get("state")
        if not expected_state or form.get("state") != expected_state:
            raise LoginRefused(REFUSALS["state"], "state does not match the session")
        try:
            client = self.context.get_oauth2_client()
            announced = str(client.provider_info.get("issuer", "")).rstrip("/")
            if announced != settings.issuer:
                raise LoginRefused(REFUSALS["issuer"], f"discovery names {announced}")
            args, state = utils.parse_authorization_response(
                self.context, self.request.environ["QUERY_STRING"], client, session
            )
            response = client.do_access_token_request(
                state=state, request_args=args, authn_method="client_secret_basic"
            )
        except LoginRefused:
            raise
        except Exception as error:
            raise LoginRefused(refusal_for_exception(error), repr(error)) from error
        if not isinstance(response, AccessTokenResponse) or "id_token" not in response:
            raise LoginRefused(REFUSALS["provider_error"], f"token response {response!r}")
        claims = response["id_token"].to_dict()
        refusal = claims_refusal(
            claims,
            issuer=settings.issuer,
            client_id=settings.client_id,
            nonce=session.get("nonce"),
            now=time.time(),
            userid_claim=settings.userid_claim,
        )
        if refusal is not None:
            raise LoginRefused(refusal, f"claims of {claims.get('sub')!r}")
        return claims

    def log_in(self, claims):
        settings = oidc_settings()
        user_id = str(claims[settings.userid_claim])
        # pas.plugins.oidc creates or updates the user and sets the ticket.
        self.context.rememberIdentity(claims)
        apply_mapping(user_id, provider_groups(claims, settings.groups_claim))
        if settings.personnummer_claim:
            number = normalize(str(claims.get(settings.personnummer_claim) or ""))
            if number:
                personal_numbers.set_for(user_id, number)
        sync_session_length(settings.session_seconds)
        return user_id


def sync_session_length(seconds):
    """plone.session's ticket lasts ``OIDC_SESSION_HOURS`` (written only when it changes)."""
    session_plugin = api.portal.get_tool("acl_users").get("session")
    if session_plugin is not None and getattr(session_plugin, "timeout", None) != seconds:
        session_plugin.timeout = seconds


class Logout(LogoutView):
    """Plone's logout, then the provider's, for users who came through it."""

    def __call__(self):
        from_provider = self.request.cookies.get(OIDC_COOKIE) == "1"
        super().__call__()
        if not (from_provider and oidc_settings().configured):
            return
        self.request.response.expireCookie(OIDC_COOKIE, path="/")
        url = provider_logout_url()
        if url:
            self.request.response.redirect(url)


def provider_logout_url():
    from kuf.samportal.identity.oidc import get_plugin

    plugin = get_plugin()
    if plugin is None:
        return None
    try:
        client = plugin.get_oauth2_client()
    except Exception as error:
        logger.warning("OIDC logout: provider unreachable: %r", error)
        return None
    endpoint = getattr(client, "end_session_endpoint", None)
    if not endpoint:
        return None
    portal_url = api.portal.get().absolute_url()
    query = urlencode(
        {
            "post_logout_redirect_uri": f"{portal_url}/logged-out",
            "client_id": oidc_settings().client_id,
        }
    )
    return f"{endpoint}?{query}"
