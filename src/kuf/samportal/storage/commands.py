"""The operations behind ``make migrate-to-postgres``, ``pack``, ``backup`` and
``restore`` (scripts/storage.py is their command line). Each returns what it
did, with its time in seconds, for the script to print."""

from kuf.samportal.storage import filestorage
from kuf.samportal.storage import postgres
from kuf.samportal.storage.digest import open_storage
from kuf.samportal.storage.digest import storage_digest
from kuf.samportal.storage.settings import FileStorageSettings
from kuf.samportal.storage.settings import SettingsError
from kuf.samportal.storage.settings import database_name
from kuf.samportal.storage.settings import zodbconvert_config
from kuf.samportal.storage.settings import zodbpack_config
from pathlib import Path
import subprocess
import sys
import tempfile
import time


OperationError = (SettingsError, postgres.PostgresError, filestorage.BackupError)


def tool(name) -> str:
    """A console script installed beside this Python (zodbconvert, zodbpack)."""
    return str(Path(sys.executable).parent / name)


def run_with_config(command, config_text):
    with tempfile.NamedTemporaryFile("w", suffix=".conf", encoding="utf-8") as config:
        config.write(config_text)
        config.flush()
        result = subprocess.run(
            [*command, config.name], capture_output=True, text=True, check=False
        )
    if result.returncode != 0:
        lines = (result.stderr or result.stdout).strip().splitlines()
        raise postgres.PostgresError(f"{command[0]} misslyckades: {' / '.join(lines[-3:])}")
    return result


def ensure_not_running(settings):
    """A FileStorage in use by an instance is locked; say so in plain words."""
    import zc.lockfile

    if not settings.data_fs.exists():
        return
    try:
        zc.lockfile.LockFile(f"{settings.data_fs}.lock").close()
    except zc.lockfile.LockError as error:
        raise filestorage.BackupError(
            f"{settings.data_fs} används av en körande instans: stoppa den först."
        ) from error


def digest_of(settings):
    storage = open_storage(f"%import relstorage\n{settings.storage_section()}\n")
    try:
        return storage_digest(storage)
    finally:
        storage.close()


def migrate(instance: Path, target) -> dict:
    """Copy the instance's FileStorage with its blobs into RelStorage and
    check that every object and blob arrived unchanged."""
    if target.kind != "relstorage":
        raise SettingsError("Sätt RELSTORAGE_DSN till databasen som webbplatsen ska flyttas till.")
    source = FileStorageSettings(instance=instance)
    if not source.data_fs.exists():
        raise SettingsError(f"Det finns ingen FileStorage att flytta: {source.data_fs}")
    ensure_not_running(source)
    postgres.ensure_empty_database(target.dsn)
    started = time.perf_counter()
    run_with_config([tool("zodbconvert")], zodbconvert_config(source, target))
    seconds = time.perf_counter() - started
    before, after = digest_of(source), digest_of(target)
    if before.total() != after.total() or before.missing or after.missing:
        differences = "; ".join(before.differences(after, limit=5))
        raise postgres.PostgresError(f"Kopian skiljer sig från originalet: {differences}")
    return {
        "seconds": seconds,
        "objects": len(after.objects),
        "blobs": len(after.blobs),
        "digest": after.total(),
        "database": database_name(target.dsn),
    }


def pack(settings, days: float) -> dict:
    """zodbpack: unreachable objects go; a FileStorage keeps ``days`` of history."""
    if settings.kind == "filestorage":
        ensure_not_running(settings)
        before = settings.data_fs.stat().st_size
    else:
        before = postgres.object_count(settings.dsn)
    started = time.perf_counter()
    run_with_config([tool("zodbpack"), f"--days={days}"], zodbpack_config(settings))
    seconds = time.perf_counter() - started
    if settings.kind == "filestorage":
        after = settings.data_fs.stat().st_size
        return {"seconds": seconds, "unit": "byte", "before": before, "after": after}
    after = postgres.object_count(settings.dsn)
    return {"seconds": seconds, "unit": "objekt", "before": before, "after": after}


def backup(settings, backup_dir: Path, keep: int, full: bool) -> dict:
    started = time.perf_counter()
    if settings.kind == "filestorage":
        done = filestorage.backup(settings, backup_dir, keep, full=full)
    else:
        done = postgres.backup(settings, backup_dir, keep)
    return {**done, "seconds": time.perf_counter() - started}


def restore(settings, backup_dir: Path, point: str | None) -> dict:
    started = time.perf_counter()
    if settings.kind == "filestorage":
        point = filestorage.restore(settings, backup_dir, point)
    else:
        point = postgres.restore_backup(settings, backup_dir, point)
    return {"restore_point": point, "seconds": time.perf_counter() - started}
