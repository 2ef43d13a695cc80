"""The intranet wall: anonymous requests reach the login page and nothing else.

Content is already closed by permissions (the site root does not give View
to Anonymous, and no workflow does). Some Plone views are public by design
(sitemap, contact form, accessibility page), so this subscriber refuses every
anonymous request that does not publish a step of logging in or a static
file, which turns into the login page for a browser and a 401 for the REST
API.

The decision is made on what is published, not on the path: a traversal
namespace (``++webresource++x/``, ``++api++/``, ``++resource++x/``) or an
acquired name in front of a public view must not open the wall.
"""

from AccessControl import getSecurityManager
from AccessControl.SpecialUsers import nobody
from kuf.samportal.interfaces import IKufSamportalLayer
from Products.CMFCore.interfaces import IContentish
from zExceptions import Unauthorized
from zope.publisher.interfaces.browser import IBrowserView


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
        "site-logo",
        "site-favicon",
        "favicon.ico",
        "robots.txt",
        "ok",
        "plone_patterns_settings",
        # identity/: the login page and the identity provider's answer.
        "inloggning",
    }
)
# Views of the identity provider's PAS plugin (identity/): its callback.
PLUGIN_STEPS = frozenset({"callback"})

# Files served as they are on disk or from the theme: never content.
STATIC_RESOURCE_CLASSES = (
    "Products.Five.browser.resource.Resource",
    "zope.browserresource.resource.Resource",
    "plone.resource.file.FilesystemFile",
    "Products.CMFCore.FSFile.FSFile",
    "Products.CMFCore.FSImage.FSImage",
    "OFS.Image.File",
)


def is_static_resource(published) -> bool:
    names = {f"{cls.__module__}.{cls.__qualname__}" for cls in type(published).__mro__}
    if names.isdisjoint(STATIC_RESOURCE_CLASSES):
        return False
    # OFS files are static only in theme and skin folders, never content.
    return not hasattr(published, "portal_type") or published.portal_type in ("", None)


def published_name(published, request) -> str:
    """The name of the view or REST service that is published ('' otherwise)."""
    from plone.rest.interfaces import IService

    if IService.providedBy(published):
        steps = [step for step in request.steps if step.startswith("@")]
        return steps[-1] if steps else ""
    if IBrowserView.providedBy(published):
        return (getattr(published, "__name__", "") or "").removeprefix("@@")
    return ""


def anonymous_may_publish(request) -> bool:
    """Whether an anonymous request may publish what it traversed to."""
    published = request.get("PUBLISHED")
    if published is None:
        return False
    if is_static_resource(published):
        return True
    name = published_name(published, request)
    if name in PLUGIN_STEPS:
        from kuf.samportal.identity.oidc import IKufOIDCPlugin

        return IKufOIDCPlugin.providedBy(getattr(published, "context", None))
    return name in LOGIN_STEPS


def is_anonymous(user) -> bool:
    return user is None or user is nobody or user.getUserName() == "Anonymous User"


def view_on_closed_content(request) -> bool:
    """A view published on content the user may not view: public views
    (sitemap, contact-info, ...) acquired on a draft, a synpunkt or a
    deviation would show its title and its parents' in the page."""
    from plone.rest.interfaces import IService

    published = request.get("PUBLISHED")
    if not IBrowserView.providedBy(published) or IService.providedBy(published):
        return False  # REST services are guarded by their own permission
    context = getattr(published, "context", None)
    if not IContentish.providedBy(context):
        return False
    if published_name(published, request) in LOGIN_STEPS:
        return False
    return not getSecurityManager().checkPermission("View", context)


def close_to_anonymous(event):
    """Subscriber of IPubAfterTraversal: the wall, and no view on content
    the user may not view, for everyone."""
    request = event.request
    if not IKufSamportalLayer.providedBy(request):
        return
    if is_anonymous(getSecurityManager().getUser()):
        if not anonymous_may_publish(request):
            raise Unauthorized("Logga in för att se samverkansportalen.")
        return
    if view_on_closed_content(request):
        raise Unauthorized("Du har inte behörighet att se det här innehållet.")
