"""Shared fixtures: pytest-plone layers and helpers for every test area."""

from kuf.samportal.testing import DEMO_FUNCTIONAL_TESTING
from kuf.samportal.testing import DEMO_INTEGRATION_TESTING
from kuf.samportal.testing import DEMO_PASSWORD
from kuf.samportal.testing import FUNCTIONAL_TESTING
from kuf.samportal.testing import INTEGRATION_TESTING
import os
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
import pytest
from pytest_plone import fixtures_factory
import requests
import transaction


# Compile the Swedish .po files when Zope loads the translations.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
            (DEMO_FUNCTIONAL_TESTING, "demo_functional"),
            (DEMO_INTEGRATION_TESTING, "demo_integration"),
        )
    )
)

os.environ.setdefault("DEMO_PASSWORD", DEMO_PASSWORD)


@pytest.fixture
def demo_portal(demo_functional):
    """The functional portal with the demo users and content (one copy per
    test: what a test commits is gone after it)."""
    return demo_functional["portal"]


@pytest.fixture
def demo_app(demo_functional):
    """The Zope application of ``demo_portal`` (for zope.testbrowser)."""
    return demo_functional["app"]


@pytest.fixture
def http():
    """A requests session factory: ``http(user)`` logs in as a demo user,
    ``http(None)`` stays anonymous, ``http("admin")`` is the site owner."""

    def session(user=None):
        s = requests.Session()
        s.headers["Accept"] = "application/json"
        if user == "admin":
            s.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
        elif user is not None:
            s.auth = (user, DEMO_PASSWORD)
        return s

    return session


@pytest.fixture
def demo(demo_integration):
    """The integration portal with the demo users and content (rolled back)."""
    return demo_integration["portal"]


@pytest.fixture
def make_protocol():
    """``make_protocol(group, ready=True, **fields)``: a protocol in ``group``,
    created as Manager; ``ready`` fills a justering schedule that passes the
    send_to_justering guard."""
    from datetime import date
    from datetime import datetime
    from datetime import time
    from datetime import timedelta
    from plone import api

    def factory(group, ready=True, **fields):
        today = date.today()
        values = {
            "meeting_date": today,
            "start_time": time(9, 0),
            "end_time": time(10, 30),
            "place": "Askebykroken",
        }
        if ready:
            values.update(
                sent_out=today,
                comment_deadline=datetime.combine(today + timedelta(days=7), time(12, 0)),
                signing_date=today + timedelta(days=10),
                justerare=["arbetsgivare"],
            )
        values.update(fields)
        protocol_id = values.pop("id", "protokoll")
        with api.env.adopt_roles(["Manager"]):
            return api.content.create(
                container=group, type="Protokoll", id=protocol_id, safe_id=True, **values
            )

    return factory


@pytest.fixture
def make_group():
    """``make_group(container, parties, **fields)``: a published Samverkansgrupp."""
    from plone import api

    def factory(container, parties, id="svg", **fields):
        values = {
            "title": "Samverkansgrupp Stadsbiblioteket",
            "short_name": "SVG",
            "level": "avdelning",
            "secretary": "sekreterare",
            "standing_items": ["Föregående protokoll", "Godkännande av dagordning"],
        }
        values.update(fields)
        with api.env.adopt_roles(["Manager"]):
            group = api.content.create(
                container=container, type="Samverkansgrupp", id=id, parties=parties, **values
            )
            api.content.transition(obj=group, transition="publish")
        return group

    return factory


@pytest.fixture
def mailhost(demo):
    """A fresh MockMailHost in place of the demo portal's; ``mailhost.messages``."""
    from kuf.samportal.testing import install_mail_host
    from kuf.samportal.testing import new_mock_mail_host

    original = demo.MailHost
    mock = new_mock_mail_host()
    install_mail_host(demo, mock)
    yield mock
    install_mail_host(demo, original)


@pytest.fixture
def justerare():
    """The justerare of ``in_justering`` (override in a module)."""
    return ["arbetsgivare", "saco"]


@pytest.fixture
def in_justering(demo_portal, make_protocol, justerare):
    """A committed FVG protocol, sent out for justering."""
    from plone import api

    protocol = make_protocol(demo_portal["samverkan"]["fvg"], id="justeras", justerare=justerare)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=protocol, transition="send_to_justering")
    transaction.commit()
    return protocol
