"""Import step of the demo profile: demo users and demo content.

Idempotent: what exists is left as it is (passwords included), so running
``make start`` again keeps every change made in the portal.
"""

from kuf.samportal.demo import agreements
from kuf.samportal.demo import followup
from kuf.samportal.demo import handbook
from kuf.samportal.demo import meetings
from kuf.samportal.demo import protocols
from kuf.samportal.demo.users import DEFAULT_PASSWORD
from kuf.samportal.demo.users import DEMO_USERS
from kuf.samportal.notifications import quiet
import logging
import os
from plone import api


logger = logging.getLogger("kuf.samportal.demo")


def install_demo(context):
    password = os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
    for demo_user in DEMO_USERS:
        ensure_user(demo_user, password)
    portal = api.portal.get()
    handbook.create_demo_handbook(portal)
    followup.create_demo_followup(portal)
    agreements.create_demo_agreements(portal)
    with quiet():
        protocols.create_demo_protocols(portal)
        meetings.create_demo_meetings(portal)


def ensure_user(demo_user, password):
    user = api.user.get(userid=demo_user.id)
    if user is None:
        # Not api.user.create: the registration tool refuses ids shorter than
        # three characters, and "hr" is one of the agreed ids.
        api.portal.get_tool("acl_users")._doAddUser(demo_user.id, password, ["Member"], [])
        user = api.user.get(userid=demo_user.id)
        user.setMemberProperties(
            {
                "fullname": demo_user.fullname,
                "description": demo_user.description,
                "email": demo_user.email,
            }
        )
        logger.info("Created demo user %s", demo_user.id)
    member_of = {group.getId() for group in api.group.get_groups(user=user)}
    for group_id in demo_user.groups:
        if group_id not in member_of:
            api.group.add_user(groupname=group_id, username=demo_user.id)
    return user
