"""The handbook: a routine read as a document, and HR's review list."""

from datetime import date
from datetime import datetime
from kuf.samportal import _
from kuf.samportal.caching.body import cached
from kuf.samportal.content.protokoll import TIMEZONE
from kuf.samportal.inputguard.constraints import href
from kuf.samportal.rules.changes import ROUTINE_FIELDS
from kuf.samportal.rules.changes import changed_fields
from kuf.samportal.rules.review import review_status
from kuf.samportal.vocabularies import AUDIENCES
from kuf.samportal.vocabularies import HANDBOOK_AREAS
from plone import api
from Products.Five.browser import BrowserView


AREA_TITLES = dict(HANDBOOK_AREAS)


def comparable(routine):
    """The routine's fields as plain values, so that versions can be compared."""
    values = {}
    for name, _title in ROUTINE_FIELDS:
        value = getattr(routine, name, None)
        if hasattr(value, "raw"):
            value = value.raw
        elif name == "material":
            value = [relation.to_id for relation in value or []]
        values[name] = value
    return values


REVIEW_LABELS = {"overdue": "Revidering försenad", "due_soon": "Revideras snart", "ok": ""}


class RutinView(BrowserView):
    def area(self):
        return AREA_TITLES.get(self.context.area, "")

    def review(self):
        status = review_status(self.context.next_review, date.today())
        return {"code": status.code, "label": REVIEW_LABELS[status.code]}

    def legal_basis(self):
        """The references, linked only where the link is a web link."""
        return [
            {"reference": row.get("reference") or "", "href": href(row.get("link"))}
            for row in self.context.legal_basis or []
        ]

    def material(self):
        """Linked material this reader may see."""
        items = []
        for relation in self.context.material or []:
            target = relation.to_object if not relation.isBroken() else None
            if target is not None and api.user.has_permission("View", obj=target):
                items.append({"title": target.Title(), "url": target.absolute_url()})
        return items

    def may_manage(self):
        return api.user.has_permission("kuf.samportal: Manage handbook", obj=self.context)

    def versions(self):
        """Earlier versions, newest first, each with what changed since the one before."""
        repository = api.portal.get_tool("portal_repository")
        history = repository.getHistoryMetadata(self.context)
        if not history:
            return []
        # Saved versions never change: the table is computed once per new
        # version (each needs the whole earlier object retrieved to compare).
        length = history.getLength(countPurged=False)
        newest = history.retrieve(length - 1)["metadata"]["sys_metadata"]["timestamp"]
        key = f"rutin-versioner:{self.context.UID()}:{length}:{newest}"
        return cached(key, lambda: self.version_rows(repository, history, length))

    def version_rows(self, repository, history, length):
        entries = []
        previous = None
        for version_id in range(length):
            metadata = history.retrieve(version_id)["metadata"]["sys_metadata"]
            values = comparable(repository.retrieve(self.context, version_id).object)
            entries.append(
                {
                    "number": version_id + 1,
                    "when": datetime.fromtimestamp(metadata["timestamp"], TIMEZONE).strftime(
                        "%Y-%m-%d %H:%M"
                    ),
                    "who": metadata.get("principal", ""),
                    "comment": metadata.get("comment", ""),
                    "changed": ", ".join(changed_fields(previous, values)) if previous else "",
                }
            )
            previous = values
        return list(reversed(entries))


class ReviewList(BrowserView):
    """Routines whose review date has passed or comes within 30 days."""

    def routines(self):
        today = date.today()
        rows = []
        for brain in api.content.find(portal_type="Rutin"):
            routine = brain.getObject()
            status = review_status(routine.next_review, today)
            if status.code == "ok":
                continue
            rows.append(
                {
                    "title": routine.Title(),
                    "url": routine.absolute_url(),
                    "owner": routine.owner,
                    "next_review": routine.next_review.isoformat() if routine.next_review else "",
                    "status": status.code,
                    "label": REVIEW_LABELS[status.code],
                    "days_left": status.days_left,
                }
            )
        return sorted(rows, key=lambda row: row["next_review"])


class HandbookStart(BrowserView):
    """The handbook's start page: routines by area, material by audience, search."""

    def _find(self, portal_type):
        return [
            brain.getObject()
            for brain in api.content.find(portal_type=portal_type, sort_on="sortable_title")
        ]

    def routines_by_area(self):
        routines = self._find("Rutin")
        return [
            {
                "title": title,
                "routines": [
                    {
                        "title": r.Title(),
                        "url": r.absolute_url(),
                        "description": r.Description(),
                        "draft": is_draft(r),
                    }
                    for r in routines
                    if r.area == area
                ],
            }
            for area, title in HANDBOOK_AREAS
            if any(r.area == area for r in routines)
        ]

    def material_by_audience(self):
        material = self._find("Stodmaterial")
        return [
            {
                "title": title,
                "material": [
                    {
                        "title": m.Title(),
                        "url": m.absolute_url(),
                        "topic": m.topic,
                        "draft": is_draft(m),
                    }
                    for m in material
                    if audience in (m.audience or [])
                ],
            }
            for audience, title in AUDIENCES
            if any(audience in (m.audience or []) for m in material)
        ]

    def search_url(self):
        return f"{api.portal.get().absolute_url()}/@@search"

    def review_url(self):
        """HR's review list, for those who manage the handbook."""
        if api.user.has_permission("kuf.samportal: Manage handbook", obj=self.context):
            return f"{self.context.absolute_url()}/@@revidering"
        return None

    def add_links(self):
        """What HR adds from here: a routine in the handbook, material in
        Stödmaterial (only where the user may add it)."""
        portal = api.portal.get()
        links = []
        for section, portal_type, label in (
            ("arbetsmiljohandbok", "Rutin", _("button_add_routine", default="New routine")),
            (
                "stodmaterial",
                "Stodmaterial",
                _("button_add_material", default="New support material"),
            ),
        ):
            folder = portal.get(section)
            if folder is not None and api.user.has_permission(
                f"kuf.samportal: Add {portal_type}", obj=folder
            ):
                links.append(
                    {"url": f"{folder.absolute_url()}/++add++{portal_type}", "label": label}
                )
        return links


def is_draft(obj):
    """Not published: shown as "Utkast" in listings (only editors see it)."""
    return api.content.get_state(obj, default=None) not in (None, "published")


class StodmaterialView(BrowserView):
    def routines(self):
        """The routines this material serves, as far as the reader may see them."""
        found = []
        for relation in api.relation.get(target=self.context, relationship="material"):
            source = relation.from_object
            if source is not None and api.user.has_permission("View", obj=source):
                found.append({"title": source.Title(), "url": source.absolute_url()})
        return sorted(found, key=lambda item: item["title"])

    def audience(self):
        titles = dict(AUDIENCES)
        return ", ".join(titles.get(code, code) for code in self.context.audience or [])

    def file_url(self):
        if self.context.file is None:
            return None
        return f"{self.context.absolute_url()}/@@download/file/{self.context.file.filename}"
