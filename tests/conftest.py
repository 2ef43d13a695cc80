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
