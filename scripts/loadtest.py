"""Load test: an open model at fixed arrival rates against the portal, on
loopback, for one instance and for two instances on RelStorage.

    make loadtest            (or: .venv/bin/python scripts/loadtest.py)

Requests arrive as a Poisson process at a fixed rate, whatever the server
answers (an open model: slow answers do not slow the arrivals); each
latency is counted from the moment the request was due, so that queueing
in the client counts too. The mix per role, about 70 % HTML pages:

- employees (``medarbetare``, 45 %): start page, handbook, a routine, the
  signed protocol, search (HTML and REST);
- parties (``saco``, 20 %): the protocol in justering (HTML, REST), its
  synpunkter, and giving one (POST @synpunkter);
- justerare (``vision``, 10 %): the signing page and @justering (a signature
  can be given once only, so the round's signing itself is not repeated);
- HR (``hr``, 15 %): the follow-up roll-up (HTML and REST);
- the secretary (10 %): the FVG and the protocol in justering.

The rate steps up (RATES, requests/s) for STEP seconds each until a step
has p95 > 500 ms or an error; the table gives every step, the summary the
highest rate that kept p95 <= 500 ms with no error. Setups, in one run:
1 instance on FileStorage; and with PostgreSQL at LOADTEST_PG_DSN (default
the local server, user postgres) and HAProxy: the site copied into the
database ``kuf_loadtest``, served by 1 instance, then by 2 behind HAProxy
(scripts/cluster.py). Every instance has THREADS (4) threads. The site is
the benchmark's (BENCH_DIR, scripts/bench_sites.py).

LOADTEST_QUICK=1 runs one short step per setup (the smoke test);
LOADTEST_ALL=1 goes on through every rate after the target is missed (to
see where the throughput saturates).
"""

from bench_sites import BENCH_DIR
from bench_sites import BIN
from bench_sites import HOSTNAME
from bench_sites import PASSWORD
from bench_sites import ROOT
from bench_sites import THREADS
from bench_sites import Server
from bench_sites import build
from bench_sites import clean_environ
from bench_sites import free_port
from concurrent.futures import ThreadPoolExecutor
import os
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time


