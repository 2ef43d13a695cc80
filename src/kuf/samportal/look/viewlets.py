"""Header, footer and status messages of every page (the Classic UI's
viewlets, overridden for the add-on's browser layer)."""

from plone import api
from plone.app.layout.viewlets.common import LogoViewlet
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.layout.viewlets.globalstatusmessage import GlobalStatusMessage
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


ORGANISATION = "Kulturförvaltningen"
PORTAL_NAME = "Samverkansportalen"
CITY = "Stockholms stad"
STATEMENT_VIEW = "tillganglighetsredogorelse"


OWNER = f"HR-enheten, {ORGANISATION}"


def owner_contact():
    """Who answers for the portal: HR, at the portal's mail address (Plone's
    mail settings, set from MAIL_FROM)."""
    address = api.portal.get_registry_record("plone.email_from_address", default="") or ""
    return {"name": OWNER, "email": address}


class Wordmark(LogoViewlet):
    """Kulturförvaltningen's name and a simple wordmark instead of Plone's
    logo; public, so that the login page has it too."""

    index = ViewPageTemplateFile("templates/wordmark.pt")
    organisation = ORGANISATION
    portal_name = PORTAL_NAME


class Footer(ViewletBase):
    """The portal's footer: who owns it, how to reach them, the accessibility
    statement. Rendered in the shape Barceloneta's rules put in the footer's
    "doormat" row (one card)."""

    index = ViewPageTemplateFile("templates/footer.pt")
    organisation = ORGANISATION
    portal_name = PORTAL_NAME
    city = CITY

    def update(self):
        super().update()
        self.contact = owner_contact()
        portal_url = api.portal.get().absolute_url()
        self.statement_url = f"{portal_url}/@@{STATEMENT_VIEW}"
        self.contact_url = f"{portal_url}/@@contact-info"


class Nothing(ViewletBase):
    """Stock footer parts we do not show (colophon, English site actions)."""

    def render(self):
        return ""


class StatusMessages(GlobalStatusMessage):
    """Plone's status messages, public: the login page lives on the site
    root, which Anonymous may not view, and so the stock viewlet (View
    permission) left "Inloggningen misslyckades" for the next page."""
