"""Import a folder of historical protocols into a group: ``make
import-protokoll DIR=... GROUP=fvg``. Each file becomes a protocol in the
state arkiverat with its original kept; a file already imported (same
SHA-256) is recognised and not duplicated; a refused file leaves nothing.
A CSV report says, per file, what happened."""

import csv
from dataclasses import dataclass
from kuf.samportal.importing.creation import ImportFailed
from kuf.samportal.importing.creation import Upload
from kuf.samportal.importing.creation import check
from kuf.samportal.importing.creation import create
from kuf.samportal.importing.creation import duplicate_of
from kuf.samportal.importing.creation import prepare
from kuf.samportal.importing.files import sha256
from pathlib import Path
from plone import api
import sys
import transaction
from zope.i18n import translate


CONTENT_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".txt": "text/plain",
}
COLUMNS = ("fil", "resultat", "protokoll", "varningar")


@dataclass
class Row:
    file: str
    result: str
    url: str = ""
    warnings: str = ""


def find_group(portal, name: str):
    """A samverkansgrupp by its id ("fvg") or path in the site ("samverkan/fvg")."""
    if "/" in name:
        group = portal.unrestrictedTraverse(name.strip("/"), None)
        return group if getattr(group, "portal_type", "") == "Samverkansgrupp" else None
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Samverkansgrupp", id=name)
    return brains[0]._unrestrictedGetObject() if len(brains) == 1 else None


def progress(out, done: int, total: int, name: str):
    width = 30
    filled = int(width * done / total) if total else width
    out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:40}")
    out.flush()


def import_file(group, path: Path, request) -> Row:
    data = path.read_bytes()
    existing = duplicate_of(group, sha256(data))
    if existing is not None:
        return Row(path.name, "redan inläst", existing.getURL())
    upload = Upload(data, path.name, CONTENT_TYPES.get(path.suffix.lower(), ""))
    try:
        prepared = prepare(upload)
        check(group, prepared, historical=True)
        protocol = create(group, prepared, historical=True)
    except ImportFailed as failure:
        transaction.abort()
        return Row(path.name, f"avvisad: {translate(failure.message, context=request)}")
    transaction.commit()
    warnings = " | ".join(
        f"{w.message} ({w.where})" if w.where else w.message for w in prepared.result.warnings
    )
    return Row(path.name, "inläst", protocol.absolute_url(), warnings)


def import_folder(group, folder: Path, report: Path, request, out=sys.stderr) -> list[Row]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in CONTENT_TYPES)
    rows = []
    for index, path in enumerate(files):
        progress(out, index, len(files), path.name)
        rows.append(import_file(group, path, request))
    progress(out, len(files), len(files), "")
    out.write("\n")
    with report.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow((row.file, row.result, row.url, row.warnings))
    return rows
