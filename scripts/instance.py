"""Write instance/etc/zope.conf and zope.ini from their templates.

Usage: python scripts/instance.py

PORT, HOST and INSTANCE_DIR (default: instance/) come from the environment.
"""

import os
from pathlib import Path
import shutil


ROOT = Path(__file__).resolve().parent.parent
INSTANCE = Path(os.environ.get("INSTANCE_DIR", ROOT / "instance")).resolve()
TEMPLATES = ROOT / "instance" / "etc"


def render(template: Path, **values) -> str:
    return template.read_text(encoding="utf-8").format(**values)


def main():
    values = {
        "instance": str(INSTANCE),
        "port": os.environ.get("PORT", "8080"),
        "host": os.environ.get("HOST", "127.0.0.1"),
    }
    (INSTANCE / "etc").mkdir(parents=True, exist_ok=True)
    for name in ("zope.conf", "zope.ini"):
        target = INSTANCE / "etc" / name
        target.write_text(render(TEMPLATES / f"{name}.in", **values), encoding="utf-8")
    if TEMPLATES.parent != INSTANCE:
        shutil.copy(TEMPLATES / "site.zcml", INSTANCE / "etc" / "site.zcml")
    for folder in ("filestorage", "blobstorage", "log", "cache"):
        (INSTANCE / "var" / folder).mkdir(parents=True, exist_ok=True)
    print(f"Instansen är konfigurerad i {INSTANCE} (port {values['port']}).")


if __name__ == "__main__":
    main()
