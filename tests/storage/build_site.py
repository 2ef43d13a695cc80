"""Run by the storage tests through zconsole: what `make start` does to a
new instance (scripts/create_site.py), then the demo protocol in justering
is signed by its justerare so that the site holds a record made in the
portal, and the site's inventory is written to INVENTORY_JSON."""

from AccessControl.SecurityManagement import newSecurityManager
import json
from kuf.samportal.inventory import site_inventory
from kuf.samportal.signing import sign
import os
from pathlib import Path
from plone import api
import transaction
from zope.component.hooks import setSite


ROOT = Path(os.environ["KUF_ROOT"])
create_site = ROOT / "scripts" / "create_site.py"
exec(compile(create_site.read_text(), str(create_site), "exec"), {"app": app})  # noqa: S102, F821

site = app.samportal  # noqa: F821 (zconsole provides app)
setSite(site)
protocol = site.samverkan.fvg["protokoll-pagaende-justering"]
users = site.acl_users
for user_id in protocol.justerare:
    newSecurityManager(None, users.getUserById(user_id).__of__(users))
    sign(protocol, user_id)
transaction.commit()
assert api.content.get_state(protocol) == "signed"
Path(os.environ["INVENTORY_JSON"]).write_text(json.dumps(site_inventory(site)), encoding="utf-8")
