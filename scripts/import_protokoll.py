"""Import a folder of historical protocols (Word, PDF, text) into a group,
each as justerat outside the portal with its original file kept:

    make import-protokoll DIR=/path/to/protokoll GROUP=fvg [REPORT=rapport.csv]

(runs ``zconsole run instance/etc/zope.conf scripts/import_protokoll.py`` with
IMPORT_DIR, IMPORT_GROUP and IMPORT_REPORT set). Shows a progress bar and
writes a CSV report (fil;resultat;protokoll;varningar), by default
import-rapport.csv in DIR, with links under PUBLIC_URL (default
http://localhost:$PORT). Running it again skips what is already imported.
"""

from AccessControl.SecurityManagement import newSecurityManager
from kuf.samportal.importing.batch import find_group
from kuf.samportal.importing.batch import import_folder
import os
from pathlib import Path
import sys
from Testing.makerequest import makerequest
from zope.component.hooks import setSite


SITE_ID = os.environ.get("SITE_ID", "samportal")


def main(root):
    folder = Path(os.environ.get("IMPORT_DIR") or "")
    if not folder.is_dir():
        sys.exit(f"Mappen finns inte: {folder} (ange DIR=...)")
    root = makerequest(root)
    # The report's links: the portal's public address (PUBLIC_URL), else this instance's.
    root.REQUEST["SERVER_URL"] = os.environ.get("PUBLIC_URL") or (
        f"http://localhost:{os.environ.get('PORT', '8080')}"
    )
    site = root[SITE_ID]
    setSite(site)
    users = root.acl_users
    newSecurityManager(None, users.getUserById("admin").__of__(users))
    site.REQUEST["HTTP_ACCEPT_LANGUAGE"] = "sv"
    group = find_group(site, os.environ.get("IMPORT_GROUP") or "")
    if group is None:
        sys.exit(f"Ingen samverkansgrupp heter {os.environ.get('IMPORT_GROUP')!r} (ange GROUP=...)")
    report = Path(os.environ.get("IMPORT_REPORT") or folder / "import-rapport.csv")
    rows = import_folder(group, folder, report, site.REQUEST)
    counts = {}
    for row in rows:
        key = row.result.split(":")[0]
        counts[key] = counts.get(key, 0) + 1
    summary = ", ".join(f"{count} {key}" for key, count in sorted(counts.items()))
    print(f"{len(rows)} filer: {summary or 'inga protokollfiler'}. Rapport: {report}")


main(app)  # noqa: F821 (zconsole provides app)
