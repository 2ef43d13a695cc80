"""Remind justerare the day before the comment deadline. Run daily from cron:

    zconsole run instance/etc/zope.conf scripts/remind.py      (or: make remind)

Safe to run twice: each justerare is reminded once per deadline.
"""

from AccessControl.SecurityManagement import newSecurityManager
from kuf.samportal.notifications import remind
import os
from Testing.makerequest import makerequest
import transaction
from zope.component.hooks import setSite


SITE_ID = os.environ.get("SITE_ID", "samportal")


def main(root):
    root = makerequest(root)
    site = root[SITE_ID]
    setSite(site)
    users = root.acl_users
    newSecurityManager(None, users.getUserById("admin").__of__(users))
    reminded = remind(site)
    transaction.commit()
    print(f"Påminnelser skickade: {len(reminded)}")
    for path, user_id in reminded:
        print(f"  {user_id}: {path}")


main(app)  # noqa: F821 (zconsole provides app)
