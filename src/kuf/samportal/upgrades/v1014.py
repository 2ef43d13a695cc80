"""1010 -> 1014: each section's add menu offers only the types that belong
there (issue 17)."""

from kuf.samportal.setuphandlers import constrain_sections
from plone import api


def upgrade(context):
    constrain_sections(api.portal.get())
