"""Fixtures of the meeting cycle's tests: a samverkansgrupp where the
employer, DIK and Vision take part (Saco does not), with an årshjul whose
one meeting lies three weeks ahead."""

from datetime import date
from datetime import time
from datetime import timedelta
from kuf.samportal.demo.pdf import tiny_pdf
from kuf.samportal.meetings import cycle
from plone import api
from plone.namedfile.file import NamedBlobFile
import pytest
import transaction


STANDING = [
    "Föregående protokoll",
    "Godkännande av dagordning",
    "Verksamhetsfrågor",
    "Arbetsmiljö och hälsa",
    "Övriga frågor",
    "Nästa möte",
]


def meeting_day():
    return date.today() + timedelta(days=21)


def build_svg(portal, make_group):
    group = make_group(
        portal["samverkan"],
        ["arbetsgivaren", "dik", "vision"],
        standing_items=STANDING,
        chair="arbetsgivare",
    )
    day = meeting_day()
    with api.env.adopt_roles(["Manager"]):
        plan = api.content.create(
            container=group,
            type="Arshjul",
            id=f"arshjul-{day.year}",
            year=day.year,
            meetings=[{"date": day, "start_time": time(9), "end_time": time(10, 30)}],
            themes=[
                {"title": "SAM – uppföljning", "agenda_item": "Arbetsmiljö och hälsa"},
                {"title": "Budget", "agenda_item": "Verksamhetsfrågor"},
            ],
        )
        plan.cells = [
            {"theme": "t1", "meeting": "m1", "kind": "information", "note": ""},
            {"theme": "t2", "meeting": "m1", "kind": "samverkan", "note": "2027"},
        ]
        api.content.transition(obj=plan, transition="publish")
    (meeting,) = cycle.meetings_of(group)
    return group, plan, meeting


@pytest.fixture
def svg(demo_portal, make_group):
    """(group, plan, meeting), committed for tests over HTTP: the meeting is
    planned, its kallelse not sent."""
    objects = build_svg(demo_portal, make_group)
    transaction.commit()
    return objects


@pytest.fixture
def svg_here(demo, make_group):
    """The same, rolled back after the test (no HTTP)."""
    return build_svg(demo, make_group)


def add_handling(meeting, title, number_id=None):
    with api.env.adopt_roles(["Manager"]):
        return api.content.create(
            container=meeting,
            type="Handling",
            id=number_id or f"handling-{len(meeting.handlingar()) + 1}",
            title=title,
            file=NamedBlobFile(tiny_pdf(title), filename=f"{title}.pdf"),
        )
