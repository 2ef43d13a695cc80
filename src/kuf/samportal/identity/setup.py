"""Installing and uninstalling the identity package on a site."""

from kuf.samportal.identity import oidc
from kuf.samportal.identity import personal_numbers
from kuf.samportal.identity.bankid_signing import use_bankid


def install():
    """The OIDC plugin (inactive until OIDC_ISSUER is set) and the site's
    secret for personal numbers. Signing stays with the logged-in account."""
    oidc.ensure_plugin()
    personal_numbers.site_secret()


def uninstall():
    oidc.remove_plugin()
    use_bankid(False)
