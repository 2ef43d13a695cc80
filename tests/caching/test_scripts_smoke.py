"""make bench and make loadtest: their measuring parts run for one round
against the test server (no timing is asserted: they are benchmarks, not
tests). Building the two benchmark sites takes minutes, so the full scripts
are run by hand (README, "Speed")."""

from kuf.samportal.demo.protocols import SIGNED_ID
from pathlib import Path
import sys


sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))


def test_stock_instance_loads_no_portal_addon():
    import bench_sites

    zcml = bench_sites.stock_site_zcml()
    assert 'feature="disable-autoinclude"' in zcml
    assert '<include package="plone.restapi" />' in zcml
    for addon in bench_sites.NOT_STOCK:
        assert f'package="{addon}"' not in zcml


def test_bench_and_loadtest_measure_one_round(demo_portal, monkeypatch):
    import bench
    import loadtest

    base = demo_portal.absolute_url()
    signed = f"/samverkan/fvg/{SIGNED_ID}"
    # The test server plays both sites: the script's plumbing is what runs.
    monkeypatch.setattr(bench, "PAGES", [("signerat protokoll", signed, signed, ("medarbetare",))])
    results = bench.measure(bench.requests_of(base, base), rounds=1, warmup=0)
    assert len(results) == 2  # HTML and REST
    assert bench.table(results, 1) >= 0
    kinds = bench.REPEAT_KINDS[:2]  # the PDF is made at its first request: slow
    repeat = bench.repeat_view(base, signed, base + signed, rounds=1, kinds=kinds)
    assert {kind: status for kind, (_o, _s, status) in repeat.items()} == {
        "HTML": 304,
        "REST": 304,
    }
    monkeypatch.setattr(loadtest, "MIX", [m for m in loadtest.MIX if m[2] == "GET"][:4])
    client = loadtest.Client(base)
    count, p50, p95, errors = loadtest.run_step(client, rate=8, seconds=0.5)
    assert count > 0
    assert errors == 0
    assert p50 <= p95
