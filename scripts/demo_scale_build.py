"""Ten years of content on top of the demo site (zconsole script of
scripts/demo_scale.py; SCALE, default 1.0, builds a fraction).

At SCALE=1: 20 samverkansgrupper with 2 000 signed protocols from ten
years (12 items and 3 bilagor each), 200 routines with 3 saved versions,
150 units whose follow-ups are opened and answered for 5 years (both
checklists), 40 agreements with 5 years of usage. Commits every 50 objects
so that memory stays flat.
"""

from datetime import date
from datetime import timedelta
import os
from pathlib import Path
import runpy
import time
import transaction


SCALE = float(os.environ.get("SCALE") or "1")
# zconsole runs this without __file__.
SCRIPTS = Path(os.environ.get("KUF_SCRIPTS") or Path.cwd() / "scripts").resolve()
WORDS = (
    "arbetsmiljö",
    "budget",
    "lokaler",
    "rekrytering",
    "organisation",
    "sjukfrånvaro",
    "digitalisering",
    "lönerevision",
)


def count(n):
    return max(1, round(n * SCALE))


def step(message):
    print(f"==> {message}", flush=True)


def build_groups(portal):
    from kuf.samportal import parties
    from kuf.samportal.structure import FVG
    from plone import api

    samverkan = portal["samverkan"]
    groups = []
    for number in range(1, count(20) + 1):
        group_id = f"grupp-{number:02d}"
        if group_id not in samverkan.objectIds():
            fields = dict(FVG)
            fields.update(title=f"Samverkansgrupp {number:02d}", short_name=f"SG{number:02d}")
            group = api.content.create(
                container=samverkan,
                type="Samverkansgrupp",
                id=group_id,
                parties=[party.id for party in parties.PARTIES],
                **fields,
            )
            group.secretary = "sekreterare"
            group.chair = "arbetsgivare"
        groups.append(samverkan[group_id])
    transaction.commit()
    return groups


def build_protocols(groups):
    from kuf.samportal.demo import seed_protocol as seed
    from kuf.samportal.demo.pdf import tiny_pdf
    from kuf.samportal.demo.protocols import import_as_signed
    from plone import api
    from plone.app.textfield.value import RichTextValue
    from plone.namedfile.file import NamedBlobFile

    total = count(2000)
    first = date(2016, 1, 11)
    made = 0
    for index in range(total):
        group = groups[index % len(groups)]
        meeting = first + timedelta(days=int(index / total * 3650))
        protocol_id = f"protokoll-{meeting.isoformat()}-{index}"
        if protocol_id in group.objectIds():
            continue
        protocol = api.content.create(
            container=group,
            type="Protokoll",
            id=protocol_id,
            meeting_date=meeting,
            start_time=seed.MEETING["start_time"],
            end_time=seed.MEETING["end_time"],
            place="Askebykroken",
            present=seed.PRESENT,
            absent=seed.ABSENT,
            sent_out=meeting + timedelta(days=2),
            comment_deadline=None,
            signing_date=meeting + timedelta(days=7),
            secretary="sekreterare",
            justerare=["arbetsgivare", "saco"],
        )
        for number in range(1, 4):
            api.content.create(
                container=protocol,
                type="Bilaga",
                id=f"bilaga-{number}",
                title=f"Bilaga {number}",
                file=NamedBlobFile(tiny_pdf(f"Bilaga {number}"), filename=f"b{number}.pdf"),
            )
        word = WORDS[index % len(WORDS)]
        for item in protocol.punkter():
            item.body = RichTextValue(
                f"<p>Förvaltningen informerar om {word} och frågan diskuteras.</p>",
                "text/html",
                "text/x-html-safe",
            )
            item.reindexObject()
        import_as_signed(protocol, meeting + timedelta(days=7))
        made += 1
        if made % 25 == 0:
            transaction.commit()
            step(f"{made} av {total} protokoll")
    transaction.commit()


