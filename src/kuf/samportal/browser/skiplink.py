"""The skip link "Hoppa till innehållet": the first element of every HTML
page, so that a keyboard user's first Tab reaches it and Enter skips the
toolbar, header and navigation (WCAG 2.4.1). A transform after the theme
(plone.app.theming is 8850), so that it comes first on themed pages, stock
ones (login, forms, errors) included. A page without a <title> (the login
pages of the closed site root) gets one from its heading (WCAG 2.4.2)."""

from kuf.samportal.interfaces import IKufSamportalLayer
from lxml import etree
from lxml import html as lxml_html
from plone.transformchain.interfaces import ITransform
from repoze.xmliter.utils import getHTMLSerializer
from zope.component import adapter
from zope.interface import Interface
from zope.interface import implementer


LABEL = "Hoppa till innehållet"
TARGETS = ("content", "portal-column-content", "main-container")


@implementer(ITransform)
@adapter(Interface, IKufSamportalLayer)
class SkipLink:
    order = 8900

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def applies(self):
        content_type = self.request.response.getHeader("Content-Type") or ""
        return content_type.startswith("text/html")

    def transformBytes(self, result, encoding):
        return self.transformIterable([result], encoding)

    def transformUnicode(self, result, encoding):
        return self.transformIterable([result.encode(encoding, "xmlcharrefreplace")], encoding)

    def transformIterable(self, result, encoding):
        if not self.applies():
            return None
        tree = getattr(result, "tree", None)
        if tree is None:
            data = b"".join(
                part if isinstance(part, bytes) else part.encode(encoding) for part in result
            )
            if b"<body" not in data:  # a fragment (AJAX) or not a page
                return None
            try:
                result = getHTMLSerializer([data], pretty_print=False, encoding=encoding)
            except (TypeError, ValueError, etree.ParseError):
                return None
            tree = result.tree
        root = tree.getroot() if hasattr(tree, "getroot") else tree
        body = root.find("body") if root is not None else None
        if body is None or body.xpath('./a[@class="kuf-skip-link"]'):
            return None
        target = next(
            (found[0] for name in TARGETS if (found := root.xpath(f'//*[@id="{name}"]'))), None
        )
        if target is None:
            return None
        ensure_title(root)
        if target.get("tabindex") is None:
            target.set("tabindex", "-1")
        link = lxml_html.Element("a", {"class": "kuf-skip-link", "href": f"#{target.get('id')}"})
        link.text = LABEL
        link.tail = body.text
        body.text = None
        body.insert(0, link)
        return result


def ensure_title(root):
    """Pages of a closed site root (login, password reset) render no title:
    the title viewlet may not read the root. Name them by their heading
    (WCAG 2.4.2)."""
    head = root.find("head")
    if head is None:
        return
    title = head.find("title")
    if title is not None and (title.text or "").strip():
        return
    headings = root.xpath("//h1")
    heading = " ".join(headings[0].text_content().split()) if headings else ""
    site = site_title()
    text = " – ".join(part for part in (heading, site) if part) or site
    if title is None:
        title = etree.SubElement(head, "title")
    title.text = text


def site_title():
    from plone import api

    try:
        return api.portal.get().Title() or ""
    except api.exc.CannotGetPortalError:
        return ""
