"""Swedish control panel ``@@identitet``: the identity provider's settings
(read from the environment), the mapping of its groups to the portal's
groups (stored in the registry), memberships set by hand in mapped groups,
and the site's way of signing. And HR's page ``@@personnummer``."""

from kuf.samportal import _
from kuf.samportal.identity import groupmap
from kuf.samportal.identity import memberships
from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity.bankid_signing import site_uses_bankid
from kuf.samportal.identity.bankid_signing import use_bankid
from kuf.samportal.identity.config import bankid_settings
from kuf.samportal.identity.config import oidc_settings
from kuf.samportal.identity.personnummer import normalize
from kuf.samportal.parties import FunctionalGroup
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from zExceptions import Unauthorized


EMPTY_ROWS = 3
HR_GROUP = FunctionalGroup("hr", "", "", "").group_id


class IdentityControlPanel(BrowserView):
    errors = ()

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            action = self.request.form.get("action")
            if action == "mapping" and self.save_mapping():
                return self.request.response.redirect(self.request.URL)
            if action == "signing" and self.save_signing():
                return self.request.response.redirect(self.request.URL)
        return self.index()

    def posted_pairs(self):
        form = self.request.form
        providers = form.get("provider_group", [])
        portals = form.get("portal_group", [])
        removed = set(form.get("remove", []))
        providers = [providers] if isinstance(providers, str) else providers
        portals = [portals] if isinstance(portals, str) else portals
        pairs = []
        for index, (provider, portal) in enumerate(zip(providers, portals, strict=False)):
            provider, portal = provider.strip(), portal.strip()
            if str(index) in removed or not (provider or portal):
                continue
            pairs.append((provider, portal))
        return pairs

    def save_mapping(self):
        pairs = self.posted_pairs()
        known = [group_id for group_id, _title in memberships.portal_groups()]
        errors = []
        for provider, portal in pairs:
            if not provider:
                errors.append(
                    _(
                        "error_mapping_no_provider_group",
                        default="A row for ${group} has no group of the identity provider.",
                        mapping={"group": portal},
                    )
                )
        for provider, _portal in groupmap.validation_errors(pairs, known):
            errors.append(
                _(
                    "error_mapping_unknown_group",
                    default="${provider}: choose one of the portal's groups.",
                    mapping={"provider": provider or "?"},
                )
            )
        if errors:
            self.errors = errors
            self.rows_override = pairs
            return False
        unique = list(dict.fromkeys(pairs))
        memberships.set_mapping_pairs(unique)
        api.portal.show_message(
            _("msg_mapping_saved", default="The group mapping is saved. It applies at each login."),
            self.request,
        )
        return True

    def save_signing(self):
        method = self.request.form.get("signing_method")
        if method not in ("inloggning", "bankid"):
            self.errors = [_("error_signing_method", default="Choose a way of signing.")]
            return False
        if method == "bankid" and not bankid_settings().configured:
            self.errors = [
                _(
                    "error_bankid_not_configured",
                    default="BankID cannot be chosen: BANKID_CERT and BANKID_KEY are not set "
                    "on the server.",
                )
            ]
            return False
        use_bankid(method == "bankid")
        api.portal.show_message(
            _("msg_signing_saved", default="The way of signing is saved."), self.request
        )
        return True

    # The template's helpers.
    def oidc(self):
        return oidc_settings()

    def bankid(self):
        return bankid_settings()

    def uses_bankid(self):
        return site_uses_bankid()

    def callback_url(self):
        return f"{api.portal.get().absolute_url()}/acl_users/oidc/callback"

    def logged_out_url(self):
        return f"{api.portal.get().absolute_url()}/logged-out"

    def portal_groups(self):
        return memberships.portal_groups()

    def rows(self):
        pairs = getattr(self, "rows_override", None)
        if pairs is None:
            pairs = memberships.mapping_pairs()
        return [*pairs, *[("", "")] * EMPTY_ROWS]

    def hand_set(self):
        titles = dict(memberships.portal_groups())
        rows = []
        for user_id, group_id in memberships.hand_set_memberships():
            user = api.user.get(userid=user_id)
            name = (user.getProperty("fullname") if user else "") or user_id
            rows.append({"user": name, "user_id": user_id, "group": titles.get(group_id, group_id)})
        return rows


class PersonalNumbers(BrowserView):
    """HR links a justerare's account to their personal number (kept hashed)."""

    errors = ()

    def __call__(self):
        if not self.allowed():
            raise Unauthorized("HR eller administratör")
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if self.save():
                return self.request.response.redirect(self.request.URL)
        return self.index()

    def allowed(self):
        if api.user.is_anonymous():
            return False
        user = api.user.get_current()
        if api.user.has_permission("Manage portal", user=user, obj=api.portal.get()):
            return True
        return HR_GROUP in {group.getId() for group in api.group.get_groups(user=user)}

    def save(self):
        form = self.request.form
        user_id = str(form.get("user_id", "")).strip()
        user = api.user.get(userid=user_id) if user_id else None
        if user is None:
            self.errors = [_("error_unknown_user", default="There is no user with that user name.")]
            return False
        if form.get("action") == "remove":
            personal_numbers.remove_for(user_id)
            api.portal.show_message(
                _("msg_personal_number_removed", default="The personal number was unlinked."),
                self.request,
            )
            return True
        number = normalize(str(form.get("personnummer", "")))
        if number is None:
            self.errors = [
                _(
                    "error_personal_number",
                    default="Write the personal number with 12 digits, YYYYMMDD-NNNN, with a "
                    "correct check digit.",
                )
            ]
            return False
        personal_numbers.set_for(user_id, number)
        api.portal.show_message(
            _("msg_personal_number_saved", default="The personal number is linked to the account."),
            self.request,
        )
        return True

    def linked(self):
        rows = []
        for user_id in personal_numbers.users_with_numbers():
            user = api.user.get(userid=user_id)
            rows.append(
                {
                    "user_id": user_id,
                    "name": (user.getProperty("fullname") if user else "") or user_id,
                }
            )
        return rows
