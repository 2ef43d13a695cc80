"""Storage operations for cron and for the day they are needed.

    python scripts/storage.py migrate    (make migrate-to-postgres)
    python scripts/storage.py pack       (make pack)
    python scripts/storage.py backup     (make backup)
    python scripts/storage.py restore    (make restore)
    python scripts/storage.py prepare    (make site: creates the PostgreSQL database)

The storage comes from the environment as for the instance (RELSTORAGE_DSN
or the FileStorage in INSTANCE_DIR); BACKUP_DIR, BACKUP_KEEP, BACKUP_FULL,
RESTORE_FROM and PACK_DAYS as README, "Running it in production", says.
Exits 1 with a message in Swedish when something must be fixed first.
"""

from kuf.samportal.storage import commands
from kuf.samportal.storage.settings import from_environ
from kuf.samportal.storage.settings import positive_int
import os
from pathlib import Path
import sys


ROOT = Path(__file__).resolve().parent.parent
INSTANCE = Path(os.environ.get("INSTANCE_DIR", ROOT / "instance")).resolve()


def backup_dir() -> Path:
    return Path(os.environ.get("BACKUP_DIR") or INSTANCE / "var" / "backup").resolve()


def migrate():
    done = commands.migrate(INSTANCE, from_environ(os.environ, INSTANCE))
    print(
        f"Flyttade {done['objects']} objekt och {done['blobs']} blobbar till PostgreSQL-"
        f"databasen {done['database']} på {done['seconds']:.1f} s; varje objekt och blob "
        f"är identiskt med originalet (SHA-256 {done['digest'][:16]}…)."
    )
    print("Starta sedan med samma RELSTORAGE_DSN: make start (eller make cluster).")


def pack():
    settings = from_environ(os.environ, INSTANCE)
    default_days = "0" if settings.kind == "relstorage" else "7"
    days = float(os.environ.get("PACK_DAYS") or default_days)
    done = commands.pack(settings, days)
    print(
        f"Packade {settings.describe()} på {done['seconds']:.1f} s: "
        f"{done['before']} → {done['after']} {done['unit']}."
    )


def backup():
    settings = from_environ(os.environ, INSTANCE)
    keep = positive_int({"BACKUP_KEEP": os.environ.get("BACKUP_KEEP") or "7"}, "BACKUP_KEEP")
    full = os.environ.get("BACKUP_FULL") == "1"
    done = commands.backup(settings, backup_dir(), keep, full)
    print(
        f"Säkerhetskopia av {settings.describe()} klar på {done['seconds']:.1f} s: "
        f"återställningspunkt {done['restore_point']} i {backup_dir()}."
    )
    for name in done["removed"]:
        print(f"  gallrad: {name}")


def restore():
    settings = from_environ(os.environ, INSTANCE)
    point = os.environ.get("RESTORE_FROM") or None
    done = commands.restore(settings, backup_dir(), point)
    print(
        f"Återställde {done['restore_point']} till {settings.describe()} "
        f"på {done['seconds']:.1f} s."
    )


def prepare():
    """Before the site is created: RelStorage needs its database to exist."""
    settings = from_environ(os.environ, INSTANCE)
    if settings.kind == "relstorage" and commands.postgres.ensure_database(settings.dsn):
        print(f"==> Skapade databasen för {settings.describe()}")


COMMANDS = {
    "prepare": prepare,
    "migrate": migrate,
    "pack": pack,
    "backup": backup,
    "restore": restore,
}


def main(argv):
    if len(argv) != 2 or argv[1] not in COMMANDS:
        sys.exit(f"Användning: {argv[0]} {'|'.join(COMMANDS)}")
    try:
        COMMANDS[argv[1]]()
    except commands.OperationError as error:
        sys.exit(f"Fel: {error}")


if __name__ == "__main__":
    main(sys.argv)
