"""Ten years of content: build it, then measure it against the demo site.

    make demo-scale [SCALE=0.1]   (or: SCALE=0.1 .venv/bin/python scripts/demo_scale.py [rounds])

Builds (once per SCALE, in BENCH_DIR/scale-<SCALE>) a site with the demo
content plus ten years of it (scripts/demo_scale_build.py: at SCALE=1,
2 000 protocols in 20 groups with items and bilagor, 200 routines with
versions, 150 units' follow-ups for 5 years, 40 agreements with 5 years of
usage), and the plain demo site (BENCH_DIR/ours), serves both (runwsgi,
THREADS=4 each) and requests, interleaved, as the employee (the roll-up as
HR): a group's protocols (page, REST listing), @search for a word, the
start page, the navigation (@navigation) and the follow-up roll-up (page,
REST). Prints medians and p95 per site, the ratio of the medians (target
<= 1.2), REST p95 (target <= 150 ms), the database's size and the build
time.
"""

from bench_sites import BENCH_DIR
from bench_sites import PASSWORD
from bench_sites import Server
from bench_sites import build
import os
import statistics
import sys
import time


ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 30
SCALE = os.environ.get("SCALE") or "1"
WORD = "SearchableText=arbetsmilj%C3%B6"
# label, user, path in the demo site, path in the scaled site, REST?
CHECKS = [
    ("gruppens protokoll (sida)", "medarbetare", "/samverkan/fvg", "/samverkan/grupp-01", False),
    (
        "gruppens protokoll (REST)",
        "medarbetare",
        "/++api++/@search?portal_type=Protokoll&path=/samportal/samverkan/fvg"
        "&sort_on=meeting_date&sort_order=descending&b_size=25",
        "/++api++/@search?portal_type=Protokoll&path=/samportal/samverkan/grupp-01"
        "&sort_on=meeting_date&sort_order=descending&b_size=25",
        True,
    ),
    ("@search ett ord (REST)", "medarbetare", f"/++api++/@search?{WORD}", None, True),
    ("sök ett ord (sida)", "medarbetare", f"/@@search?{WORD}", None, False),
    ("startsidan", "medarbetare", "", None, False),
    ("navigering (REST)", "medarbetare", "/++api++/@navigation", None, True),
    (
        "sammanställning (sida)",
        "hr",
        "/uppfoljning/kulturforvaltningen/@@sammanstallning",
        None,
        False,
    ),
    (
        "sammanställning (REST)",
        "hr",
        "/++api++/uppfoljning/kulturforvaltningen/@sammanstallning",
        None,
        True,
    ),
]
RATIO_TARGET = 1.2
REST_P95_TARGET = 150


def size_of(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def p95(samples):
    ordered = sorted(samples)
    return ordered[int(0.95 * (len(ordered) - 1))]


def measure(demo_url, scale_url, rounds):
    import requests

    sessions = {}
    for user in {c[1] for c in CHECKS}:
        sessions[user] = requests.Session()
        sessions[user].auth = (user, PASSWORD)
    samples = {c[0]: ([], []) for c in CHECKS}
    for round_ in range(rounds + 2):
        for label, user, demo_path, scale_path, rest in CHECKS:
            headers = {"Accept": "application/json" if rest else "text/html"}
            urls = [demo_url + demo_path, scale_url + (scale_path or demo_path)]
            order = (0, 1) if round_ % 2 == 0 else (1, 0)
            for side in order:
                started = time.perf_counter()
                response = sessions[user].get(urls[side], headers=headers)
                elapsed = (time.perf_counter() - started) * 1000
                response.raise_for_status()
                if round_ >= 2:
                    samples[label][side].append(elapsed)
    return samples


def main():
    demo_dir = BENCH_DIR / "ours"
    scale_dir = BENCH_DIR / f"scale-{SCALE}"
    build("ours", demo_dir)
    build("ours", scale_dir, script="demo_scale_build.py", SCALE=SCALE)
    built = float((scale_dir / "built").read_text().strip() or 0)
    database = size_of(scale_dir / "var" / "filestorage")
    blobs = size_of(scale_dir / "var" / "blobstorage")
    demo_db = size_of(demo_dir / "var" / "filestorage")
    with Server(demo_dir) as demo, Server(scale_dir) as scaled:
        samples = measure(demo.url + "/samportal", scaled.url + "/samportal", ROUNDS)
    print(f"\nTio års innehåll (SCALE={SCALE}) mot demosajten, ms över {ROUNDS} varv:")
    print(f"{'':28}{'demo p50':>9}{'tio år p50':>11}{'kvot':>6}{'demo p95':>9}{'tio år p95':>11}")
    over = 0
    for label, _u, _d, _s, rest in CHECKS:
        demo_ms, scale_ms = samples[label]
        ratio = statistics.median(scale_ms) / statistics.median(demo_ms)
        ok = ratio <= RATIO_TARGET and (not rest or p95(scale_ms) <= REST_P95_TARGET)
        over += not ok
        print(
            f"{label:28}{statistics.median(demo_ms):9.1f}{statistics.median(scale_ms):11.1f}"
            f"{ratio:6.2f}{p95(demo_ms):9.1f}{p95(scale_ms):11.1f}  {'ok' if ok else 'ÖVER'}"
        )
    print(
        f"\nDatabasen: {database / 1e6:.0f} MB Data.fs + {blobs / 1e6:.0f} MB blobbar "
        f"(demosajten {demo_db / 1e6:.0f} MB); bygget tog {built / 60:.1f} min."
    )
    print(f"Mål: kvot <= {RATIO_TARGET}, REST p95 <= {REST_P95_TARGET} ms; {over} över.")


if __name__ == "__main__":
    main()
