"""Every time Plone's own pages show, in Swedish time (Europe/Stockholm),
written the Swedish way: "2026-11-25 12:48" in bylines, histories, listings
and search results (rules/swedish_time.py); never raw ISO, never UTC."""

from DateTime import DateTime
from kuf.samportal.rules import swedish_time
from plone.app.layout.viewlets.common import ContentViewsViewlet
from Products.CMFPlone.browser.ploneview import Plone
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


def swedish(value, long_format=None, time_only=None):
    """Plone's toLocalizedTime, the Swedish way."""
    if value is None or value == "" or value == "None":
        return None
    if isinstance(value, int | float):
        value = DateTime(value)
    try:
        value = swedish_time._value(value)
    except (TypeError, ValueError):
        try:  # Zope's own notations ("2026/11/25 12:48:00 GMT+1")
            value = swedish_time._value(DateTime(value))
        except Exception:  # noqa: BLE001 (Plone shows nothing for bad input too)
            return None
    if value is None:
        return None
    if time_only:
        return f"{swedish_time.local(value):%H:%M}" if hasattr(value, "hour") else ""
    if long_format:
        return swedish_time.short_datetime(value)
    local = swedish_time.local(value) if hasattr(value, "hour") else value
    return f"{local:%Y-%m-%d}"


class KufPloneView(Plone):
    def toLocalizedTime(self, time, long_format=None, time_only=None):
        return swedish(time, long_format, time_only)


class ContentViews(ContentViewsViewlet):
    """The toolbar's tabs; its history entry shows the last change the
    Swedish way, without the browser's time zone (pat-display-time)."""

    menu_template = ViewPageTemplateFile("templates/menu.pt")

    def modified(self):
        return swedish(self.context.modified(), long_format=True) or ""
