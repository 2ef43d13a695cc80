"""Bad input stops at the door: limits on text and request bodies, link
schemes, JSON shapes, cookie-authenticated REST writes, failed logins.

``rules`` and ``throttle`` are plain Python (unit-tested without Zope); the
other modules apply them to Zope: the REST deserializer and gate, the error
views, the z3c.form validators and the login throttling PAS plugin.
"""
