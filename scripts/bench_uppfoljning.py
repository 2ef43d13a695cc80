"""Benchmark: the administration's roll-up of the yearly follow-up.

Not a test: it prints median times and ratios, in one run, on one server.
150 units under 6 departments answer a checklist of 40 questions (every
third answer with an analysis) and submit. HR then opens the
administration's roll-up (``@@sammanstallning``) over real HTTP, as HTML
and as REST. The same roll-up done naively (waking every follow-up object
and reading its answers) is registered beside it for this run only, and a
stock Plone Document holding the finished report's HTML is the reference
for what Plone itself needs to serve a page of that size.

    make bench-uppfoljning   (or: .venv/bin/python scripts/bench_uppfoljning.py [rounds])

Target (issue "Yearly follow-up"): the roll-up view <= 300 ms median.
"""

from bench_server import median_ms
from bench_server import set_up_server
import sys
import time as clock


ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 50
WARMUP = 5
UNITS = 150
DEPARTMENTS = 6
QUESTIONS = 40
TARGET_MS = 300


def questions():
    from kuf.samportal.followup_questions import SAM_QUESTIONS

    rows = [dict(row) for row in SAM_QUESTIONS]
    for number in range(len(rows) + 1, QUESTIONS + 1):
        rows.append(
            {
                "id": f"f{number}",
                "area": f"Område {1 + number // 8}",
                "text": f"Fråga nummer {number} om arbetsmiljöarbetet på arbetsplatsen?",
                "help": "",
                "legal_basis": "AFS 2023:1",
            }
        )
    return rows


