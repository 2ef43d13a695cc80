"""Benchmark: the portal against a stock Plone site, page for page, in one run.

    make bench            (or: .venv/bin/python scripts/bench.py [rounds])

Builds (once, in BENCH_DIR, default instance/bench; REBUILD=1 builds again)
the portal with its demo content and a stock Plone 6.2 site from the same
.venv with comparable content (scripts/bench_stock_site.py), serves each with
its own runwsgi (waitress, THREADS=4 each) and requests every page over real
HTTP as the employee ``medarbetare`` and as the secretary ``sekreterare``
(basic auth on both sites), as HTML and through REST. Rounds are
interleaved (ours, stock, stock, ours, ...) so that the load of other
processes falls on both alike; the table prints medians and ratios.

Targets (issue 13): every page <= 1.1x its stock counterpart, REST <= 1.2x;
a repeat view of a signed protocol (ETag, 304) <= 0.5x the stock Document page.
"""

from bench_sites import BENCH_DIR
from bench_sites import PASSWORD
from bench_sites import Server
from bench_sites import build_both
import os
import statistics
import sys
import time


ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20
WARMUP = 3
TARGETS = {"HTML": 1.1, "REST": 1.2}
SEARCH = "SearchableText=arbetsmilj%C3%B6"
# label, path in the portal, path in the stock site, users who may see it.
BOTH = ("medarbetare", "sekreterare")
PAGES = [
    ("startsida", "", "", BOTH),
    ("sektion (Samverkan)", "/samverkan", "/samverkan", BOTH),
    ("grupp (FVG)", "/samverkan/fvg", "/samverkan/fvg", BOTH),
    (
        "signerat protokoll",
        "/samverkan/fvg/protokoll-2025-01-13",
        "/samverkan/fvg/protokoll-2025-01-13",
        BOTH,
    ),
    (
        "protokoll under justering",
        "/samverkan/fvg/protokoll-pagaende-justering",
        "/samverkan/fvg/protokoll-pagaende-justering",
        ("sekreterare",),
    ),
    (
        "rutin",
        "/arbetsmiljohandbok/arlig-uppfoljning-sam-och-aktiva-atgarder",
        "/arbetsmiljohandbok/arlig-uppfoljning-sam-och-aktiva-atgarder",
        BOTH,
    ),
    ("handbokens startsida", "/arbetsmiljohandbok", "/arbetsmiljohandbok", BOTH),
    ("sök", f"/@@search?{SEARCH}", f"/@@search?{SEARCH}", BOTH),
    (
        "sammanställning",
        "/uppfoljning/kulturforvaltningen/@@sammanstallning",
        "/uppfoljning/sammanstallning",
        BOTH,
    ),
    ("avtal", "/avtal/feelgood", "/avtal/feelgood", BOTH),
]
# BENCH_PAGES=n measures the first n pages only (the smoke test).
if os.environ.get("BENCH_PAGES"):
    PAGES = PAGES[: int(os.environ["BENCH_PAGES"])]
REST_PATHS = {
    "sök": (f"/@search?{SEARCH}", f"/@search?{SEARCH}"),
    "sammanställning": (
        "/uppfoljning/kulturforvaltningen/@sammanstallning",
        "/uppfoljning/sammanstallning",
    ),
}


def requests_of(ours_base, stock_base):
    """(user, kind, label, our url, stock url) for every measured request."""
    jobs = []
    for label, ours, stock, users in PAGES:
        for user in users:
            jobs.append((user, "HTML", label, ours_base + ours, stock_base + stock))
            rest_ours, rest_stock = REST_PATHS.get(label, (ours, stock))
            jobs.append(
                (
                    user,
                    "REST",
                    label,
                    ours_base + "/++api++" + rest_ours,
                    stock_base + "/++api++" + rest_stock,
                )
            )
    return jobs


def timed_get(session, url, headers):
    started = time.perf_counter()
    response = session.get(url, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url}: {response.status_code}")
    return elapsed, response


def sessions():
    import requests

    made = {}
    for user in BOTH:
        session = requests.Session()
        session.auth = (user, PASSWORD)
        made[user] = session
    return made


