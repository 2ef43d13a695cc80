"""The årshjul as the seed's grid (themes × meetings), its PDF, the grid
editor and "Kopiera till nästa år"."""

from kuf.samportal import _
from kuf.samportal.meetings import cycle
from kuf.samportal.meetings.browser.common import require_post
from kuf.samportal.meetings.browser.common import time_span
from kuf.samportal.meetings.lookup import by_uid
from kuf.samportal.meetings.refusals import MeetingRefusal
from kuf.samportal.meetings.rules.arshjul import CELL_KINDS
from kuf.samportal.records.fetcher import NoFetching
from kuf.samportal.vocabularies import ITEM_KIND_TITLES
from plone import api
from plone.memoize.view import memoize
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
import weasyprint
from zope.i18n import translate


def cell_text(cell) -> str:
    """ "Samverkan 2025", "Information T1"."""
    if not cell:
        return ""
    return " ".join(filter(None, [ITEM_KIND_TITLES.get(cell["kind"], ""), cell.get("note")]))


class ArshjulView(BrowserView):
    @memoize
    def grid(self):
        grid = self.context.grid()
        meetings = {m.arshjul_meeting_id: m for m in self.linked_meetings()}
        for column in grid["columns"]:
            meeting = meetings.get(column["id"])
            column["time"] = time_span(column.get("start_time"), column.get("end_time"))
            column["url"] = (
                meeting.absolute_url()
                if meeting is not None and api.user.has_permission("View", obj=meeting)
                else None
            )
        for index, column in enumerate(grid["columns"]):
            column["themes"] = [
                f"{row['theme']['title']}: {cell_text(row['cells'][index])}"
                for row in grid["rows"]
                if row["cells"][index]
            ]
        for row in grid["rows"]:
            row["texts"] = [cell_text(cell) for cell in row["cells"]]
            row["kinds"] = [cell["kind"] if cell else "" for cell in row["cells"]]
            related = by_uid(row["theme"].get("related"))
            row["related"] = (
                {"title": related.Title(), "url": related.absolute_url()} if related else None
            )
        return grid

    def linked_meetings(self):
        group = self.context.group()
        if group is None:
            return []
        return [m for m in cycle.meetings_of(group) if m.arshjul_uid == self.context.UID()]

    def group_title(self):
        group = self.context.group()
        return group.Title() if group is not None else ""

    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    def can_copy(self):
        group = self.context.group()
        return group is not None and api.user.has_permission(
            "kuf.samportal: Add Arshjul", obj=group
        )

    def state(self):
        return api.content.get_state(self.context, default="")

    def kinds(self):
        return [(kind, ITEM_KIND_TITLES[kind]) for kind in CELL_KINDS]


class ArshjulDocument(ArshjulView):
    """The grid for the PDF: no portal chrome, landscape A4."""

    template = ViewPageTemplateFile("templates/arshjul_pdf.pt")

    def render(self):
        return self.template()


class ArshjulPdf(BrowserView):
    def __call__(self):
        html = ArshjulDocument(self.context, self.request).render()
        data = weasyprint.HTML(
            string=html, base_url=self.context.absolute_url(), url_fetcher=NoFetching()
        ).write_pdf()
        response = self.request.response
        response.setHeader("Content-Type", "application/pdf")
        filename = f"{self.context.getId()}.pdf"
        response.setHeader("Content-Disposition", f'inline; filename="{filename}"')
        response.setHeader("Content-Length", len(data))
        return data


class GridEditor(ArshjulView):
    """Redigera rutnätet: a select (–, Information, Samverkan, Förhandling)
    and a note for every theme × meeting; saved whole or not at all."""

    errors = ()

    def __call__(self):
        if self.request.get("REQUEST_METHOD") == "POST":
            require_post(self.request)
            try:
                cycle.save_cells(self.context, self.submitted_cells())
            except MeetingRefusal as refused:
                self.errors = refused.texts(self.request)
            else:
                api.portal.show_message(
                    _("message_grid_saved", default="The grid is saved."), self.request
                )
                self.request.response.redirect(self.context.absolute_url())
                return ""
        return self.index()

    def cell_labels(self, row, column):
        """What a screen reader says for a cell's select and note."""
        mapping = {"theme": row["theme"]["title"], "meeting": column["label"]}
        return (
            translate(
                _("label_cell_kind", default="${theme} at ${meeting}", mapping=mapping),
                context=self.request,
            ),
            translate(
                _("label_cell_note", default="${theme} at ${meeting}: note", mapping=mapping),
                context=self.request,
            ),
        )

    def submitted_cells(self):
        form = self.request.form
        cells = []
        for theme in self.context.theme_rows():
            for meeting in self.context.meeting_rows():
                key = f"{theme['id']}.{meeting['id']}"
                kind = form.get(f"kind.{key}") or ""
                note = form.get(f"note.{key}") or ""
                if kind or note.strip():
                    cells.append(
                        {"theme": theme["id"], "meeting": meeting["id"], "kind": kind, "note": note}
                    )
        return cells


class CopyToNextYear(BrowserView):
    def __call__(self):
        require_post(self.request)
        try:
            copy = cycle.copy_to_next_year(self.context)
        except MeetingRefusal as refused:
            api.portal.show_message(" ".join(refused.texts(self.request)), self.request, "error")
            self.request.response.redirect(self.context.absolute_url())
            return ""
        api.portal.show_message(
            _(
                "message_arshjul_copied",
                default="Next year's årshjul is a draft: check the dates, then publish it.",
            ),
            self.request,
        )
        self.request.response.redirect(copy.absolute_url())
        return ""
