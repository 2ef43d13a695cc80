"""Fixtures of the one-page editor's tests: a draft FVG protocol with items
and a bilaga, and the editor's form as a browser would post it."""

from kuf.samportal.editor import document
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.namedfile.file import NamedBlobFile
import pytest
from tests.accessibility.conftest import chromium  # noqa: F401 (a fixture)
from tests.accessibility.conftest import themed  # noqa: F401 (a fixture)
from tests.helpers import csrf_token
import transaction


@pytest.fixture
def draft(demo_portal, make_protocol):
    fvg = demo_portal["samverkan"]["fvg"]
    standing = fvg.standing_items
    fvg.standing_items = []  # this test's own items, not the FVG's dozen
    protocol = make_protocol(fvg, id="utkast")
    fvg.standing_items = standing
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=protocol,
            type="Bilaga",
            id="bilaga-1",
            title="Budget 2026",
            file=NamedBlobFile(b"x", filename="budget.txt"),
        )
        for number, (heading, kind) in enumerate(
            (
                ("Föregående protokoll", None),
                ("Verksamhetsfrågor", "information"),
                ("Övriga frågor", "ovrigt"),
            ),
            start=1,
        ):
            api.content.create(
                container=protocol,
                type="Protokollspunkt",
                id=f"punkt-{number}",
                heading=heading,
                kind=kind,
                body=RichTextValue(
                    f"<p>Om {heading.lower()}.</p>", "text/html", "text/x-html-safe"
                ),
            )
    transaction.commit()
    return protocol


def form_fields(data, user="sekreterare", action="spara"):
    """The editor's form fields for ``data`` (the structure of ``document``),
    as (name, value) pairs in the page's order."""
    fields = [("_authenticator", csrf_token(user)), ("atgard", action)]
    for name in (*document.DATES, *document.TIMES, *document.LINES, "comment_deadline"):
        fields.append((name, data.get(name) or ""))
    fields += [("justerare:list", user_id) for user_id in data.get("justerare") or []]
    for name in document.ATTENDANCE:
        for index, row in enumerate(data.get(name) or []):
            fields.append((f"{name}.rader:list", str(index)))
            fields += [
                (f"{name}.{index}.{key}", row.get(key) or "") for key in document.ATTENDEE_KEYS
            ]
    for index, item in enumerate(data.get("punkter") or []):
        prefix = f"p.{index}"
        fields.append(("punkter.rader:list", str(index)))
        fields.append((f"{prefix}.id", item.get("id") or ""))
        if item.get("sub"):
            fields.append((f"{prefix}.sub", "1"))
        for key in ("kind", "raised_by", "heading", "body"):
            fields.append((f"{prefix}.{key}", item.get(key) or ""))
        fields += [(f"{prefix}.bilagor:list", uid) for uid in item.get("bilagor") or []]
    return fields
