"""Backup and restore of the embedded FileStorage and its blobs.

Data.fs is backed up with ZODB's repozo (incremental, gzip-compressed; a
full backup when asked or when repozo needs one). Repozo knows nothing of
blobs, so after it the blob directory is copied to a snapshot named by the
time it was taken; a blob file never changes once written, so a file the
previous snapshot already has is hard-linked instead of copied and each
snapshot costs only the new blobs. The snapshot is taken after Data.fs, so
it holds every blob the backed-up Data.fs refers to.
"""

from datetime import UTC
from datetime import datetime
from kuf.samportal.storage import retention
import os
from pathlib import Path
import shutil
import subprocess
import sys
import time


class BackupError(RuntimeError):
    """Something an operator must fix first (Swedish message)."""


def utc_stamp(taken=()) -> str:
    """The UTC time to the second, repozo's naming; one not in ``taken``
    (two backups within a second get different names)."""
    while True:
        name = datetime.now(UTC).strftime("%Y-%m-%d-%H-%M-%S")
        if not any(other.startswith(name) for other in taken):
            return name
        time.sleep(0.2)


def repozo(*arguments):
    command = [str(Path(sys.executable).parent / "repozo"), *map(str, arguments)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"repozo misslyckades: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout


def snapshot_blobs(blob_dir: Path, snapshots: Path, previous: Path | None, name: str) -> Path:
    target = snapshots / name
    partial = snapshots / f".{name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    for source in sorted(blob_dir.rglob("*")):
        relative = source.relative_to(blob_dir)
        destination = partial / relative
        if source.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        earlier = previous / relative if previous is not None else None
        if earlier is not None and earlier.is_file() and relative.suffix == ".blob":
            os.link(earlier, destination)
        else:
            shutil.copy2(source, destination)
    partial.mkdir(parents=True, exist_ok=True)
    partial.rename(target)
    return target


def backup(settings, backup_dir: Path, keep: int, full: bool = False) -> dict:
    """One backup of ``settings`` (FileStorageSettings) into ``backup_dir``."""
    if not settings.data_fs.exists():
        raise BackupError(f"Det finns ingen databas att säkerhetskopiera: {settings.data_fs}")
    repository = backup_dir / "filestorage"
    snapshots = backup_dir / "blobstorage"
    repository.mkdir(parents=True, exist_ok=True)
    snapshots.mkdir(parents=True, exist_ok=True)
    repozo(
        "--backup", "--gzip", "-r", repository, "-f", settings.data_fs, *(["-F"] if full else [])
    )
    existing = sorted(p.name for p in snapshots.iterdir() if retention.stamp(p.name))
    previous = snapshots / existing[-1] if existing else None
    name = utc_stamp(taken=existing)
    snapshot_blobs(settings.blob_dir, snapshots, previous, name)
    removed = remove_expired(repository, snapshots, keep)
    return {"restore_point": name, "removed": removed}


def remove_expired(repository: Path, snapshots: Path, keep: int) -> list[str]:
    names = [p.name for p in repository.iterdir()]
    expired = retention.expired_repozo(names, keep)
    kept_fulls = sorted(
        retention.stamp(n) for n in names if n.endswith(retention.FULL) and n not in expired
    )
    oldest_kept = kept_fulls[0] if kept_fulls else None
    for name in expired:
        (repository / name).unlink()
    old = retention.expired_snapshots([p.name for p in snapshots.iterdir()], oldest_kept)
    for name in old:
        shutil.rmtree(snapshots / name)
    return expired + old


def restore_points(backup_dir: Path) -> list[str]:
    snapshots = backup_dir / "blobstorage"
    if not snapshots.is_dir():
        return []
    return sorted(p.name for p in snapshots.iterdir() if retention.STAMP.fullmatch(p.name))


def restore(settings, backup_dir: Path, point: str | None = None) -> str:
    """Restore the backup ``point`` (a restore point name; None: the newest)
    into ``settings``' instance, which must not have a database yet."""
    points = restore_points(backup_dir)
    if point is None and points:
        point = points[-1]
    if point not in points:
        listed = ", ".join(points) or "inga"
        raise BackupError(f"Ingen återställningspunkt {point!r} i {backup_dir} (finns: {listed}).")
    if settings.data_fs.exists():
        raise BackupError(
            f"{settings.data_fs} finns redan. Återställ till en ny plats (INSTANCE_DIR) "
            "eller flytta bort den gamla databasen först."
        )
    settings.data_fs.parent.mkdir(parents=True, exist_ok=True)
    partial = settings.data_fs.with_name("Data.fs.restoring")
    repozo("--recover", "-r", backup_dir / "filestorage", "-o", partial, "-D", point)
    if settings.blob_dir.exists() and any(settings.blob_dir.iterdir()):
        shutil.rmtree(settings.blob_dir)
    shutil.copytree(backup_dir / "blobstorage" / point, settings.blob_dir, dirs_exist_ok=True)
    index = partial.with_name(partial.name + ".index")
    if index.exists():
        index.rename(settings.data_fs.with_name("Data.fs.index"))
    partial.rename(settings.data_fs)
    return point