def build_content(portal):
    """The organisation, an opened 40-question checklist, 157 submitted follow-ups."""
    from plone import api
    from plone.dexterity.utils import createContentInContainer
    import transaction

    section = portal["uppfoljning"]
    with api.env.adopt_roles(["Manager"]):
        checklist = api.content.create(
            container=section,
            type="Checklista",
            id="bench-checklista",
            title="Benchmark 40 frågor",
            kind="sam",
            year=2030,
            scale="instammer",
            questions=questions(),
        )
        root = api.content.create(
            container=section,
            type="Organisationsenhet",
            id="bench",
            title="Förvaltningen",
            level="forvaltning",
        )
        for d in range(DEPARTMENTS):
            department = createContentInContainer(
                root,
                "Organisationsenhet",
                id=f"avd-{d}",
                title=f"Avdelning {d}",
                level="avdelning",
            )
            for u in range(UNITS // DEPARTMENTS):
                createContentInContainer(
                    department,
                    "Organisationsenhet",
                    id=f"enhet-{u}",
                    title=f"Enhet {d}.{u}",
                    level="enhet",
                )
        transaction.commit()
        api.content.transition(obj=checklist, transition="oppna")
        values = checklist.scale_definition().value_ids
        ids = checklist.question_ids()
        catalog = api.portal.get_tool("portal_catalog")
        for n, brain in enumerate(
            catalog.unrestrictedSearchResults(
                portal_type="Uppfoljning", kuf_checklista=checklist.UID()
            )
        ):
            followup = brain._unrestrictedGetObject()
            for i, qid in enumerate(ids):
                followup.answers[qid] = {
                    "svar": values[(n + i) % 7 == 0],
                    "analys": f"Analys från {followup.node().Title()} om fråga {qid}, "
                    "med några meningar om vad som fungerar och vad som ska bli bättre."
                    if i % 3 == 0
                    else "",
                }
            followup.confirmations["chef"] = {"user": "", "at": ""}
            followup.confirmations["skyddsombud"] = {"user": "", "at": ""}
            api.content.transition(obj=followup, transition="lamna_in")
            if n % 20 == 0:
                transaction.commit()
        transaction.commit()
    return root, checklist


class NaiveRollup:
    """The same roll-up, waking every follow-up object (registered for this run only)."""

    def __init__(self, context, request):
        self.context = context
        self.request = request

    def __call__(self):
        import json
        from kuf.samportal.followup import visible_followups
        from kuf.samportal.rules import followup as rules
        from plone.app.uuid.utils import uuidToObject

        checklist = uuidToObject(self.request.form["checklista"])
        entries = []
        for brain in visible_followups(self.context, checklist, review_state="inlamnad"):
            followup = brain.getObject()
            entries.append((followup.node().Title(), dict(followup.answers)))
        summaries = rules.roll_up(checklist.question_ids(), checklist.scale_definition(), entries)
        self.request.response.setHeader("Content-Type", "application/json")
        return json.dumps([(s.question_id, s.counts, s.analyses) for s in summaries])


def register_naive_view():
    from kuf.samportal.content.organisationsenhet import IOrganisationsenhet
    from zope.component import provideAdapter
    from zope.interface import Interface
    from zope.publisher.interfaces.browser import IDefaultBrowserLayer

    provideAdapter(
        NaiveRollup,
        (IOrganisationsenhet, IDefaultBrowserLayer),
        Interface,
        name="naiv-sammanstallning",
    )


def reference_document(portal, html):
    from plone import api
    from plone.app.textfield.value import RichTextValue
    import transaction

    with api.env.adopt_roles(["Manager"]):
        document = api.content.create(
            container=portal["uppfoljning"],
            type="Document",
            id="bench-referens",
            title="Samma rapport som statisk sida",
            text=RichTextValue(html, "text/html", "text/x-html-safe"),
        )
    transaction.commit()
    return document.absolute_url()


def main():
    import requests

    portal = set_up_server()
    started = clock.perf_counter()
    root, checklist = build_content(portal)
    print(f"Byggde {UNITS} enheter × {QUESTIONS} frågor på {clock.perf_counter() - started:.0f} s")
    register_naive_view()
    db = portal._p_jar.db()
    session = requests.Session()
    from plone.app.testing import SITE_OWNER_NAME
    from plone.app.testing import SITE_OWNER_PASSWORD

    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    params = {"checklista": checklist.UID()}
    url = root.absolute_url()
    html = session.get(url + "/@@sammanstallning", params=params, headers={"Accept": "text/html"})
    body = html.text.split('id="content-core"')[-1] if 'id="content-core"' in html.text else ""
    document_url = reference_document(portal, body or html.text)

    def measure(target, headers=None, params=None, before=None):
        return median_ms(session, target, ROUNDS, WARMUP, headers, params, before)

    api_url = url.replace(portal.absolute_url(), portal.absolute_url() + "/++api++")
    report = session.get(api_url + "/@sammanstallning", params=params).json()["report"]
    analyses = sum(len(q["analyses"]) for area in report["areas"] for q in area["questions"])
    print(
        f"Sammanställningen: {report['submitted']} inlämnade uppföljningar, "
        f"{analyses} analyser, {len(html.text) // 1024} kB HTML"
    )
    rows = [
        (
            "Vår vy, HTML",
            measure(url + "/@@sammanstallning", {"Accept": "text/html"}, params),
        ),
        ("Vår vy, REST", measure(api_url + "/@sammanstallning", None, params)),
        (
            "Naiv sammanställning (JSON)",
            measure(url + "/@@naiv-sammanstallning", None, params),
        ),
        ("Plone Document, samma HTML", measure(document_url, {"Accept": "text/html"})),
        (
            "Vår vy, REST, kall cache",
            measure(api_url + "/@sammanstallning", None, params, before=db.cacheMinimize),
        ),
        (
            "Naiv, kall cache",
            measure(url + "/@@naiv-sammanstallning", None, params, before=db.cacheMinimize),
        ),
    ]
    ours = rows[0][1]
    print(
        f"\nSammanställning för förvaltningen, {UNITS} enheter × {QUESTIONS} frågor, "
        f"{ROUNDS} varv (median):"
    )
    for label, ms in rows:
        print(f"  {label:32}{ms:9.1f} ms   kvot mot vår HTML-vy {ms / ours:5.2f}")
    naive = rows[2][1]
    print(
        f"\nVår HTML-vy {ours:.1f} ms (mål ≤ {TARGET_MS} ms: "
        f"{'ok' if ours <= TARGET_MS else 'ÖVER'}); vår HTML / Plone Document = "
        f"{ours / rows[3][1]:.2f}"
    )
    print(
        f"Naiv / vår (REST): varm cache {naive / rows[1][1]:.2f}, "
        f"kall cache {rows[5][1] / rows[4][1]:.2f}"
    )


if __name__ == "__main__":
    main()
