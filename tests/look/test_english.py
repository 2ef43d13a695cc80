"""Swedish everywhere a user reaches: walk every page each demo user reaches
by following links from the start page and fail on stock Plone's English
(the list and the walk: english.py)."""

from concurrent.futures import ThreadPoolExecutor
from kuf.samportal.testing import DEMO_PASSWORD
from tests.look.english import crawl
from tests.look.english import english_on
from tests.look.english import session_for


# An employee, a party representative, a chef (the follow-up), HR (the
# handbook's editors) and the secretary (protocols).
USERS = ("medarbetare", "saco", "chef", "hr", "sekreterare")
# Pages per user: the test stays under a minute on two cores.
LIMIT = 60


def test_no_stock_english_on_any_page_a_demo_user_reaches(demo_portal):
    base = demo_portal.absolute_url()

    def walk(user):
        found, visited = crawl(base, session_for(user, DEMO_PASSWORD), limit=LIMIT, workers=2)
        return user, found, visited

    # Compile the common templates once before the threads start.
    session_for(USERS[0], DEMO_PASSWORD).get(base, headers={"Accept": "text/html"})
    with ThreadPoolExecutor(len(USERS)) as pool:
        results = list(pool.map(walk, USERS))
    for user, _found, visited in results:
        assert visited >= 10, (user, visited)
    english = {
        f"{user} {url}": phrases for user, found, _ in results for url, phrases in found.items()
    }
    assert english == {}


def test_the_matcher_sees_visible_english_only():
    page = (
        '<html><head><title>Log in</title></head><body class="Search">'
        '<a href="x" title="Edit">Redigera</a><p>Summary of Editorial work</p>'
        "<script>var s = 'Powered by Plone';</script></body></html>"
    )
    assert english_on(page) == ["Summary"]


def test_no_fuzzy_translations_in_our_catalogs():
    """msgfmt drops fuzzy entries: Plone's own "Filtrera sökresultatet." was
    fuzzy in plone.app.locales, so users read "Filter the results"."""
    import kuf.samportal
    from pathlib import Path

    locales = Path(kuf.samportal.__file__).parent / "locales"
    fuzzy = [po.name for po in locales.glob("*/LC_MESSAGES/*.po") if "#, fuzzy" in po.read_text()]
    assert fuzzy == []


def test_no_stock_english_on_the_pages_before_login_and_on_refusals(demo_portal, http):
    """The crawl is logged in; the login pages and the refusal page are not
    reached by its links."""
    base = demo_portal.absolute_url()
    anonymous = http(None)
    pages = {
        path: anonymous.get(f"{base}/{path}", headers={"Accept": "text/html"}).text
        for path in ("login", "login-help", "mail_password_form", "passwordreset/nyckel")
    }
    employee = http("medarbetare")
    refused = employee.get(
        f"{base}/samverkan/fvg/protokoll-pagaende-justering", headers={"Accept": "text/html"}
    )
    pages["refused"] = refused.text
    assert "Otillräckliga rättigheter" in refused.text
    missing = employee.get(f"{base}/finns-inte", headers={"Accept": "text/html"})
    assert missing.status_code == 404
    pages["404"] = missing.text
    assert {path: english_on(page) for path, page in pages.items() if english_on(page)} == {}
