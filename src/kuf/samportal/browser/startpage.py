"""The employee's start page: what concerns me now.

Every block is a catalog query run as the logged-in user, so the page can
never show what that user may not see; a block with nothing in it is left
out rather than filled with placeholder text.
"""

from kuf.samportal import parties
from kuf.samportal.rules import followup as rules
from kuf.samportal.rules import swedish_time
from kuf.samportal.structure import SECTIONS
from plone import api
from Products.Five.browser import BrowserView


RECENT_LIMIT = 8
RECENT_TYPES = ("Document", "News Item", "File", "Link", "Event", "Arshjul")


class StartPageView(BrowserView):
    def member(self):
        return api.user.get_current()

    def fullname(self):
        member = self.member()
        return member.getProperty("fullname") or member.getId()

    def memberships(self):
        """Parties and functions of the current user, as titles."""
        group_ids = set(api.user.get_current().getGroups())
        titles = [party.title for party in parties.parties_of(group_ids)]
        titles += [
            group.title for group in parties.FUNCTIONAL_GROUPS if group.group_id in group_ids
        ]
        return titles

    def sections(self):
        """The portal's sections this user may see (five objects in the root:
        read directly rather than through a catalog query)."""
        portal = api.portal.get()
        found = [portal.get(section.id) for section in SECTIONS]
        return [
            {
                "title": section.Title(),
                "description": section.Description(),
                "url": section.absolute_url(),
            }
            for section in found
            if section is not None and api.user.has_permission("View", obj=section)
        ]

    def recently_published(self):
        return api.content.find(
            portal_type=RECENT_TYPES,
            review_state="published",
            sort_on="modified",
            sort_order="descending",
            sort_limit=RECENT_LIMIT,
        )[:RECENT_LIMIT]

    def my_drafts(self):
        """Unpublished items this user may edit (editors in a section)."""
        brains = api.content.find(
            review_state="private",
            portal_type=RECENT_TYPES,
            sort_on="modified",
            sort_order="descending",
        )
        return [
            brain
            for brain in brains[: RECENT_LIMIT * 4]
            if api.user.has_permission("Modify portal content", obj=brain.getObject())
        ][:RECENT_LIMIT]

    def followups_to_answer(self):
        """Follow-ups in progress that this user answers (chef or skyddsombud of the node)."""
        user_id = api.user.get_current().getId()
        rows = []
        # Respondents hold a local role on their follow-ups, so the catalog
        # lists them under "user:<id>": HR, who may read all of them, does
        # not wake every unit's follow-up to find her own.
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Uppfoljning",
            review_state="pagaende",
            allowedRolesAndUsers=f"user:{user_id}",
        ):
            followup = brain._unrestrictedGetObject()
            if not api.user.has_permission("View", obj=followup):
                continue
            if user_id in followup.node().respondents():
                rows.append(
                    {
                        "title": brain.Title,
                        "url": brain.getURL(),
                        "late": rules.is_late(followup.timeliness()),
                    }
                )
        return rows

    def date(self, brain):
        return swedish_time.short_date(brain.modified)
