"""What the benchmark scripts share: a test server with the add-on, and a
median over real HTTP requests."""

import os
import statistics
import time


def set_up_server():
    """The functional test layers set up outside pytest; returns the portal."""
    from kuf.samportal.testing import FUNCTIONAL_TESTING

    os.environ.setdefault("zope_i18n_compile_mo_files", "true")
    layers = []

    def collect(layer):
        for base in layer.__bases__:
            collect(base)
        if layer not in layers:
            layers.append(layer)

    collect(FUNCTIONAL_TESTING)
    for layer in layers:
        layer.setUp()
    for layer in layers:
        layer.testSetUp()
    return FUNCTIONAL_TESTING["portal"]


def median_ms(session, url, rounds, warmup, headers=None, params=None, before=None):
    """Median milliseconds of ``rounds`` GETs after ``warmup`` ones;
    ``before`` runs before each measured request (e.g. to empty a cache)."""
    for _ in range(warmup):
        session.get(url, headers=headers, params=params).raise_for_status()
    samples = []
    for _ in range(rounds):
        if before is not None:
            before()
        started = time.perf_counter()
        response = session.get(url, headers=headers, params=params)
        samples.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return statistics.median(samples)
