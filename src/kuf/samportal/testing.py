"""Test layers of kuf.samportal (used by tests/conftest.py)."""

import kuf.samportal
import os
from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import MOCK_MAILHOST_FIXTURE
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import applyProfile
from plone.app.testing import ploneSite
from plone.testing import Layer
from plone.testing import zodb
from plone.testing.zope import WSGI_SERVER_FIXTURE
import transaction


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


class KufSamportalDemoLayer(Layer):
    """A database with the demo step's users and content, built once per
    test session.

    It is kept as its own resource (``kufDemoDB``) rather than pushed as
    ``zodbDB``: plone.testing keeps one database stack for all layers, so a
    pushed database would also be seen by the tests that need a site without
    the demo. The demo test layers put it on top only while a test runs.
    """

    defaultBases = (FIXTURE,)

    def setUp(self):
        from plone import api

        self["kufDemoDB"] = db = zodb.stackDemoStorage(self.get("zodbDB"), name="KufDemo")
        os.environ.setdefault("DEMO_PASSWORD", DEMO_PASSWORD)
        with ploneSite(db=db) as portal:
            install_mail_host(portal, new_mock_mail_host())
            with api.env.adopt_roles(["Manager"]):
                applyProfile(portal, "kuf.samportal:demo")
            # Commit while still logged in: the commit at the end of
            # ploneSite() runs the indexing queue logged out and swallows
            # its errors, and the demo content was silently lost there.
            transaction.commit()

    def tearDown(self):
        self["kufDemoDB"].close()
        del self["kufDemoDB"]


def new_mock_mail_host():
    """MOCK_MAILHOST_FIXTURE swaps the mail host per test in the database
    below the demo one, before that is put on top: the demo database keeps a
    mock of its own, so no test ever talks SMTP."""
    from Products.CMFPlone.tests.utils import MockMailHost

    mock = MockMailHost("MailHost")
    mock.smtp_host = "localhost"
    return mock


def install_mail_host(portal, mailhost):
    """``mailhost`` as the portal's MailHost and IMailHost utility."""
    from Products.MailHost.interfaces import IMailHost
    from zope.component import getSiteManager

    portal.MailHost = mailhost
    registry = getSiteManager(context=portal)
    registry.unregisterUtility(provided=IMailHost)
    registry.registerUtility(mailhost, provided=IMailHost)


class DemoIntegrationTesting(IntegrationTesting):
    def testSetUp(self):
        self["zodbDB"] = self["kufDemoDB"]
        super().testSetUp()

    def testTearDown(self):
        super().testTearDown()
        del self["zodbDB"]


class DemoFunctionalTesting(FunctionalTesting):
    def testSetUp(self):
        # FunctionalTesting stacks the test's own storage on this one.
        self["zodbDB"] = self["kufDemoDB"]
        super().testSetUp()


DEMO_PASSWORD = "samverkan"  # noqa: S105 (the demo users' documented password)
DEMO_FIXTURE = KufSamportalDemoLayer()

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,), name="KufSamportalLayer:IntegrationTesting"
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER_FIXTURE), name="KufSamportalLayer:FunctionalTesting"
)

DEMO_INTEGRATION_TESTING = DemoIntegrationTesting(
    bases=(DEMO_FIXTURE,), name="KufSamportalDemoLayer:IntegrationTesting"
)

DEMO_FUNCTIONAL_TESTING = DemoFunctionalTesting(
    bases=(DEMO_FIXTURE, WSGI_SERVER_FIXTURE), name="KufSamportalDemoLayer:FunctionalTesting"
)
