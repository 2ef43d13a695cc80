"""The portal's OpenID Connect plugin: pas.plugins.oidc's plugin, configured
from the environment instead of the ZMI.

pas.plugins.oidc runs on Plone 6.2 with our pins (its requirements are
Plone, plone.restapi >= 9.10 and oic); it builds the oic client, creates
and updates users and sets up the plone.session ticket. We keep its
plugin class and the oic client, and replace its views: its callback does
not refuse a foreign ``state`` (the check is commented out upstream), does
not check the nonce, answers every failure with an English error or a 500,
and takes the groups as portal group ids. Ours (``login.py``) checks all of
that, answers in Swedish, and maps the provider's groups.
"""

from AccessControl.class_init import InitializeClass
from kuf.samportal.identity.claims import fullname
from kuf.samportal.identity.config import oidc_settings
from pas.plugins.oidc.plugins import IOIDCPlugin
from pas.plugins.oidc.plugins import OIDCPlugin
from plone import api
from urllib.parse import quote
from zope.interface import implementer


PLUGIN_ID = "oidc"


class IKufOIDCPlugin(IOIDCPlugin):
    """The portal's OIDC plugin (its views are ours, not pas.plugins.oidc's)."""


@implementer(IKufOIDCPlugin)
class KufOIDCPlugin(OIDCPlugin):
    """OIDC with authorization code + PKCE, settings from ``OIDC_*``."""

    meta_type = "KuF OIDC Plugin"

    def _settings_properties(self):
        settings = oidc_settings()
        return {
            "issuer": settings.issuer,
            "client_id": settings.client_id,
            "client_secret": settings.client_secret,
            "scope": settings.scopes,
            "use_pkce": True,
            "create_user": True,
            "create_groups": False,
            "create_ticket": True,
            "create_restapi_ticket": False,
            "use_session_data_manager": False,
            "user_property_as_userid": settings.userid_claim,
            "user_property_as_groupid": settings.groups_claim,
            "redirect_uris": (settings.redirect_uri,) if settings.redirect_uri else (),
            "allowed_groups": (),
            "identity_domain_name": "",
        }

    def getProperty(self, id, d=None):  # noqa: A002 (Zope's signature)
        properties = self._settings_properties()
        if id in properties:
            return properties[id]
        return super().getProperty(id, d)

    def challenge(self, request, response):
        """Browsers go to the portal's login page; REST clients get their 401."""
        if not oidc_settings().configured or is_api_request(request):
            return False
        portal_url = api.portal.get().absolute_url()
        came_from = request.get("ACTUAL_URL") or request.get("URL", "")
        response.redirect(f"{portal_url}/inloggning?came_from={quote(came_from)}", lock=1)
        return True

    def _update_user_properties(self, user, userinfo):
        properties = {"email": str(userinfo.get("email") or "").strip()}
        name = fullname(userinfo)
        if name:
            properties["fullname"] = name
        user.setProperties(**properties)


InitializeClass(KufOIDCPlugin)


def is_api_request(request) -> bool:
    from plone.rest.interfaces import IAPIRequest

    accept = request.getHeader("Accept", "") or ""
    return IAPIRequest.providedBy(request) or accept.startswith("application/json")


def get_plugin():
    return api.portal.get_tool("acl_users").get(PLUGIN_ID)


def ensure_plugin():
    """Our plugin in acl_users, first challenger (it steps aside when unconfigured)."""
    pas = api.portal.get_tool("acl_users")
    plugin = pas.get(PLUGIN_ID)
    if plugin is not None and not isinstance(plugin, KufOIDCPlugin):
        pas._delObject(PLUGIN_ID)
        plugin = None
    if plugin is None:
        plugin = KufOIDCPlugin(PLUGIN_ID, title="Stockholms stads identitetsleverantör (OIDC)")
        pas._setObject(PLUGIN_ID, plugin)
        plugin = pas[PLUGIN_ID]
    plugin.manage_activateInterfaces(["IChallengePlugin"])
    from Products.PluggableAuthService.interfaces.plugins import IChallengePlugin

    pas.plugins.movePluginsTop(IChallengePlugin, [PLUGIN_ID])
    return plugin


def remove_plugin():
    pas = api.portal.get_tool("acl_users")
    if PLUGIN_ID in pas.objectIds() and isinstance(pas[PLUGIN_ID], KufOIDCPlugin):
        pas._delObject(PLUGIN_ID)
