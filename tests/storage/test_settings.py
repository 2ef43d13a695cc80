"""The storage settings from the environment, the backup retention rules and
the proxy's arrival time: plain Python, no processes."""

from kuf.samportal.publishing import proxy_start
from kuf.samportal.storage import retention
from kuf.samportal.storage.settings import SettingsError
from kuf.samportal.storage.settings import from_environ
from kuf.samportal.storage.settings import safe_dsn
from kuf.samportal.storage.settings import zodb_section
from pathlib import Path
import pytest
import ZConfig


INSTANCE = Path("/srv/samportal/instance")


def test_without_a_dsn_the_instance_keeps_its_filestorage():
    section = zodb_section(from_environ({}, INSTANCE))
    assert "<filestorage>" in section
    assert "path /srv/samportal/instance/var/filestorage/Data.fs" in section
    assert "blob-dir /srv/samportal/instance/var/blobstorage" in section
    assert "relstorage" not in section


def test_a_dsn_selects_history_free_relstorage_with_blobs_in_the_database():
    environ = {
        "RELSTORAGE_DSN": "host=db.example user=portal password=pa$$word dbname=samportal",
        "RELSTORAGE_BLOB_CACHE_SIZE": "2gb",
        "RELSTORAGE_CACHE_MB": "128",
    }
    section = zodb_section(from_environ(environ, INSTANCE))
    assert section.startswith("%import relstorage\n")
    assert "keep-history false" in section
    assert "shared-blob-dir false" in section
    assert "blob-dir /srv/samportal/instance/var/blobcache" in section
    assert "blob-cache-size 2gb" in section
    assert "cache-local-mb 128" in section
    # ZConfig would read "$word" as a substitution: the $ are doubled.
    assert "password=pa$$$$word" in section


def test_the_rendered_relstorage_section_is_valid_zconfig():
    from io import StringIO

    schema = ZConfig.loadSchemaFile(
        StringIO(
            '<schema><import package="ZODB"/><import package="relstorage"/>'
            '<section type="ZODB.storage" name="*" attribute="storage"/></schema>'
        )
    )
    settings = from_environ({"RELSTORAGE_DSN": "dbname=x password=a$b"}, INSTANCE)
    config, _ = ZConfig.loadConfigFile(schema, StringIO(settings.storage_section()))
    storage = config.storage.config
    assert storage.keep_history is False
    assert storage.shared_blob_dir is False
    assert storage.adapter.config.dsn == "dbname=x password=a$b"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("RELSTORAGE_BLOB_CACHE_SIZE", "lots"),
        ("RELSTORAGE_CACHE_MB", "0"),
        ("ZODB_CACHE_SIZE", "x"),
    ],
)
def test_bad_settings_are_refused_in_swedish(name, value):
    with pytest.raises(SettingsError, match="ska vara"):
        from_environ({"RELSTORAGE_DSN": "dbname=x", name: value}, INSTANCE)


def test_messages_never_show_the_password():
    shown = safe_dsn("host=h user=u password=secret dbname=d")
    assert set(shown.split()) == {"host=h", "user=u", "dbname=d"}
    assert "secret" not in safe_dsn("postgresql://u:secret@h/d")


def test_repozo_sets_are_kept_whole_and_only_the_newest_fulls():
    names = [
        "2026-01-01-02-00-00.fsz",
        "2026-01-01-02-00-00.dat",
        "2026-01-01-02-00-00.index",
        "2026-01-02-02-00-00.deltafsz",
        "2026-01-02-02-00-00.index",
        "2026-01-08-02-00-00.fsz",
        "2026-01-08-02-00-00.dat",
        "2026-01-09-02-00-00.deltafsz",
    ]
    assert retention.expired_repozo(names, keep=2) == []
    assert retention.expired_repozo(names, keep=1) == sorted(names[:5])
    snapshots = ["2026-01-01-02-00-01", "2026-01-02-02-00-01", "2026-01-08-02-00-01"]
    assert retention.expired_snapshots(snapshots, "2026-01-08-02-00-00") == snapshots[:2]


def test_dumps_beyond_the_newest_are_removed():
    dumps = [f"2026-01-0{d}-02-00-00-samportal.dump" for d in range(1, 6)]
    assert retention.expired_dumps(dumps, keep=3) == dumps[:2]
    assert retention.expired_dumps(dumps, keep=7) == []


@pytest.mark.parametrize(
    ("header", "remote", "expected"),
    [
        ("t=1764000000000000", "127.0.0.1", 1764000000.0),  # HAProxy, microseconds
        ("t=1764000000.250", "127.0.0.1", 1764000000.25),  # nginx, seconds
        ("t=1764000000000000", "10.1.2.3", None),  # not from a trusted proxy
        ("t=1763999000000000", "127.0.0.1", None),  # older than the queue allows
        ("t=1764000100000000", "127.0.0.1", None),  # in the future
        ("soon", "127.0.0.1", None),
    ],
)
def test_the_proxy_arrival_time_is_trusted_only_from_a_proxy_and_when_plausible(
    header, remote, expected
):
    environ = {"HTTP_X_REQUEST_START": header, "REMOTE_ADDR": remote}
    assert proxy_start(environ, 1764000010.0, {"127.0.0.1"}) == expected