QUICK = bool(os.environ.get("LOADTEST_QUICK"))
DETAIL = bool(os.environ.get("LOADTEST_DETAIL"))
RATES = [float(r) for r in (os.environ.get("RATES") or "1,2,3,4,5,6,8,10,12,15").split(",")]
STEP = float(os.environ.get("STEP") or (3 if QUICK else 15))
P95_LIMIT_MS = 500
PG_DSN = os.environ.get("LOADTEST_PG_DSN", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")
SIGNED = "/samverkan/fvg/protokoll-2025-01-13"
JUSTERING = "/samverkan/fvg/protokoll-pagaende-justering"
ROUTINE = "/arbetsmiljohandbok/arlig-uppfoljning-sam-och-aktiva-atgarder"
ROLLUP = "/uppfoljning/kulturforvaltningen"
WORD = "SearchableText=arbetsmilj%C3%B6"
# weight, user, method, path, HTML?
MIX = [
    (10, "medarbetare", "GET", "", True),
    (8, "medarbetare", "GET", "/arbetsmiljohandbok", True),
    (8, "medarbetare", "GET", ROUTINE, True),
    (8, "medarbetare", "GET", SIGNED, True),
    (6, "medarbetare", "GET", f"/@@search?{WORD}", True),
    (5, "medarbetare", "GET", f"/++api++/@search?{WORD}", False),
    (8, "saco", "GET", JUSTERING, True),
    (6, "saco", "GET", f"/++api++{JUSTERING}", False),
    (3, "saco", "GET", f"/++api++{JUSTERING}/@synpunkter", False),
    (3, "saco", "POST", f"/++api++{JUSTERING}/@synpunkter", False),
    (5, "vision", "GET", f"{JUSTERING}/@@signera", True),
    (5, "vision", "GET", f"/++api++{JUSTERING}/@justering", False),
    (8, "hr", "GET", f"{ROLLUP}/@@sammanstallning", True),
    (7, "hr", "GET", f"/++api++{ROLLUP}/@sammanstallning", False),
    (5, "sekreterare", "GET", "/samverkan/fvg", True),
    (5, "sekreterare", "GET", JUSTERING, True),
]


def html_share() -> float:
    return sum(w for w, *_, html in MIX if html) / sum(w for w, *_ in MIX)


class Client:
    """Keep-alive sessions per thread and user."""

    def __init__(self, base):
        self.base = base
        self.local = threading.local()

    def session(self, user):
        import requests

        sessions = self.local.__dict__.setdefault("sessions", {})
        if user not in sessions:
            session = requests.Session()
            session.auth = (user, PASSWORD)
            sessions[user] = session
        return sessions[user]

    def call(self, user, method, path, html):
        headers = {"Accept": "text/html" if html else "application/json"}
        url = self.base + path
        if method == "POST":
            response = self.session(user).post(
                url, json={"text": "Synpunkt från lasttestet."}, headers=headers, timeout=30
            )
            return response.status_code == 201
        response = self.session(user).get(url, headers=headers, timeout=30)
        return response.status_code == 200


def run_step(client, rate, seconds, seed=13):
    """One step of the open model; returns (count, p50, p95, errors)."""
    rng = random.Random(seed)  # noqa: S311 (arrival times, not secrets)
    weights = [w for w, *_ in MIX]
    latencies, errors, by_kind = [], [], {}
    lock = threading.Lock()

    def fire(due, request):
        try:
            ok = client.call(*request)
        except Exception:  # noqa: BLE001 - a timeout or reset is an error of the step
            ok = False
        elapsed = (time.perf_counter() - due) * 1000
        with lock:
            latencies.append(elapsed)
            by_kind.setdefault(f"{request[1]} {request[2]}", []).append(elapsed)
            if not ok:
                errors.append(request[2] + " " + request[1])

    start = time.perf_counter()
    due = start
    with ThreadPoolExecutor(max_workers=96) as pool:
        while True:
            due += rng.expovariate(rate)
            if due - start > seconds:
                break
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            _, *request = rng.choices(MIX, weights)[0]
            pool.submit(fire, due, request)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else 0.0
    if DETAIL:  # the slowest kinds of request of the step (where the time goes)
        slowest = sorted(by_kind.items(), key=lambda kv: -max(kv[1]))[:4]
        for kind, times in slowest:
            print(f"      {max(times):7.0f} ms max, {len(times):3} st  {kind}", flush=True)
    return len(latencies), statistics.median(latencies or [0]), p95, len(errors)


def ladder(name, base):
    client = Client(base + "/samportal")
    for _ in range(2):  # warm caches: every page once
        for _w, *request in MIX:
            client.call(*request)
    rows, best, missed = [], 0.0, False
    for rate in RATES[:1] if QUICK else RATES:
        count, p50, p95, errors = run_step(client, rate, STEP)
        ok = p95 <= P95_LIMIT_MS and errors == 0
        rows.append((name, rate, count, p50, p95, errors, ok))
        print(
            f"  {name:28}{rate:6.1f}/s{count:7}{p50:9.0f}{p95:9.0f}{errors:7}  "
            f"{'ok' if ok else 'ÖVER'}",
            flush=True,
        )
        missed = missed or not ok
        if not missed:
            best = rate
        elif not os.environ.get("LOADTEST_ALL"):
            break
    return best, rows


def postgres_ready() -> bool:
    import psycopg2

    try:
        psycopg2.connect(PG_DSN, connect_timeout=3).close()
    except psycopg2.OperationalError:
        return False
    return shutil.which("haproxy") is not None or os.path.exists("/usr/sbin/haproxy")


def copy_to_postgres(ours):
    """The benchmark site (FileStorage) copied into the database kuf_loadtest."""
    from kuf.samportal.storage import postgres as pg
    from kuf.samportal.storage.settings import with_database

    dsn = with_database(PG_DSN, "kuf_loadtest")
    pg.drop_database(dsn)
    env = clean_environ(INSTANCE_DIR=ours, RELSTORAGE_DSN=dsn)
    subprocess.run(
        [BIN / "python", ROOT / "scripts" / "storage.py", "migrate"],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    return dsn


def cluster(dsn, count):
    folder = BENCH_DIR / "cluster"
    port, first = free_port(), free_port()
    env = clean_environ(
        RELSTORAGE_DSN=dsn,
        N=count,
        CLUSTER_DIR=folder,
        CLUSTER_PORT=first,
        PORT=port,
        HOST="127.0.0.1",
        THREADS=THREADS,
        INSTANCE_DIR=BENCH_DIR / "pg",
    )
    log = open(BENCH_DIR / "cluster.log", "a", encoding="utf-8")  # noqa: SIM115
    process = subprocess.Popen(  # noqa: S603
        [BIN / "python", ROOT / "scripts" / "cluster.py"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
    )
    return process, f"http://{HOSTNAME}:{port}"


def wait_for(url, process, timeout=240):
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the cluster stopped: see BENCH_DIR/cluster.log")
        try:
            if requests.get(url + "/ok", timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    raise RuntimeError("the cluster did not answer")


def working_copy(built):
    """The load test writes (synpunkter): it runs on a copy of the benchmark
    site, which stays as built for `make bench`."""
    copy = BENCH_DIR / "loadtest"
    if copy.exists():
        shutil.rmtree(copy)
    skip = shutil.ignore_patterns("*.lock", "*.tmp", "cache", "log", "*.pid")
    shutil.copytree(built / "var", copy / "var", ignore=skip)
    return copy


def main():
    built = BENCH_DIR / "ours"
    build("ours", built)
    ours = working_copy(built)
    print(
        f"Öppen modell, {html_share():.0%} HTML, {STEP:.0f} s per steg, "
        f"{THREADS} trådar per instans; latens från ankomsttid:"
    )
    print(f"  {'uppsättning':28}{'takt':>8}{'antal':>7}{'p50 ms':>9}{'p95 ms':>9}{'fel':>7}")
    results = {}
    with Server(ours) as server:
        results["1 instans, FileStorage"] = ladder("1 instans, FileStorage", server.url)
    if postgres_ready() and not os.environ.get("LOADTEST_NO_PG"):
        dsn = copy_to_postgres(ours)
        with Server(BENCH_DIR / "pg", RELSTORAGE_DSN=dsn) as server:
            results["1 instans, RelStorage"] = ladder("1 instans, RelStorage", server.url)
        process, url = cluster(dsn, 2)
        try:
            wait_for(url, process)
            results["2 instanser, RelStorage"] = ladder("2 instanser, RelStorage", url)
        finally:
            process.terminate()
            process.wait(60)
    elif not os.environ.get("LOADTEST_NO_PG"):
        print("  (PostgreSQL eller HAProxy saknas: bara FileStorage)")
    print(f"\nHögsta takt med p95 <= {P95_LIMIT_MS} ms och 0 fel:")
    for name, (best, _rows) in results.items():
        print(f"  {name:28}{best:6.1f} förfrågningar/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
