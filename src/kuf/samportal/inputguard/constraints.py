"""Field constraints for links and e-mail addresses in our schemas.

A constraint is part of the field, so the Classic forms (data grid rows
included) and plone.restapi refuse the same values with the same message.
"""

from kuf.samportal import _
from kuf.samportal.inputguard import rules
from zope.schema import ValidationError


class NotAWebLink(ValidationError):
    __doc__ = _(
        "error_web_link",
        default="A link must start with http://, https:// or mailto: (other kinds of links "
        "can run code in the reader's browser).",
    )


class NotAnEmail(ValidationError):
    __doc__ = _("error_email", default="Write an e-mail address such as namn@example.se.")


def web_link(value):
    if value and not rules.is_web_link(value):
        raise NotAWebLink(value)
    return True


def email_address(value):
    if value and not rules.is_email(value.strip()):
        raise NotAnEmail(value)
    return True


def href(value):
    """``value`` if a page may use it as a link target, else None: data
    saved before the checks existed is shown as text, never as a link."""
    return value if value and rules.is_web_link(value) else None


def mailto(address):
    return f"mailto:{address.strip()}" if address and rules.is_email(address.strip()) else None
