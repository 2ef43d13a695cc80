"""Test layers of kuf.samportal (used by tests/conftest.py)."""

import kuf.samportal
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import MOCK_MAILHOST_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.testing.zope import WSGI_SERVER_FIXTURE


class KufSamportalLayer(PloneSandboxLayer):
    # Tests never talk to a mail server: portal.MailHost is Plone's mock.
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE, MOCK_MAILHOST_FIXTURE)

    def setUpZope(self, app, configurationContext):
        import plone.restapi

        self.loadZCML(package=plone.restapi)
        self.loadZCML(package=kuf.samportal)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "kuf.samportal:default")


FIXTURE = KufSamportalLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="KufSamportalLayer:IntegrationTesting"
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="KufSamportalLayer:FunctionalTesting"
)
