"""Upgrade 1010 -> 1012: synpunkter lose the sharing page, comment deadlines
of protocols in draft or justering are stored aware in Swedish time, and
records are left as they are."""

from AccessControl.Permission import pname
from datetime import datetime
import kuf.samportal
from pathlib import Path
from plone import api
import re


PROFILE = "kuf.samportal:default"
SHARING = "Sharing page: Delegate roles"


def metadata_version():
    metadata = Path(kuf.samportal.__file__).parent / "profiles/default/metadata.xml"
    return re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)


def test_upgrade_1012(demo, setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    find = catalog.unrestrictedSearchResults
    [in_justering] = [
        b._unrestrictedGetObject() for b in find(portal_type="Protokoll", review_state="justering")
    ]
    [signed] = [
        b._unrestrictedGetObject() for b in find(portal_type="Protokoll", review_state="signed")
    ]
    [synpunkt] = in_justering.synpunkter()
    with api.env.adopt_roles(["Manager"]):
        # as 1010 left them: naive deadlines, the sharing permission acquired
        in_justering.comment_deadline = datetime(2026, 6, 4, 12, 0)
        signed_deadline = signed.comment_deadline = datetime(2025, 1, 16, 12, 0)
        delattr(synpunkt, pname(SHARING))  # acquired, as before 1012
        assert api.user.has_permission(SHARING, username="saco", obj=synpunkt)  # its owner
        setup_tool.setLastVersionForProfile(PROFILE, "1010")
        setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (metadata_version(),)
    assert in_justering.comment_deadline.isoformat() == "2026-06-04T12:00:00+02:00"
    assert signed.comment_deadline == signed_deadline  # a record does not change
    for user in ("sekreterare", "saco", "vision"):
        assert not api.user.has_permission(SHARING, username=user, obj=synpunkt), user
