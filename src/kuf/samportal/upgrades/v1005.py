"""1004 -> 1005: supplier agreements. Leverantorsavtal and Avvikelse with
their workflow, collective.easyform for the deviation form, roles for the
agreements' managers and the readers of usage statistics, the landing page."""

from kuf.samportal.setuphandlers import ensure_agreements_section
from plone import api


PROFILE = "profile-kuf.samportal:default"


def upgrade(context):
    setup = api.portal.get_tool("portal_setup")
    setup.runAllImportStepsFromProfile("profile-collective.easyform:default")
    for step in ("typeinfo", "rolemap", "workflow"):
        setup.runImportStepFromProfile(PROFILE, step)
    ensure_agreements_section(api.portal.get()["avtal"])
