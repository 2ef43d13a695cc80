"""Fixtures of the storage tests, each built once per test session:

- ``fs_site``: a new instance on FileStorage with the demo site, made as
  `make start` makes it, plus a protocol signed in the portal (a real PDF
  record), and its inventory;
- ``pg_site``: that site moved to PostgreSQL with `make migrate-to-postgres`;
- ``cluster``: `make cluster N=2` on it: two instances behind HAProxy.

PostgreSQL is the server of KUF_TEST_PG_DSN (default 127.0.0.1:5432, user
postgres); databases are named kuf_storage_*. Without PostgreSQL or HAProxy
these tests are skipped with the reason, except in CI (CI=true), where they
must run and fail instead.
"""

from contextlib import closing
import json
import os
from pathlib import Path
import pytest
import subprocess
from tests.storage import processes


PG_DSN = os.environ.get("KUF_TEST_PG_DSN", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")


def require(condition, reason):
    if condition:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run the storage tests", pytrace=False)
    pytest.skip(reason)


def postgres_problem():
    import psycopg2

    try:
        with closing(psycopg2.connect(PG_DSN, connect_timeout=3)):
            return None
    except psycopg2.OperationalError as error:
        return str(error).strip().splitlines()[0]


@pytest.fixture(scope="session")
def postgres():
    """A factory of DSNs for new test databases, dropped at the end."""
    from kuf.samportal.storage import postgres as pg
    from kuf.samportal.storage.settings import with_database

    problem = postgres_problem()
    require(
        problem is None,
        f"PostgreSQL not reachable at {PG_DSN} ({problem}); install it with "
        "scripts/system-deps.sh --postgres or set KUF_TEST_PG_DSN",
    )
    made = []

    def database(name):
        dsn = with_database(PG_DSN, f"kuf_storage_{os.getpid()}_{name}")
        pg.drop_database(dsn)
        made.append(dsn)
        return dsn

    yield database
    for dsn in made:
        pg.drop_database(dsn)


@pytest.fixture(scope="session")
def haproxy():
    from kuf.samportal.storage.cluster import haproxy_binary

    require(
        haproxy_binary() is not None,
        "HAProxy is not installed (scripts/system-deps.sh --cluster installs Debian's)",
    )


@pytest.fixture(scope="session")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("storage")


class Site:
    def __init__(self, folder: Path, env: dict, inventory: dict | None = None):
        self.folder = folder
        self.env = env
        self.inventory = inventory


@pytest.fixture(scope="session")
def fs_site(workdir):
    folder = workdir / "fs-instance"
    env = processes.configure_instance(folder, 9399, processes.base_env())
    inventory_file = workdir / "fs-inventory.json"
    processes.run(
        [
            processes.BIN / "zconsole",
            "run",
            folder / "etc" / "zope.conf",
            processes.ROOT / "tests" / "storage" / "build_site.py",
        ],
        {**env, "INVENTORY_JSON": str(inventory_file)},
    )
    return Site(folder, env, json.loads(inventory_file.read_text()))


@pytest.fixture(scope="session")
def pg_site(fs_site, postgres):
    """`make migrate-to-postgres` of ``fs_site``; keeps what it printed."""
    from kuf.samportal.storage.commands import digest_of
    from kuf.samportal.storage.settings import from_environ

    dsn = postgres("cluster")
    env = {**fs_site.env, "RELSTORAGE_DSN": dsn}
    site = Site(fs_site.folder, env)
    site.dsn = dsn
    site.migration_output = processes.storage_command("migrate", env)
    # Both databases as they are right after the migration (the tests that
    # follow write into the copy and destroy the original).
    site.source_digest = digest_of(from_environ({}, fs_site.folder))
    site.target_digest = digest_of(from_environ(env, fs_site.folder))
    return site


class Cluster:
    def __init__(self, process, folder, env, members):
        self.process = process
        self.folder = folder
        self.env = env
        self.members = members  # port -> instance folder
        self.url = f"http://127.0.0.1:{processes.FRONTEND_PORT}"

    def pid(self, port) -> int:
        return int((self.members[port] / "var" / "instance.pid").read_text())

    def logs(self) -> str:
        return "\n".join(
            (folder / "var" / "log" / "event.log").read_text(errors="replace")
            for folder in self.members.values()
        )

    def conflicts(self) -> int:
        return self.logs().count("Conflict, retry")

    def wait_until_up(self):
        for port in self.members:
            processes.wait_until_up(f"http://127.0.0.1:{port}/ok", process=self.process)
        processes.wait_until_up(f"{self.url}/ok", process=self.process)

    def stop(self):
        processes.stop(self.process, timeout=30)


@pytest.fixture(scope="session")
def cluster(haproxy, pg_site, workdir):
    """`make cluster N=2` on the migrated site; the inventory it serves first
    is kept as ``inventory_after_migration``."""
    folder = workdir / "cluster"
    env = {
        **pg_site.env,
        "N": "2",
        "CLUSTER_DIR": str(folder),
        "CLUSTER_PORT": str(processes.CLUSTER_PORT),
        "PORT": str(processes.FRONTEND_PORT),
        "HOST": "127.0.0.1",
    }
    log = open(workdir / "cluster.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        [processes.BIN / "python", processes.ROOT / "scripts" / "cluster.py"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    members = {port: folder / str(port) for port in (9311, 9312)}
    running = Cluster(process, folder, env, members)
    try:
        running.wait_until_up()
        running.inventory_after_migration = processes.inventory(running.url)
        yield running
    finally:
        running.stop()
