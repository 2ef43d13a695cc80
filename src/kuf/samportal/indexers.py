"""Catalog indexers."""

from AccessControl.PermissionRole import rolesForPermissionOn
from kuf.samportal.content.protokoll import IProtokoll
from kuf.samportal.content.protokollspunkt import IProtokollspunkt
from kuf.samportal.content.rutin import IRutin
from kuf.samportal.content.stodmaterial import IStodmaterial
from kuf.samportal.content.synpunkt import ISynpunkt
from kuf.samportal.content.uppfoljning import IUppfoljning
from kuf.samportal.followup import rollup_data
from plone import api
from plone.base.interfaces import IPloneSiteRoot
from plone.indexer import indexer


@indexer(IPloneSiteRoot)
def site_root_allowed_roles(portal):
    """Who may find the site root in the catalog: those who may View it.

    Plone indexes "Access contents information", which the root keeps for
    Anonymous so that the login page and its resources can be traversed;
    that must not make the root a search result for anonymous visitors.
    """
    allowed = set(rolesForPermissionOn("View", portal))
    for shortcut in ("Anonymous", "Authenticated"):
        if shortcut in allowed:
            return [shortcut]
    return sorted(allowed)


def html_to_text(value):
    if value is None:
        return ""
    transforms = api.portal.get_tool("portal_transforms")
    return transforms.convertTo("text/plain", value.raw or "", mimetype="text/html").getData()


@indexer(IProtokoll)
def protocol_searchable_text(protocol):
    """Group, date, place and the names of those who took part."""
    people = [
        row.get("name") or ""
        for field in ("present", "absent", "adjunct")
        for row in getattr(protocol, field, None) or []
    ]
    return " ".join(filter(None, [protocol.Title(), protocol.place or "", *people]))


@indexer(IProtokollspunkt)
def item_searchable_text(item):
    return " ".join(filter(None, [item.Title(), html_to_text(item.body)]))


@indexer(ISynpunkt)
def synpunkt_searchable_text(synpunkt):
    return " ".join(filter(None, [synpunkt.Title(), synpunkt.text, synpunkt.answer]))


@indexer(IStodmaterial)
def material_searchable_text(material):
    """Title, topic, text and the words inside an uploaded PDF or Word file."""
    from kuf.samportal.filetext import file_text

    parts = [material.Title(), material.Description(), material.topic or ""]
    if material.text is not None:
        parts.append(html_to_text(material.text))
    if material.file is not None:
        parts.append(
            file_text(material.file.data, material.file.contentType, material.file.filename)
        )
    return " ".join(part for part in parts if part)


@indexer(IRutin)
def routine_searchable_text(routine):
    parts = [routine.Title(), routine.Description()]
    for field in (routine.purpose, routine.background):
        if field is not None:
            parts.append(html_to_text(field))
    for rows, keys in (
        (routine.legal_basis, ("reference",)),
        (routine.responsibilities, ("who", "what")),
        (routine.steps, ("when", "what")),
    ):
        parts += [row.get(key) or "" for row in rows or [] for key in keys]
    return " ".join(part for part in parts if part)


@indexer(IUppfoljning)
def followup_checklist(followup):
    return followup.checklist_uid


@indexer(IUppfoljning)
def followup_rollup(followup):
    return rollup_data(followup)
