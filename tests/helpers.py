"""Small helpers shared by the test modules."""

from plone import api


def rest_url(obj, suffix=""):
    """The plone.restapi URL (++api++) of ``obj``, plus ``suffix``."""
    portal_url = api.portal.get().absolute_url()
    return obj.absolute_url().replace(portal_url, portal_url + "/++api++", 1) + suffix


def browser_as(app, user):
    """A zope.testbrowser logged in as a demo user (errors raised, not rendered)."""
    from plone.testing.zope import Browser

    browser = Browser(app)
    browser.handleErrors = False
    browser.addHeader("Authorization", f"Basic {user}:samverkan")
    return browser


def csrf_token(user_id):
    """plone.protect's _authenticator for ``user_id``, made from the site's
    keyring as the server makes it (saves fetching a page for its form)."""
    from plone.protect.authenticator import createToken

    with api.env.adopt_user(username=user_id):
        return createToken()
