"""author/<user id>: a person's page is for that person and for those who
may list people (the description often names the person's union)."""

from pathlib import Path
from plone import api
from Products.CMFPlone.browser import author
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import NotFound


class KufAuthorView(author.AuthorView):
    index = ViewPageTemplateFile(str(Path(author.__file__).parent / "templates/author.pt"))

    def __call__(self):
        current = api.user.get_current().getId()
        if self.username != current and not api.user.has_permission(
            "kuf.samportal: List people", obj=self.context
        ):
            raise NotFound(self.username or "author")
        return super().__call__()
