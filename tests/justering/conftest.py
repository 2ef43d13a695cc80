"""Fixtures of the justering round tests."""

from plone import api
import pytest
import transaction


@pytest.fixture
def justerare():
    """Override in a module to name other justerare."""
    return ["arbetsgivare", "saco"]


@pytest.fixture
def in_justering(demo_portal, make_protocol, justerare):
    """A committed FVG protocol, sent out for justering."""
    protocol = make_protocol(demo_portal["samverkan"]["fvg"], id="justeras", justerare=justerare)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    transaction.commit()
    return protocol
