"""kuf.samportal: Kulturförvaltningens samverkansportal."""

from zope.i18nmessageid import MessageFactory


PACKAGE_NAME = "kuf.samportal"

_ = MessageFactory(PACKAGE_NAME)
