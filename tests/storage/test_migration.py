"""`make migrate-to-postgres`: a FileStorage site with its blobs moved into
RelStorage on PostgreSQL, every object, blob, record and bilaga identical."""

from tests.storage import processes


def test_the_migration_copies_every_object_and_blob_unchanged(pg_site, capsys):
    output = pg_site.migration_output
    assert "är identiskt med originalet" in output
    before, after = pg_site.source_digest, pg_site.target_digest
    assert before.missing == after.missing == []
    assert len(after.objects) > 10000
    assert len(after.blobs) == len(before.blobs) >= 4
    assert before.differences(after) == []
    assert before.total() == after.total()
    with capsys.disabled():
        print(
            f"\n[storage] migration FileStorage -> RelStorage: {len(after.objects)} objects, "
            f"{len(after.blobs)} blobs in {processes.seconds_in(output):.1f} s"
        )


def test_the_migrated_site_serves_the_same_content_records_and_signatures(fs_site, cluster):
    before = fs_site.inventory
    after = cluster.inventory_after_migration
    assert after["problems"] == []
    assert after["counts"] == before["counts"]
    assert after["files"] == before["files"]  # SHA-256 of every bilaga, record, file
    assert after["protocols"] == before["protocols"]  # states, signatures, fingerprints
    signed = [p for p in after["protocols"].values() if p["record_sha256"]]
    assert signed
    assert all(set(p["signatures"]) == set(p["justerare"]) for p in signed)
    assert {"Protokoll", "Bilaga", "Synpunkt", "Avvikelse", "Uppfoljning"} <= set(after["counts"])