def build_routines(portal):
    from kuf.samportal.demo.handbook import routine_fields
    from plone import api

    handbook = portal["arbetsmiljohandbok"]
    repository = api.portal.get_tool("portal_repository")
    for number in range(1, count(200) + 1):
        routine_id = f"rutin-{number:03d}"
        if routine_id in handbook.objectIds():
            continue
        fields = routine_fields()
        fields["title"] = f"Rutin {number:03d}: {WORDS[number % len(WORDS)]}"
        routine = api.content.create(container=handbook, type="Rutin", id=routine_id, **fields)
        api.content.transition(obj=routine, transition="publish")
        for version in range(2, 4):
            routine.title = f"{fields['title']} (version {version})"
            routine.reindexObject()
            repository.save(routine, comment=f"Version {version}")
        if number % 50 == 0:
            transaction.commit()
    transaction.commit()


def build_followups(portal):
    from kuf.samportal import followup as logic
    from kuf.samportal.demo.followup import answer_all
    from plone import api

    section = portal["uppfoljning"]
    root = section["kulturforvaltningen"]
    department = root["stadsbiblioteket"]
    have = len(
        api.portal.get_tool("portal_catalog").unrestrictedSearchResults(
            portal_type="Organisationsenhet"
        )
    )
    for number in range(1, max(0, count(150) - have) + 1):
        unit_id = f"enhet-{number:03d}"
        if unit_id in department.objectIds():
            continue
        unit = api.content.create(
            container=department,
            type="Organisationsenhet",
            id=unit_id,
            title=f"Enhet {number:03d}",
            level="enhet",
            chef="chef",
            skyddsombud=["skyddsombud"],
        )
        api.content.transition(obj=unit, transition="publish")
        logic.sync_node_roles(unit)
    transaction.commit()
    current = [c for c in section.objectValues() if c.portal_type == "Checklista"]
    for checklist in current:
        for year in range(checklist.year - 5, checklist.year):
            if f"checklista-{checklist.kind.replace('_', '-')}-{year}" in section.objectIds():
                continue
            old = logic.create_checklist(
                section, checklist.kind, year, checklist.scale, checklist.question_list()
            )
            api.content.transition(obj=old, transition="oppna")
            answer_all(root, old)
            transaction.commit()
            step(f"uppföljning {checklist.kind} {year}")


def build_agreements(portal):
    from kuf.samportal import agreements as logic
    from kuf.samportal.demo.agreements import AGREEMENTS
    from kuf.samportal.demo.agreements import DATA
    from kuf.samportal.demo.agreements import SERVICE_LEVELS
    from plone import api

    section = portal["avtal"]
    usage = (DATA / "feelgood-2025.csv").read_text(encoding="utf-8")
    for number in range(1, count(40) + 1):
        agreement_id = f"avtal-{number:02d}"
        if agreement_id in section.objectIds():
            continue
        spec = dict(AGREEMENTS[number % len(AGREEMENTS)])
        spec.pop("id")
        spec["title"] = f"{spec['title']} ({number:02d})"
        agreement = api.content.create(
            container=section,
            type="Leverantorsavtal",
            id=agreement_id,
            managers=["hr"],
            **SERVICE_LEVELS,
            **spec,
        )
        api.content.transition(obj=agreement, transition="publish")
        for year in range(2021, 2026):
            logic.import_usage(agreement, year, usage.replace("2025", str(year)))
        transaction.commit()


def main(app):
    from plone import api
    from zope.component.hooks import setSite

    started = time.perf_counter()
    runpy.run_path(str(SCRIPTS / "create_site.py"), init_globals={"app": app})
    portal = app[os.environ.get("SITE_ID", "samportal")]
    setSite(portal)
    with api.env.adopt_roles(["Manager"]), api.env.adopt_user(username="admin"):
        step(f"Tio års innehåll, SCALE={SCALE}")
        groups = build_groups(portal)
        build_protocols(groups)
        step("rutiner")
        build_routines(portal)
        step("uppföljning")
        build_followups(portal)
        step("avtal")
        build_agreements(portal)
    transaction.commit()
    step(f"Klart på {time.perf_counter() - started:.0f} s")


main(app)  # noqa: F821 (zconsole provides app)
