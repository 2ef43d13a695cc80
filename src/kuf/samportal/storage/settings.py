"""Which storage an instance uses, from the environment.

Without ``RELSTORAGE_DSN`` an instance keeps the embedded FileStorage with
its blobs under ``<instance>/var`` (the newcomer's ``make start``). With it,
the instance uses RelStorage on PostgreSQL: history-free, blobs stored in
the database and cached in a local directory of limited size, so that any
number of instances on any number of hosts share one database.

Every setting is documented in README.md, "Running it in production".
"""

from dataclasses import dataclass
from pathlib import Path
import re


DEFAULTS = {
    "RELSTORAGE_BLOB_CACHE_SIZE": "1gb",
    "RELSTORAGE_CACHE_MB": "64",
    "ZODB_CACHE_SIZE": "30000",
}
BYTE_SIZE = re.compile(r"^\d+\s*(kb|mb|gb)?$", re.IGNORECASE)


class SettingsError(ValueError):
    """A setting from the environment that cannot be used (Swedish message)."""


def zconfig_value(value: str) -> str:
    """ZConfig reads ``$name`` as a substitution: a password may contain ``$``."""
    if "\n" in value:
        raise SettingsError("Värdet får inte innehålla radbrytningar.")
    return value.replace("$", "$$")


@dataclass(frozen=True)
class FileStorageSettings:
    """The embedded ZODB: one Data.fs and a blob directory."""

    instance: Path
    cache_size: int = 30000

    kind = "filestorage"

    @property
    def data_fs(self) -> Path:
        return self.instance / "var" / "filestorage" / "Data.fs"

    @property
    def blob_dir(self) -> Path:
        return self.instance / "var" / "blobstorage"

    def storage_section(self, name: str = "", indent: str = "") -> str:
        lines = [
            f"<blobstorage {name}>".replace(" >", ">"),
            f"    blob-dir {zconfig_value(str(self.blob_dir))}",
            "    <filestorage>",
            f"        path {zconfig_value(str(self.data_fs))}",
            "    </filestorage>",
            "</blobstorage>",
        ]
        return "\n".join(indent + line for line in lines)

    def describe(self) -> str:
        return f"FileStorage {self.data_fs}"


@dataclass(frozen=True)
class RelStorageSettings:
    """RelStorage on PostgreSQL, history-free, blobs in the database."""

    dsn: str
    blob_cache: Path
    blob_cache_size: str = "1gb"
    cache_mb: int = 64
    cache_size: int = 30000

    kind = "relstorage"

    def storage_section(self, name: str = "", indent: str = "") -> str:
        lines = [
            f"<relstorage {name}>".replace(" >", ">"),
            # One current revision per object: no undo, a smaller database
            # and packing that only removes unreachable objects.
            "    keep-history false",
            # Blobs live in the database (blob_chunk); each instance keeps
            # a cache of them on its own disk, pruned to blob-cache-size.
            "    shared-blob-dir false",
            f"    blob-dir {zconfig_value(str(self.blob_cache))}",
            f"    blob-cache-size {self.blob_cache_size}",
            f"    cache-local-mb {self.cache_mb}",
            "    <postgresql>",
            f"        dsn {zconfig_value(self.dsn)}",
            "    </postgresql>",
            "</relstorage>",
        ]
        return "\n".join(indent + line for line in lines)

    def describe(self) -> str:
        return f"RelStorage på PostgreSQL ({safe_dsn(self.dsn)})"


def from_environ(environ, instance: Path):
    """The storage settings an instance in ``instance`` gets from ``environ``."""
    values = {**DEFAULTS, **{k: v for k, v in environ.items() if v != ""}}
    cache_size = positive_int(values, "ZODB_CACHE_SIZE")
    dsn = values.get("RELSTORAGE_DSN", "").strip()
    if not dsn:
        return FileStorageSettings(instance=instance, cache_size=cache_size)
    blob_cache_size = values["RELSTORAGE_BLOB_CACHE_SIZE"].strip()
    if not BYTE_SIZE.match(blob_cache_size):
        raise SettingsError(
            "RELSTORAGE_BLOB_CACHE_SIZE ska vara en storlek som 500mb eller 2gb, "
            f"inte {blob_cache_size!r}."
        )
    blob_cache = Path(values.get("RELSTORAGE_BLOB_CACHE") or instance / "var" / "blobcache")
    return RelStorageSettings(
        dsn=dsn,
        blob_cache=blob_cache.resolve(),
        blob_cache_size=blob_cache_size.lower().replace(" ", ""),
        cache_mb=positive_int(values, "RELSTORAGE_CACHE_MB"),
        cache_size=cache_size,
    )


def positive_int(values, name) -> int:
    text = str(values[name]).strip()
    if not text.isdigit() or int(text) < 1:
        raise SettingsError(f"{name} ska vara ett positivt heltal, inte {text!r}.")
    return int(text)


def zodb_section(settings) -> str:
    """The ``<zodb_db main>`` section of zope.conf (with the import RelStorage needs)."""
    imports = "%import relstorage\n" if settings.kind == "relstorage" else ""
    return (
        f"{imports}<zodb_db main>\n"
        f"    # {settings.describe()}; see README, 'Running it in production'.\n"
        f"    cache-size {settings.cache_size}\n"
        f"{settings.storage_section(indent='    ')}\n"
        "    mount-point /\n"
        "</zodb_db>"
    )


def zodbconvert_config(source, destination) -> str:
    """A zodbconvert configuration copying ``source`` into ``destination``."""
    imports = "%import relstorage\n" if "relstorage" in (source.kind, destination.kind) else ""
    return (
        f"{imports}{source.storage_section('source')}\n"
        f"{destination.storage_section('destination')}\n"
    )


def zodbpack_config(settings) -> str:
    return f"%import relstorage\n{settings.storage_section()}\n"


# libpq connection strings ------------------------------------------------------


def dsn_parts(dsn: str) -> dict:
    """The key/value pairs of a libpq DSN or URI (psycopg2 parses both)."""
    from psycopg2.extensions import parse_dsn

    return parse_dsn(dsn)


def with_database(dsn: str, dbname: str) -> str:
    """The same server and credentials, another database."""
    from psycopg2.extensions import make_dsn

    return make_dsn(dsn, dbname=dbname)


def database_name(dsn: str) -> str:
    name = dsn_parts(dsn).get("dbname")
    if not name:
        raise SettingsError("RELSTORAGE_DSN saknar databasnamn (dbname=...).")
    return name


def safe_dsn(dsn: str) -> str:
    """The DSN without its password, for messages and logs."""
    from psycopg2 import ProgrammingError

    try:
        parts = dsn_parts(dsn)
    except ProgrammingError:
        return "ogiltig DSN"
    return " ".join(f"{key}={value}" for key, value in parts.items() if key != "password")
