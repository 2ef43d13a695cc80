"""Field helpers shared by the content schemas."""

from zope import schema


USERS = "plone.app.vocabularies.Users"

# AjaxSelectFieldWidget options for a field that names one portal user.
ONE_USER_WIDGET = {"vocabulary": USERS, "pattern_options": {"maximumSelectionSize": 1}}


def user_field(title):
    """One portal user (user id), chosen by searching."""
    return schema.Choice(title=title, vocabulary=USERS, required=False)
