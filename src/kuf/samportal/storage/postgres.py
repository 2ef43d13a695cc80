"""PostgreSQL for RelStorage: databases, pg_dump and pg_restore.

The server is Debian's PostgreSQL (scripts/system-deps.sh --postgres);
pg_dump and pg_restore come with its client package.
"""

from contextlib import closing
from kuf.samportal.storage.settings import database_name
from kuf.samportal.storage.settings import dsn_parts
from kuf.samportal.storage.settings import safe_dsn
from kuf.samportal.storage.settings import with_database
import os
from pathlib import Path
import subprocess


class PostgresError(RuntimeError):
    """Something an operator must fix first (Swedish message)."""


def connect(dsn):
    import psycopg2

    try:
        return psycopg2.connect(dsn, connect_timeout=5)
    except psycopg2.OperationalError as error:
        raise PostgresError(
            f"Kan inte ansluta till PostgreSQL ({safe_dsn(dsn)}): {str(error).strip()}"
        ) from error


def maintenance(dsn):
    """A connection to the server's ``postgres`` database, in autocommit."""
    connection = connect(with_database(dsn, "postgres"))
    connection.autocommit = True
    return connection


def database_exists(dsn) -> bool:
    with closing(maintenance(dsn)) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database_name(dsn),))
        return cursor.fetchone() is not None


def create_database(dsn):
    from psycopg2 import sql

    with closing(maintenance(dsn)) as connection, connection.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database_name(dsn))))


def drop_database(dsn):
    from psycopg2 import sql

    with closing(maintenance(dsn)) as connection, connection.cursor() as cursor:
        cursor.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(database_name(dsn))
            )
        )


def object_count(dsn) -> int:
    """Objects stored by RelStorage; 0 for a database without its tables."""
    with closing(connect(dsn)) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('object_state') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return 0
        cursor.execute("SELECT count(*) FROM object_state")
        return cursor.fetchone()[0]


def ensure_database(dsn) -> bool:
    """Create the database unless it exists; whether it was created."""
    if database_exists(dsn):
        return False
    create_database(dsn)
    return True


def ensure_empty_database(dsn):
    """Create the database if needed; refuse one that already holds a site."""
    if not database_exists(dsn):
        create_database(dsn)
        return
    if object_count(dsn):
        raise PostgresError(
            f"Databasen {database_name(dsn)} innehåller redan objekt. Välj en ny "
            "databas i RELSTORAGE_DSN (eller töm den med dropdb om du är säker)."
        )


def dump(dsn, target: Path):
    """pg_dump in the custom format (compressed, restored with pg_restore).

    Written under a temporary name first: an interrupted dump never looks
    like a finished backup. pg_dump reads one consistent snapshot while the
    instances go on writing.
    """
    partial = target.with_name(f".{target.name}.partial")
    run(["pg_dump", "--format=custom", "--no-owner", f"--file={partial}"], dsn)
    partial.rename(target)


def restore(dsn, source: Path):
    run(["pg_restore", "--no-owner", "--exit-on-error", "--jobs=2", source], dsn, "--dbname")


def run(command, dsn, dsn_option=None):
    """Run a PostgreSQL client with ``dsn``; its password goes in the
    environment (PGPASSWORD), never on the command line where ps shows it."""
    from psycopg2.extensions import make_dsn

    parts = dsn_parts(dsn)
    password = parts.pop("password", None)
    env = {**os.environ, **({"PGPASSWORD": password} if password else {})}
    target = make_dsn(**parts)
    command = [*command, f"{dsn_option}={target}" if dsn_option else target]
    try:
        subprocess.run([str(part) for part in command], check=True, capture_output=True, env=env)
    except FileNotFoundError as error:
        raise PostgresError(
            f"{command[0]} saknas: installera postgresql-client "
            "(scripts/system-deps.sh --postgres)."
        ) from error
    except subprocess.CalledProcessError as error:
        message = error.stderr.decode(errors="replace").strip()
        raise PostgresError(f"{command[0]} misslyckades: {message}") from error


# Backup and restore of a RelStorage database ---------------------------------


def backup(settings, backup_dir: Path, keep: int) -> dict:
    """A pg_dump of ``settings``' database (blobs included: they are in it)."""
    from kuf.samportal.storage import retention
    from kuf.samportal.storage.filestorage import utc_stamp

    folder = backup_dir / "postgresql"
    folder.mkdir(parents=True, exist_ok=True)
    taken = [p.name for p in folder.iterdir()]
    name = f"{utc_stamp(taken)}-{database_name(settings.dsn)}.dump"
    dump(settings.dsn, folder / name)
    expired = retention.expired_dumps([p.name for p in folder.iterdir()], keep)
    for old in expired:
        (folder / old).unlink()
    return {"restore_point": name, "removed": expired}


def restore_points(backup_dir: Path) -> list[str]:
    from kuf.samportal.storage import retention

    folder = backup_dir / "postgresql"
    if not folder.is_dir():
        return []
    names = [p.name for p in folder.iterdir() if p.name.endswith(".dump")]
    return sorted(names, key=retention.stamp)


def restore_backup(settings, backup_dir: Path, point: str | None = None) -> str:
    """Restore the dump ``point`` (None: the newest) into ``settings``' database,
    which is created; one that already holds a site is refused."""
    import shutil

    points = restore_points(backup_dir)
    if point is None and points:
        point = points[-1]
    if point not in points:
        listed = ", ".join(points) or "inga"
        raise PostgresError(f"Ingen säkerhetskopia {point!r} i {backup_dir} (finns: {listed}).")
    if database_exists(settings.dsn):
        if object_count(settings.dsn):
            raise PostgresError(
                f"Databasen {database_name(settings.dsn)} innehåller redan en webbplats. "
                "Återställ till en ny databas (RELSTORAGE_DSN) eller ta bort den först."
            )
        drop_database(settings.dsn)  # empty, perhaps with RelStorage's tables
    create_database(settings.dsn)
    restore(settings.dsn, backup_dir / "postgresql" / point)
    # The blob cache may hold another database's blobs under the same names.
    shutil.rmtree(settings.blob_cache, ignore_errors=True)
    settings.blob_cache.mkdir(parents=True, exist_ok=True)
    return point
