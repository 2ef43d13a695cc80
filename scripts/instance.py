"""Write instance/etc/zope.conf and zope.ini from their templates.

Usage: python scripts/instance.py

PORT, HOST, THREADS and INSTANCE_DIR (default: instance/) come from the
environment, and so does the storage: the embedded FileStorage under
<instance>/var, or RelStorage on PostgreSQL when RELSTORAGE_DSN is set
(README, "Running it in production", lists every setting).
"""

from kuf.samportal.storage import settings as storage
import os
from pathlib import Path
import shutil
import sys


ROOT = Path(__file__).resolve().parent.parent
INSTANCE = Path(os.environ.get("INSTANCE_DIR", ROOT / "instance")).resolve()
TEMPLATES = ROOT / "instance" / "etc"


def render(template: Path, **values) -> str:
    return template.read_text(encoding="utf-8").format(**values)


def main():
    try:
        database = storage.from_environ(os.environ, INSTANCE)
        threads = storage.positive_int({"THREADS": os.environ.get("THREADS") or "4"}, "THREADS")
    except storage.SettingsError as error:
        sys.exit(f"Fel i inställningarna: {error}")
    values = {
        "instance": str(INSTANCE),
        "port": os.environ.get("PORT", "8080"),
        "host": os.environ.get("HOST", "127.0.0.1"),
        "threads": threads,
        "zodb": storage.zodb_section(database),
    }
    (INSTANCE / "etc").mkdir(parents=True, exist_ok=True)
    for name in ("zope.conf", "zope.ini"):
        target = INSTANCE / "etc" / name
        target.write_text(render(TEMPLATES / f"{name}.in", **values), encoding="utf-8")
    if TEMPLATES.parent != INSTANCE:
        shutil.copy(TEMPLATES / "site.zcml", INSTANCE / "etc" / "site.zcml")
    folders = ["log", "cache"]
    if database.kind == "relstorage":
        database.blob_cache.mkdir(parents=True, exist_ok=True)
    else:
        folders += ["filestorage", "blobstorage"]
    for folder in folders:
        (INSTANCE / "var" / folder).mkdir(parents=True, exist_ok=True)
    print(
        f"Instansen är konfigurerad i {INSTANCE} (port {values['port']}, "
        f"{threads} trådar, {database.describe()})."
    )


if __name__ == "__main__":
    main()
