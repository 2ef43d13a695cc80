"""Times on Plone's own pages: Swedish time, the Swedish way (look/times.py)."""

from DateTime import DateTime
from plone import api
import re
import transaction


HTML = {"Accept": "text/html"}
# 11:48 UTC is 12:48 in Stockholm in winter.
CHANGED = DateTime("2026-01-15T11:48:30+00:00")


def test_toolbar_byline_and_search_in_swedish_time(demo_portal, http):
    with api.env.adopt_roles(["Manager"]):
        doc = api.content.create(
            container=demo_portal["stodmaterial"],
            type="Document",
            id="tidstest",
            title="Tidstest för visning",
        )
        api.content.transition(obj=doc, transition="publish")
        doc.setModificationDate(CHANGED)
        doc.reindexObject(idxs=["modified"])
    transaction.commit()
    hr = http("hr")
    html = hr.get(doc.absolute_url(), headers=HTML).text
    # The toolbar's history entry: no raw ISO, no UTC, no browser time zone.
    entry = re.search(r"<time[^>]*>([^<]*)</time>", html)
    assert entry, "no history entry in the toolbar"
    assert entry.group(1).strip() == "2026-01-15 12:48"
    assert "pat-display-time" not in html
    results = hr.get(
        f"{demo_portal.absolute_url()}/@@search",
        params={"SearchableText": "Tidstest"},
        headers=HTML,
    ).text
    assert "2026-01-15 12:48" in results
    assert "2026-01-15 11:48" not in results


def test_portal_time_zone_is_stockholm(demo):
    assert api.portal.get_registry_record("plone.portal_timezone") == "Europe/Stockholm"
    assert api.portal.get_registry_record("plone.available_timezones") == ["Europe/Stockholm"]


def test_plone_view_formats_the_swedish_way(demo):
    view = api.content.get_view("plone", demo, demo.REQUEST)
    assert view.toLocalizedTime(CHANGED) == "2026-01-15"
    assert view.toLocalizedTime(CHANGED, long_format=True) == "2026-01-15 12:48"
    assert view.toLocalizedTime(CHANGED, time_only=True) == "12:48"
    summer = DateTime("2026-06-15T10:00:00+00:00")
    assert view.toLocalizedTime(summer, long_format=True) == "2026-06-15 12:00"
    # ISO text, Zope's own notation and seconds since the epoch (histories).
    assert view.toLocalizedTime("2026-01-15T11:48:30Z", long_format=True) == "2026-01-15 12:48"
    assert view.toLocalizedTime("2026/01/15 11:48:30 GMT+0", long_format=True) == "2026-01-15 12:48"
    assert view.toLocalizedTime(CHANGED.timeTime(), long_format=True) == "2026-01-15 12:48"
    assert view.toLocalizedTime(None) is None
