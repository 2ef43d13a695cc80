"""Which anonymous requests pass the intranet wall (plain function, no Zope)."""

from kuf.samportal.intranet import anonymous_may_publish
import pytest


@pytest.mark.parametrize(
    "steps",
    [
        ["samportal", "login"],
        ["samportal", "@@login"],
        ["samportal", "acl_users", "credentials_cookie_auth", "require_login"],
        ["samportal", "mail_password_form"],
        ["samportal", "passwordreset", "abc123"],
        ["samportal", "@login"],
        ["samportal", "++plone++static", "plone-compiled.css"],
        ["samportal", "++theme++barceloneta", "css", "barceloneta.min.css"],
        ["samportal", "++webresource++1234", "script.js"],
        ["samportal", "favicon.ico"],
    ],
)
def test_login_and_resources_pass(steps):
    assert anonymous_may_publish(steps)


@pytest.mark.parametrize(
    "steps",
    [
        ["samportal"],
        ["samportal", "sitemap"],
        ["samportal", "contact-info"],
        ["samportal", "accessibility-info"],
        ["samportal", "@@search"],
        ["samportal", "@search"],
        ["samportal", "@vocabularies", "plone.app.vocabularies.Users"],
        ["samportal", "samverkan", "fvg", "loginpage-lookalike"],
        ["samportal", "arbetsmiljohandbok", "rutin.pdf", "@@download", "file"],
    ],
)
def test_everything_else_is_refused(steps):
    assert not anonymous_may_publish(steps)
