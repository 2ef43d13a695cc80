"""What a site holds, for checking a migration, a restore or a crash.

Every content object is visited: the counts per type, the SHA-256 of every
stored file (bilagor, records, material, documents), each protocol's state,
signatures and record, and a list of problems: anything half-written that
must never be there (a signed protocol without its record, a signature
that does not match the content, a protocol every justerare signed that is
not signed, a synpunkt without text, an object the catalog does not know,
a catalog entry without its object). ``scripts/inventory.py`` (``make
verify``) prints it; ``GET <site>/@inventering`` returns it to a Manager.
"""

from collections import Counter
import hashlib
from kuf.samportal.signatures import signatures
from plone import api
from plone.dexterity.interfaces import IDexterityContainer
from plone.dexterity.interfaces import IDexterityContent
from plone.namedfile.interfaces import INamedFile


def walk(container):
    for obj in container.objectValues():
        if not IDexterityContent.providedBy(obj):
            continue
        yield obj
        if IDexterityContainer.providedBy(obj):
            yield from walk(obj)


def stored_files(obj):
    """(attribute, file) of every file or image stored on ``obj``."""
    for name, value in sorted(vars(obj).items()):
        if INamedFile.providedBy(value):
            yield name, value


def site_path(obj, site) -> str:
    return "/".join(obj.getPhysicalPath()[len(site.getPhysicalPath()) :])


def protocol_entry(protocol):
    from kuf.samportal.signing import content_fingerprint

    given = signatures(protocol)
    record = getattr(protocol, "record_pdf", None)
    return {
        "state": api.content.get_state(protocol),
        "justerare": sorted(protocol.justerare or []),
        # A protocol signed on paper and imported has signatures without a
        # fingerprint (method "import"): its original file is the record.
        "signatures": {user: record.get("fingerprint") for user, record in sorted(given.items())},
        "content_fingerprint": content_fingerprint(protocol),
        "record_sha256": hashlib.sha256(record.data).hexdigest() if record else None,
        "synpunkter": len(protocol.synpunkter()),
    }


def protocol_problems(path, entry) -> list[str]:
    """What must never be seen of a protocol, whatever happened to the process."""
    problems = []
    all_signed = bool(entry["justerare"]) and set(entry["justerare"]) <= set(entry["signatures"])
    if entry["state"] == "signed":
        if not all_signed:
            problems.append(f"{path}: signerat utan alla justerares signaturer")
        signed_here = any(entry["signatures"].values())
        if signed_here and entry["record_sha256"] is None:
            problems.append(f"{path}: signerat utan arkivexemplar (PDF)")
    elif entry["record_sha256"] is not None:
        problems.append(f"{path}: arkivexemplar finns men protokollet är inte signerat")
    elif entry["state"] == "justering" and all_signed:
        problems.append(f"{path}: alla har signerat men protokollet är inte signerat")
    for user, fingerprint in entry["signatures"].items():
        if fingerprint is not None and fingerprint != entry["content_fingerprint"]:
            problems.append(f"{path}: {user}s signatur stämmer inte med innehållet")
    return problems


def object_problems(path, obj) -> list[str]:
    if obj.portal_type == "Synpunkt" and not ((obj.text or "").strip() and obj.author_name):
        return [f"{path}: synpunkt utan text eller författare"]
    if obj.portal_type == "Avvikelse" and not (obj.reporter and obj.title and obj.category):
        return [f"{path}: avvikelse utan rapportör, titel eller kategori"]
    return []


def catalog_problems(site, paths) -> list[str]:
    catalog = api.portal.get_tool("portal_catalog")
    root = "/".join(site.getPhysicalPath())
    cataloged = {
        brain.getPath()[len(root) + 1 :]
        for brain in catalog.unrestrictedSearchResults(path=root)
        if brain.getPath() != root
    }
    return [f"{p}: finns inte i katalogen" for p in sorted(set(paths) - cataloged)] + [
        f"{p}: i katalogen men objektet saknas" for p in sorted(cataloged - set(paths))
    ]


def site_inventory(site) -> dict:
    counts = Counter()
    files = {}
    protocols = {}
    problems = []
    paths = []
    for obj in walk(site):
        path = site_path(obj, site)
        paths.append(path)
        counts[obj.portal_type] += 1
        for name, value in stored_files(obj):
            files[f"{path}:{name}"] = hashlib.sha256(value.data).hexdigest()
        if obj.portal_type == "Protokoll":
            protocols[path] = entry = protocol_entry(obj)
            problems += protocol_problems(path, entry)
        problems += object_problems(path, obj)
    problems += catalog_problems(site, paths)
    return {
        "objects": len(paths),
        "counts": dict(sorted(counts.items())),
        "files": files,
        "protocols": protocols,
        "problems": problems,
    }
