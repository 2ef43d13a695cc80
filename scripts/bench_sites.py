"""Two sites from the same .venv, served by real WSGI processes, for the
benchmarks (make bench, make loadtest, make demo-scale).

``ours``: an instance created as ``make site`` does (the add-on with its demo
content). ``stock``: a plain Plone site whose instance does not load
kuf.samportal (nor the other add-ons it brings: easyform, datagridfield,
pas.plugins.oidc), with comparable content (scripts/bench_stock_site.py).
Both in BENCH_DIR (default instance/bench), built once and kept: ``REBUILD=1``
builds them again. Each is served by its own ``runwsgi`` (waitress) with the
same THREADS (4).
"""

from importlib.metadata import entry_points
import os
from pathlib import Path
import shutil
import socket
import subprocess
import sys
import time


ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SCRIPTS = ROOT / "scripts"
BENCH_DIR = Path(os.environ.get("BENCH_DIR") or ROOT / "instance" / "bench").resolve()
THREADS = os.environ.get("THREADS") or "4"
# Pages are asked for by a host name, as users do: Plone leaves 127.0.0.1
# unthemed (plone.app.theming's unthemed hosts), so by that address neither
# site would be rendered as users see it.
HOSTNAME = "localhost"
PASSWORD = "samverkan"  # noqa: S105 (demo users of the benchmark sites)
# Add-ons of the portal that stock Plone does not have.
NOT_STOCK = {"kuf.samportal", "collective.easyform", "collective.z3cform.datagridfield"}
NOT_STOCK |= {"pas.plugins.oidc"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_environ(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELSTORAGE_")}
    env.update(DEMO_PASSWORD=PASSWORD, ADMIN_PASSWORD="admin", SITE_ID="samportal")  # noqa: S106
    env.update({k: str(v) for k, v in extra.items()})
    return env


def stock_site_zcml() -> str:
    """site.zcml without autoinclude: every Plone plugin but the portal's add-ons."""
    plugins = []
    for group in ("z3c.autoinclude.plugin", "plone.autoinclude.plugin"):
        for entry in entry_points(group=group):
            if entry.value == "plone" and entry.dist.name not in NOT_STOCK:
                plugins.append(entry.dist.name)
    metas, configures = [], []
    for name in sorted(set(plugins)):
        module = __import__(name, fromlist=["__name__"])
        folder = Path(module.__file__).parent
        if (folder / "meta.zcml").exists():
            metas.append(f'  <include package="{name}" file="meta.zcml" />')
        if (folder / "configure.zcml").exists():
            configures.append(f'  <include package="{name}" />')
    return "\n".join(
        [
            "<configure",
            '    xmlns="http://namespaces.zope.org/zope"',
            '    xmlns:meta="http://namespaces.zope.org/meta"',
            '    xmlns:five="http://namespaces.zope.org/five">',
            "  <!-- Stock Plone for the benchmarks: no kuf.samportal (scripts/bench_sites.py) -->",
            '  <meta:provides feature="disable-autoinclude" />',
            '  <include package="Zope2.App" />',
            '  <include package="Products.Five" />',
            '  <meta:redefinePermission from="zope2.Public" to="zope.Public" />',
            '  <five:loadProducts file="meta.zcml" />',
            *metas,
            "  <five:loadProducts />",
            *configures,
            "  <five:loadProductsOverrides />",
            '  <securityPolicy component="AccessControl.security.SecurityPolicy" />',
            "</configure>",
            "",
        ]
    )


def run(args, env, log):
    with open(log, "a", encoding="utf-8") as out:
        subprocess.run(args, env=env, check=True, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)


def configure(directory: Path, port: int, stock: bool, **extra):
    env = clean_environ(INSTANCE_DIR=directory, PORT=port, THREADS=THREADS, **extra)
    directory.mkdir(parents=True, exist_ok=True)
    run([BIN / "python", SCRIPTS / "instance.py"], env, directory / "build.log")
    if stock:
        (directory / "etc" / "site.zcml").write_text(stock_site_zcml(), encoding="utf-8")
    return env


def build(kind: str, directory: Path, script: str | None = None, **extra) -> float:
    """Create the instance and its site (once); returns the seconds it took."""
    marker = directory / "built"
    if marker.exists() and not os.environ.get("REBUILD"):
        return 0.0
    if directory.exists():
        shutil.rmtree(directory)
    started = time.perf_counter()
    stock = kind == "stock"
    env = configure(directory, 0, stock, **extra)
    script = script or ("bench_stock_site.py" if stock else "create_site.py")
    zconf = directory / "etc" / "zope.conf"
    run([BIN / "zconsole", "run", zconf, SCRIPTS / script], env, directory / "build.log")
    seconds = time.perf_counter() - started
    marker.write_text(f"{seconds:.0f}\n")
    return seconds


def build_both(ours: Path, stock: Path):
    """Build both sites at once (two processes)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        jobs = [pool.submit(build, "ours", ours), pool.submit(build, "stock", stock)]
        return [job.result() for job in jobs]


class Server:
    """One runwsgi process on the instance in ``directory``."""

    def __init__(self, directory: Path, stock: bool = False, port: int | None = None, **extra):
        self.directory = directory
        self.port = port or free_port()
        self.env = configure(directory, self.port, stock, **extra)
        self.process = None

    def start(self, timeout=180):
        log = open(self.directory / "server.log", "a", encoding="utf-8")  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603
            [BIN / "runwsgi", self.directory / "etc" / "zope.ini"],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"runwsgi stopped: see {self.directory / 'server.log'}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"runwsgi did not answer on {self.port}")

    @property
    def url(self):
        return f"http://{HOSTNAME}:{self.port}"

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
