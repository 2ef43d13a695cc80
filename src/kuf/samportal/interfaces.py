"""Marker interfaces."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IKufSamportalLayer(IDefaultBrowserLayer):
    """Browser layer: views of this add-on exist only where it is installed."""
