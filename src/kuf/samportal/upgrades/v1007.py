"""1005 -> 1007: input checks (issue 11, items 9-15).

The throttling of failed logins is a PAS plugin, added to the site's
acl_users as its first authenticator. Usage rows imported before the CSV
checks that hold amounts the figures cannot count ("nan", "inf", huge or
negative) are dropped. (1006 is left to the record-integrity step of the same
issue; the lead chains the two when merging.)
"""

from kuf.samportal.inputguard import loginguard
from kuf.samportal.rules.usage import plausible
import logging
from plone import api


logger = logging.getLogger("kuf.samportal.upgrades")


def upgrade(context):
    portal = api.portal.get()
    loginguard.install(portal)
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Leverantorsavtal"):
        drop_implausible_usage(brain._unrestrictedGetObject())


def drop_implausible_usage(agreement):
    for year, rows in list((agreement.usage or {}).items()):
        kept = tuple(row for row in rows if plausible(row))
        if len(kept) != len(rows):
            agreement.usage[year] = kept
            logger.info(
                "%s %s: dropped %d usage rows", agreement.getId(), year, len(rows) - len(kept)
            )
