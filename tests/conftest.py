"""Shared fixtures: pytest-plone layers and helpers for every test area."""

from kuf.samportal.testing import FUNCTIONAL_TESTING
from kuf.samportal.testing import INTEGRATION_TESTING
import os
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
import pytest
from pytest_plone import fixtures_factory
import requests


# Compile the Swedish .po files when Zope loads the translations.
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (FUNCTIONAL_TESTING, "functional"),
            (INTEGRATION_TESTING, "integration"),
        )
    )
)

DEMO_PASSWORD = "samverkan"


@pytest.fixture
def demo_portal(functional_portal):
    """The functional portal with the demo profile applied and committed."""
    from plone.app.testing import TEST_USER_ID
    from plone.app.testing import setRoles
    import transaction

    os.environ["DEMO_PASSWORD"] = DEMO_PASSWORD
    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    functional_portal.portal_setup.runAllImportStepsFromProfile("profile-kuf.samportal:demo")
    setRoles(functional_portal, TEST_USER_ID, ["Member"])
    transaction.commit()
    return functional_portal


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
def demo(portal):
    """The integration portal with the demo users and content (rolled back)."""
    from plone import api

    os.environ["DEMO_PASSWORD"] = DEMO_PASSWORD
    with api.env.adopt_roles(["Manager"]):
        portal.portal_setup.runAllImportStepsFromProfile("profile-kuf.samportal:demo")
    return portal


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
def mailhost(portal):
    """A fresh MockMailHost in place of the portal's; ``mailhost.messages``."""
    from Products.CMFPlone.tests.utils import MockMailHost
    from Products.MailHost.interfaces import IMailHost
    from zope.component import getSiteManager

    original = portal.MailHost
    mock = MockMailHost("MailHost")
    mock.smtp_host = "localhost"
    portal.MailHost = mock
    registry = getSiteManager(portal)
    registry.unregisterUtility(provided=IMailHost)
    registry.registerUtility(mock, provided=IMailHost)
    yield mock
    portal.MailHost = original
    registry.unregisterUtility(provided=IMailHost)
    registry.registerUtility(original, provided=IMailHost)
