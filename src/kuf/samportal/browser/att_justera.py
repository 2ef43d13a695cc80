"""The start page's block "Att justera": protocols in justering that concern
the user. A justerare sees the ones waiting for their signature; everyone
else who takes part in a group (party and employer representatives, the
secretary) sees that group's protocols in justering. The catalog query runs
as the user, so only protocols they may read are listed."""

from kuf.samportal.rules import swedish_time
from kuf.samportal.signatures import signatures
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView


class AttJustera(BrowserView):
    @memoize
    def rows(self):
        user_id = api.user.get_current().getId()
        to_sign, in_groups = [], []
        for brain in api.content.find(portal_type="Protokoll", review_state="justering"):
            protocol = brain.getObject()
            justerare = list(protocol.justerare or [])
            given = signatures(protocol)
            schedule = protocol.schedule()
            row = {
                "title": protocol.Title(),
                "url": brain.getURL(),
                "sign_url": f"{brain.getURL()}/@@signera",
                "group": protocol.aq_parent.Title(),
                "deadline": swedish_time.long_datetime(schedule.comment_deadline),
                "signing_date": swedish_time.long_date(schedule.signing_date),
                "signed": len([user for user in justerare if user in given]),
                "justerare": len(justerare),
                "sort": schedule.comment_deadline or protocol.meeting_date,
            }
            if user_id in justerare and user_id not in given:
                to_sign.append(row)
            else:
                in_groups.append(row)
        for rows in (to_sign, in_groups):
            rows.sort(key=lambda row: str(row["sort"]))
        return {"to_sign": to_sign, "in_groups": in_groups}
