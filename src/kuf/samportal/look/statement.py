"""The accessibility statement (tillgänglighetsredogörelse) that the law on
accessibility of digital public services (2018:1937, DOS-lagen) requires."""

from datetime import date
from kuf.samportal.look.viewlets import ORGANISATION
from kuf.samportal.look.viewlets import owner_contact
from kuf.samportal.rules.swedish_time import long_date
from plone import api
from Products.Five.browser import BrowserView


# The day the statement was last reviewed against the portal (update with it).
REVIEWED = date(2026, 11, 25)
DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan"


class StatementView(BrowserView):
    organisation = ORGANISATION
    digg_url = DIGG_REPORT_URL

    def reviewed(self):
        return long_date(REVIEWED)

    def contact(self):
        return owner_contact()

    def contact_form_url(self):
        return f"{api.portal.get().absolute_url()}/@@contact-info"


class RedirectToStatement(BrowserView):
    """Plone's stock "accessibility-info" page is about Plone, not this portal."""

    def __call__(self):
        url = f"{api.portal.get().absolute_url()}/@@tillganglighetsredogorelse"
        return self.request.response.redirect(url)
