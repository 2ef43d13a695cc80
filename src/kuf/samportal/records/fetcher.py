"""What WeasyPrint may fetch while it makes a PDF: images of the portal that
the person rendering may view, and nothing from outside.

WeasyPrint (70) wants an ``URLFetcher`` instance; whatever ``fetch`` raises
is logged by WeasyPrint and the resource left out, so an image that does
not resolve never breaks a record.
"""

from plone import api
from urllib.parse import unquote
from urllib.parse import urlsplit
from weasyprint.urls import URLFetcher
from weasyprint.urls import URLFetcherResponse


class NothingFetched(ValueError):
    pass


class NoFetching(URLFetcher):
    """For documents made only of our own text: nothing is fetched."""

    def fetch(self, url, headers=None):
        raise NothingFetched(f"Inga externa resurser i PDF:en: {url[:200]}")


SCALE_VIEWS = ("@@images", "images")


def split_scale(steps):
    """The path to the content and the image field named after ``@@images``
    (``@@images/image/preview``, ``@@images/image-400-<hash>.png``): the
    record takes the original image, WeasyPrint sizes it."""
    for view in SCALE_VIEWS:
        if view in steps:
            index = steps.index(view)
            rest = steps[index + 1 : index + 2]
            field = rest[0].split(".")[0] if rest else "image"
            return steps[:index], field if "-" not in field else "image"
    return steps, "image"


def image_bytes(obj, field="image"):
    """(data, content type) of an image field of ``obj`` or of ``obj`` itself."""
    for candidate in (getattr(obj, field, None), getattr(obj, "image", None), obj):
        data = getattr(candidate, "data", None)
        content_type = getattr(candidate, "contentType", None)
        if isinstance(data, bytes) and content_type:
            return data, content_type
    return None, None


class PortalImageFetcher(URLFetcher):
    """Resolves images inside the portal with the renderer's own rights."""

    def __init__(self, portal_url, **kwargs):
        super().__init__(**kwargs)
        self.portal_url = portal_url.rstrip("/")

    def path_in_portal(self, url):
        if not url.startswith(self.portal_url + "/"):
            return None
        path = urlsplit(url[len(self.portal_url) :]).path
        return unquote(path).strip("/")

    def fetch(self, url, headers=None):
        path = self.path_in_portal(url)
        if path is None:
            raise NothingFetched(f"Bara bilder i portalen tas med i PDF:en: {url[:200]}")
        steps, field = split_scale(path.split("/"))
        obj = self.traverse(steps)
        data, content_type = image_bytes(obj, field)
        if data is None or not content_type.startswith("image/"):
            raise NothingFetched(f"Inte en bild: {url[:200]}")
        return URLFetcherResponse(url, data, {"Content-Type": content_type})

    def traverse(self, steps):
        portal = api.portal.get()
        if steps[0] == "resolveuid" and len(steps) > 1:
            target = api.content.get(UID=steps[1])
            if target is None:
                raise NothingFetched(f"Okänd bild: {steps[1]}")
            steps = [*target.getPhysicalPath()[len(portal.getPhysicalPath()) :], *steps[2:]]
        # restrictedTraverse: the renderer sees only what they may view.
        return portal.restrictedTraverse("/".join(steps))
