"""Business rules as plain Python: no Zope, no Plone, fast to unit-test.

Messages are i18n message ids of the ``kuf.samportal`` domain, translated
to Swedish where they are shown.
"""
