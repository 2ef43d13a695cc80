"""Create the stock Plone site the benchmarks compare with (zconsole script).

    zconsole run <stock instance>/etc/zope.conf scripts/bench_stock_site.py

A plain Plone 6.2 site (Classic UI, plone.app.contenttypes, Barceloneta; no
kuf.samportal, whose ZCML the stock instance does not load) with content laid
out like the portal: sections as folders, the FVG as a folder, the signed
protocol and the protocol in justering as Documents holding the same protocol
text (about 30 kB of HTML), a routine, an agreement and a Collection in place
of the follow-up roll-up. Users: ``medarbetare`` (Member) and ``sekreterare``
(Member, Editor in Samverkan, as the secretary is in the portal).
"""

from AccessControl.SecurityManagement import newSecurityManager
import os
from Products.CMFPlone.factory import addPloneSite
from Testing.makerequest import makerequest
import transaction
from zope.component.hooks import setSite


SITE_ID = "stock"
PASSWORD = os.environ.get("DEMO_PASSWORD") or "samverkan"


def protocol_html():
    """The signed seed protocol's text as one HTML body (as in bench_protokoll)."""
    from kuf.samportal.demo import seed_protocol as seed

    people = "".join(
        f"<tr><td>{p['name']}</td><td>{p['role']}</td></tr>" for p in seed.PRESENT + seed.ABSENT
    )
    parts = [f"<h2>Närvarande</h2><table>{people}</table>"]
    for number, letter, _kind, heading, body, _refs in seed.ITEMS:
        parts.append(f"<h2>{number}{letter}. {heading}</h2>{body or seed.NOTHING}")
    parts.append("<h2>Bilagor</h2><ol>")
    parts += [f"<li>{title}</li>" for title in seed.BILAGOR]
    parts.append("</ol>")
    return "".join(parts)


def main(root):
    from plone import api
    from plone.app.textfield.value import RichTextValue

    root = makerequest(root)
    users = root.acl_users
    if "admin" not in users.getUserNames():
        users.userFolderAddUser("admin", "admin", ["Manager"], [])
    newSecurityManager(None, users.getUserById("admin").__of__(users))
    if SITE_ID in root.objectIds():
        print("==> Standardsajten finns redan")
        return
    site = addPloneSite(
        root,
        SITE_ID,
        title="Standardsajt",
        default_language="sv",
        portal_timezone="Europe/Stockholm",
        extension_ids=(
            "plone.app.contenttypes:default",
            "plone.app.layout:default",
            "plonetheme.barceloneta:default",
            # REST for the logged-in users, as in the portal.
            "plone.restapi:default",
        ),
        setup_content=False,
    )
    setSite(site)
    for user_id, fullname in (("medarbetare", "Oskar Lind"), ("sekreterare", "Eva Lindqvist")):
        api.user.create(
            username=user_id,
            email=f"{user_id}@example.org",
            password=PASSWORD,
            properties={"fullname": fullname},
        )
    text = protocol_html()

    def rich(html):
        return RichTextValue(html, "text/html", "text/x-html-safe")

    def add(container, type_, id_, title, publish=True, **fields):
        obj = api.content.create(container=container, type=type_, id=id_, title=title, **fields)
        if publish:
            api.content.transition(obj=obj, transition="publish")
        return obj

    sections = {}
    for section_id, title in (
        ("samverkan", "Samverkan"),
        ("arbetsmiljohandbok", "Arbetsmiljöhandbok"),
        ("stodmaterial", "Stödmaterial"),
        ("uppfoljning", "Uppföljning SAM och aktiva åtgärder"),
        ("avtal", "Avtal och leverantörer"),
    ):
        sections[section_id] = add(site, "Folder", section_id, title)
    api.user.grant_roles(username="sekreterare", obj=sections["samverkan"], roles=["Editor"])
    fvg = add(sections["samverkan"], "Folder", "fvg", "Kulturförvaltningens förvaltningsgrupp")
    add(fvg, "Document", "protokoll-2025-01-13", "Protokoll FVG 2025-01-13", text=rich(text))
    add(
        fvg,
        "Document",
        "protokoll-pagaende-justering",
        "Protokoll FVG under justering",
        publish=False,
        text=rich(text),
    )
    # The demo FVG's årshjul has 20 meetings, each with its agenda (themes
    # such as "Arbetsmiljö och hälsa"), seen by the group only: as many
    # unpublished pages here, which the secretary (Editor) sees and finds.
    agenda = "<ol><li>Föregående protokoll</li><li>Arbetsmiljö och hälsa</li><li>Budget</li></ol>"
    for index in range(1, 21):
        add(fvg, "Document", f"mote-{index}", f"Möte {index}", publish=False, text=rich(agenda))
    routine = add(
        sections["arbetsmiljohandbok"],
        "Document",
        "arlig-uppfoljning-sam-och-aktiva-atgarder",
        "Årlig uppföljning av SAM och aktiva åtgärder",
        text=rich(text[:8000]),
    )
    for index in range(1, 3):
        material = add(
            sections["stodmaterial"], "Document", f"material-{index}", f"Material {index}"
        )
        # The routine's "material" in the portal: two related pages.
        api.relation.create(source=routine, target=material, relationship="relatedItems")
    add(
        sections["uppfoljning"],
        "Collection",
        "sammanstallning",
        "Sammanställning",
        query=[
            {
                "i": "portal_type",
                "o": "plone.app.querystring.operation.selection.any",
                "v": ["Document"],
            }
        ],
    )
    add(
        sections["avtal"],
        "Document",
        "feelgood",
        "Feelgood företagshälsovård",
        text=rich(text[:6000]),
    )
    transaction.commit()
    print(f"==> Standardsajten '{SITE_ID}' är skapad")


main(app)  # noqa: F821 (zconsole provides app)
