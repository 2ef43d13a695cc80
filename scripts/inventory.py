"""Check what the site holds after a restore, a migration or a crash:

    zconsole run instance/etc/zope.conf scripts/inventory.py      (or: make verify)

Prints the number of objects per type, the number of stored files and
protocols, and every problem found (kuf.samportal.inventory says which);
exits 1 if there is one. With INVENTORY_JSON=<file> the whole inventory
(the SHA-256 of every file and record, every signature) is written there,
to compare with the one taken before. With RelStorage it runs beside the
serving instances; a FileStorage instance must be stopped first.
"""

import json
from kuf.samportal.inventory import site_inventory
import os
from pathlib import Path
import sys
from zope.component.hooks import setSite


SITE_ID = os.environ.get("SITE_ID", "samportal")


def main(root):
    site = root[SITE_ID]
    setSite(site)
    inventory = site_inventory(site)
    if os.environ.get("INVENTORY_JSON"):
        Path(os.environ["INVENTORY_JSON"]).write_text(
            json.dumps(inventory, indent=1, sort_keys=True), encoding="utf-8"
        )
    print(f"Objekt: {inventory['objects']}")
    for portal_type, count in inventory["counts"].items():
        print(f"  {portal_type}: {count}")
    signed = sum(1 for p in inventory["protocols"].values() if p["state"] == "signed")
    print(f"Lagrade filer: {len(inventory['files'])}; signerade protokoll: {signed}")
    for problem in inventory["problems"]:
        print(f"FEL: {problem}")
    if inventory["problems"]:
        sys.exit(1)
    print("Inga fel hittades.")


main(app)  # noqa: F821 (zconsole provides app)
