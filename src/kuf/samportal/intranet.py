"""The intranet wall: anonymous requests reach the login page and nothing else.

Content is already closed by permissions (the site root does not give View
to Anonymous, and no workflow does). Some Plone views are public by design
(sitemap, contact form, accessibility page), so this subscriber refuses every
anonymous request that is not part of logging in, which turns into the login
page for a browser and a 401 for the REST API.
"""

from AccessControl import getSecurityManager
from AccessControl.SpecialUsers import nobody
from kuf.samportal.interfaces import IKufSamportalLayer
from zExceptions import Unauthorized


# What a visitor needs to log in, to reset a forgotten password, and to be
# shown the login page with its styles.
LOGIN_STEPS = frozenset(
    {
        "login",
        "login_form",
        "require_login",
        "failsafe_login",
        "failsafe_login_form",
        "login-help",
        "logout",
        "logged-out",
        "insufficient-privileges",
        "mail_password_form",
        "mail_password",
        "mail_password_response",
        "passwordreset",
        "@login",
        "@logout",
        "@login-renew",
        "favicon.ico",
        "site-logo",
        "robots.txt",
        "ok",
        "plone_patterns_settings",
        # identity/: the login page and the identity provider's answer.
        "inloggning",
    }
)
OIDC_CALLBACK = ["acl_users", "oidc", "callback"]

RESOURCE_PREFIXES = ("++resource++", "++plone++", "++theme++", "++webresource++", "++unique++")


def anonymous_may_publish(steps) -> bool:
    """Whether an anonymous request that traversed ``steps`` may go on."""
    if [step.removeprefix("@@") for step in steps[-3:]] == OIDC_CALLBACK:
        return True
    for step in steps:
        name = step.removeprefix("@@")
        if name in LOGIN_STEPS or step in LOGIN_STEPS:
            return True
        if step.startswith(RESOURCE_PREFIXES):
            return True
    return False


def is_anonymous(user) -> bool:
    return user is None or user is nobody or user.getUserName() == "Anonymous User"


def close_to_anonymous(event):
    request = event.request
    if not IKufSamportalLayer.providedBy(request):
        return
    if not is_anonymous(getSecurityManager().getUser()):
        return
    steps = [step for step in request.steps if step != "++api++"]
    if anonymous_may_publish(steps):
        return
    raise Unauthorized("Logga in för att se samverkansportalen.")
