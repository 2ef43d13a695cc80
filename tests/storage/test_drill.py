"""Restore drills, as on the day a restore is needed: a site with content of
every type (records signed in the portal included) is backed up with `make
backup`, destroyed, restored with `make restore` into a new place, and an
instance started on the restore serves every object, file and record as
before. The time each restore took is printed.

Runs after the cluster tests (the PostgreSQL drill stops the cluster), so
its database holds what they wrote, protocols signed at once included.
"""

import hashlib
from kuf.samportal.storage.commands import digest_of
from kuf.samportal.storage.settings import from_environ
from pathlib import Path
import shutil
from tests.storage import processes


TYPES_DIR = processes.ROOT / "src" / "kuf" / "samportal" / "profiles" / "default" / "types"
OUR_TYPES = {path.stem for path in TYPES_DIR.glob("*.xml")}


def every_record_over_http(instance, inventory) -> int:
    """Download every stored record from ``instance``; their SHA-256 match."""
    admin = processes.session("admin")
    checked = 0
    for path, entry in inventory["protocols"].items():
        if entry["record_sha256"]:
            pdf = admin.get(f"{instance.url}/samportal/{path}/@@protokoll.pdf", timeout=60)
            assert pdf.status_code == 200
            assert hashlib.sha256(pdf.content).hexdigest() == entry["record_sha256"]
            checked += 1
    return checked


def report(capsys, text):
    with capsys.disabled():
        print(f"\n[storage] {text}")


def test_postgresql_backup_destroy_restore_drill(cluster, pg_site, postgres, workdir, capsys):
    before = processes.inventory(cluster.url)
    assert before["problems"] == []
    assert set(before["counts"]) >= OUR_TYPES
    signed_here = [p for p in before["protocols"].values() if p["record_sha256"]]
    assert len(signed_here) >= 3
    backups = workdir / "backup-postgresql"
    processes.storage_command("backup", {**pg_site.env, "BACKUP_DIR": backups})

    cluster.stop()
    digest = digest_of(from_environ(pg_site.env, pg_site.folder))
    from kuf.samportal.storage import postgres as pg

    pg.drop_database(pg_site.dsn)  # destroyed

    target = workdir / "restored-postgresql"
    env = {
        **processes.base_env(),
        "RELSTORAGE_DSN": postgres("restored"),
        "INSTANCE_DIR": str(target),
        "BACKUP_DIR": str(backups),
    }
    output = processes.storage_command("restore", env)

    instance = processes.start_instance(target, processes.PG_DRILL_PORT, env)
    try:
        after = processes.inventory(instance.url)
        assert after == before
        records = every_record_over_http(instance, after)
    finally:
        instance.stop()
    report(
        capsys,
        f"restore drill PostgreSQL: {after['objects']} objects, {len(after['files'])} files, "
        f"{records} records; pg_restore took {processes.seconds_in(output):.1f} s",
    )

    # Every stored object and blob as before the backup, also after `make
    # pack`, which removes only what nothing refers to.
    packed = processes.storage_command("pack", env)
    assert "objekt" in packed
    assert digest_of(from_environ(env, target)).total() == digest.total()


def test_filestorage_backup_destroy_restore_drill(fs_site, pg_site, workdir, capsys):
    """The embedded FileStorage with its blobs: repozo and blob snapshots."""
    backups = workdir / "backup-filestorage"
    env = {**fs_site.env, "BACKUP_DIR": str(backups)}
    processes.storage_command("backup", env)
    digest = digest_of(from_environ({}, fs_site.folder))

    for folder in ("filestorage", "blobstorage"):  # destroyed
        shutil.rmtree(fs_site.folder / "var" / folder)

    target = workdir / "restored-filestorage"
    restore_env = {**env, "INSTANCE_DIR": str(target)}
    output = processes.storage_command("restore", restore_env)
    restored = from_environ({}, Path(target))

    instance = processes.start_instance(target, processes.FS_DRILL_PORT, restore_env)
    try:
        after = processes.inventory(instance.url)
        records = every_record_over_http(instance, after)
    finally:
        instance.stop()
    assert after == fs_site.inventory
    assert records >= 1
    report(
        capsys,
        f"restore drill FileStorage: {after['objects']} objects, {len(after['files'])} files, "
        f"{records} records; repozo and blobs took {processes.seconds_in(output):.1f} s",
    )

    # Every stored object and blob as before the backup, also after `make
    # pack` removed the history.
    size = restored.data_fs.stat().st_size
    processes.storage_command("pack", {**restore_env, "PACK_DAYS": "0"})
    assert restored.data_fs.stat().st_size < size
    assert digest_of(restored).total() == digest.total()
