"""Profile pages in-process with pyinstrument (measure before changing).

    .venv/bin/python scripts/profile_page.py ours|stock PATH [PATH ...] [-n N] [-u USER]

Loads the benchmark instance (scripts/bench_sites.py, BENCH_DIR) in this
process, publishes each PATH N times (default 30) as USER (default
medarbetare) through Zope's WSGI publisher, and prints pyinstrument's call
tree of all of them (PROFILE_HTML=file writes the HTML report too).
pyinstrument is in the test extra (pinned in constraints.txt).
"""

import argparse
import base64
from bench_sites import BENCH_DIR
from bench_sites import HOSTNAME
from bench_sites import PASSWORD
import io
import os
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site", help="ours, stock or another instance in BENCH_DIR")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument("-u", "--user", default="medarbetare")
    parser.add_argument("--interval", type=float, default=0.0005)
    parser.add_argument(
        "--ab-menu", action="store_true", help="CPU ms with our content menu and Plone's"
    )
    parser.add_argument("--cpu", action="store_true", help="median CPU ms per path")
    parser.add_argument("--viewlets", action="store_true", help="time each viewlet instead")
    args = parser.parse_args()
    os.environ.setdefault("zope_i18n_compile_mo_files", "true")
    from pyinstrument import Profiler
    from Zope2.Startup.run import make_wsgi_app

    app = make_wsgi_app({}, str(BENCH_DIR / args.site / "etc" / "zope.conf"))
    site = "stock" if args.site == "stock" else "samportal"
    token = base64.b64encode(f"{args.user}:{PASSWORD}".encode()).decode()

    def get(path):
        path, _, query = path.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": f"/{site}{path}",
            "QUERY_STRING": query,
            "SERVER_NAME": HOSTNAME,
            "SERVER_PORT": "8080",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": io.StringIO(),
            "HTTP_HOST": f"{HOSTNAME}:8080",
            "HTTP_ACCEPT": "application/json" if "++api++" in path else "text/html",
            "HTTP_AUTHORIZATION": f"Basic {token}",
        }
        status = []
        body = b"".join(app(environ, lambda s, h, *a: status.append(s)))
        if not status[0].startswith("200"):
            raise RuntimeError(f"{path}: {status[0]}")
        return body

    for path in args.paths:
        for _ in range(3):
            get(path)
    if args.viewlets:
        return time_viewlets(get, args)
    if args.ab_menu:
        return ab_content_menu(get, args)
    if args.cpu:
        import statistics

        for path in args.paths:
            samples = []
            for _ in range(args.n):
                started = time.thread_time()
                get(path)
                samples.append((time.thread_time() - started) * 1000)
            print(f"{statistics.median(samples):8.1f} ms CPU  {path}", flush=True)
        return None
    if os.environ.get("CPROFILE"):
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.enable()
        for path in args.paths:
            for _ in range(args.n):
                get(path)
        profile.disable()
        stats = pstats.Stats(profile)
        stats.dump_stats(os.environ["CPROFILE"])
        return None
    profiler = Profiler(interval=args.interval)
    started = time.perf_counter()
    profiler.start()
    for path in args.paths:
        for _ in range(args.n):
            get(path)
    profiler.stop()
    total = (time.perf_counter() - started) * 1000 / (args.n * len(args.paths))
    print(f"{args.site}: {total:.1f} ms per request (with the profiler)")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    if os.environ.get("PROFILE_HTML"):
        with open(os.environ["PROFILE_HTML"], "w", encoding="utf-8") as out:
            out.write(profiler.output_html())


def ab_content_menu(get, args):
    """CPU ms per path with caching.toolbar's content menu (A) and Plone's
    own (B), alternating request by request in this process."""
    from kuf.samportal.caching.toolbar import ContentMenuForActors
    from kuf.samportal.interfaces import IKufSamportalLayer
    from plone.app.contentmenu.view import ContentMenuProvider
    import statistics
    from zope.component import provideAdapter
    from zope.contentprovider.interfaces import IContentProvider
    from zope.interface import Interface

    def use(factory):
        provideAdapter(
            factory,
            (Interface, IKufSamportalLayer, Interface),
            IContentProvider,
            name="plone.contentmenu",
        )

    for path in args.paths:
        samples = {"ours": [], "plone": []}
        for _ in range(args.n):
            for name, factory in (("ours", ContentMenuForActors), ("plone", ContentMenuProvider)):
                use(factory)
                started = time.thread_time()
                get(path)
                samples[name].append((time.thread_time() - started) * 1000)
        ours, plone = (statistics.median(samples[k]) for k in ("ours", "plone"))
        print(f"{ours:8.1f} {plone:8.1f} {ours / plone:6.2f}  {path}", flush=True)
    use(ContentMenuForActors)


def time_viewlets(get, args):
    """Milliseconds per request spent in each viewlet, portlet and manager."""
    from collections import Counter
    from plone.app.portlets.manager import PortletManagerRenderer
    from zope.viewlet.manager import ViewletManagerBase

    spent = Counter()

    def timed(name, method):
        def wrapper(self, *a, **kw):
            started = time.perf_counter()
            try:
                return method(self, *a, **kw)
            finally:
                spent[name(self)] += time.perf_counter() - started

        return wrapper

    ViewletManagerBase.render = timed(
        lambda self: f"manager {self.__name__}", ViewletManagerBase.render
    )
    PortletManagerRenderer.render = timed(
        lambda self: "portlets " + getattr(self.manager, "__name__", "?"),
        PortletManagerRenderer.render,
    )
    original_update = ViewletManagerBase.update

    def update(self):
        started = time.perf_counter()
        original_update(self)
        spent[f"update {self.__name__}"] += time.perf_counter() - started
        for viewlet in getattr(self, "viewlets", ()):
            if "render" not in type(viewlet).__dict__ or hasattr(viewlet, "_timed"):
                continue
            cls = type(viewlet)
            cls.render = timed(lambda v: f"  viewlet {v.__name__}", cls.render)
            cls._timed = True

    ViewletManagerBase.update = update
    total = 0.0
    for path in args.paths:
        for _ in range(args.n):
            started = time.perf_counter()
            get(path)
            total += time.perf_counter() - started
    count = args.n * len(args.paths)
    print(f"{args.site}: {total * 1000 / count:.1f} ms per request")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        if seconds * 1000 / count >= 0.3:
            print(f"{seconds * 1000 / count:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