HEADERS = {"HTML": {"Accept": "text/html"}, "REST": {"Accept": "application/json"}}


def measure(jobs, rounds, warmup=WARMUP):
    """Median ms per job for ours and stock, interleaved ABBA per round."""
    users = sessions()
    samples = {job: ([], []) for job in jobs}
    for round_ in range(warmup + rounds):
        for job in jobs:
            user, kind, _label, ours, stock = job
            order = ((0, ours), (1, stock)) if round_ % 2 == 0 else ((1, stock), (0, ours))
            for side, url in order:
                elapsed, _ = timed_get(users[user], url, HEADERS[kind])
                if round_ >= warmup:
                    samples[job][side].append(elapsed)
    return {
        job: (statistics.median(ours), statistics.median(stock))
        for job, (ours, stock) in samples.items()
    }


REPEAT_KINDS = (("HTML", "", False), ("REST", "", True), ("PDF", "/protokoll.pdf", False))


def repeat_view(ours_site, path, stock_url, rounds, kinds=REPEAT_KINDS):
    """A repeat view of the signed protocol (If-None-Match) against the stock
    Document page (full GET), interleaved."""
    user = sessions()["medarbetare"]
    results = {}
    for kind, suffix, rest in kinds:
        url = f"{ours_site}{'/++api++' if rest else ''}{path}{suffix}"
        headers = dict(HEADERS["REST" if rest else "HTML"])
        user.get(url, headers=headers)  # a missing record PDF is made at the first
        first = user.get(url, headers=headers)
        first.raise_for_status()
        etag = first.headers.get("ETag")
        if etag:
            headers["If-None-Match"] = etag
        ours, stock = [], []
        for round_ in range(WARMUP + rounds):
            started = time.perf_counter()
            response = user.get(url, headers=headers)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code not in (200, 304):
                raise RuntimeError(f"{url}: {response.status_code}")
            stock_ms, _ = timed_get(user, stock_url, HEADERS["HTML"])
            if round_ >= WARMUP:
                ours.append(elapsed)
                stock.append(stock_ms)
        results[kind] = (statistics.median(ours), statistics.median(stock), response.status_code)
    return results


def table(results, rounds):
    print(f"\nPortalen mot standard-Plone, medianer i ms över {rounds} varv (ABBA):")
    print(f"{'sida':28}{'användare':13}{'typ':6}{'vår':>8}{'stock':>8}{'kvot':>7}  mål")
    over = 0
    for (user, kind, label, _o, _s), (ours, stock) in results.items():
        ratio = ours / stock
        verdict = "ok" if ratio <= TARGETS[kind] else "ÖVER"
        over += verdict != "ok"
        print(
            f"{label:28}{user:13}{kind:6}{ours:8.1f}{stock:8.1f}{ratio:7.2f}"
            f"  {TARGETS[kind]:.1f} {verdict}"
        )
    return over


def main():
    import requests  # noqa: F401 (fail early without the test extra)

    ours_dir, stock_dir = BENCH_DIR / "ours", BENCH_DIR / "stock"
    built = build_both(ours_dir, stock_dir)
    if any(built):
        print(f"Byggde webbplatserna på {max(built):.0f} s ({BENCH_DIR})")
    with Server(ours_dir) as ours, Server(stock_dir, stock=True) as stock:
        jobs = requests_of(ours.url + "/samportal", stock.url + "/stock")
        results = measure(jobs, ROUNDS)
        over = table(results, ROUNDS)
        signed = "/samverkan/fvg/protokoll-2025-01-13"
        repeat = repeat_view(ours.url + "/samportal", signed, stock.url + "/stock" + signed, ROUNDS)
        print("\nUpprepad visning av det signerade protokollet (If-None-Match) mot")
        print("standardsidans Document (hel GET), mål <= 0.5:")
        for kind, (ours_ms, stock_ms, status) in repeat.items():
            ratio = ours_ms / stock_ms
            print(f"  {kind:6}{ours_ms:8.1f}{stock_ms:8.1f}{ratio:7.2f}  ({status})")
    print(f"\n{over} av {len(results)} över målet.")


if __name__ == "__main__":
    main()
