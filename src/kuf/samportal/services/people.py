"""People named in fields (the Users vocabulary) over REST, by id.

plone.restapi binds the field and asks its vocabulary for each value's
term; on a site without ``plone.many_users`` Plone's Users vocabulary then
builds a term for every user of the site first (a PAS search of all of
them) on every GET of an agreement or a unit: with the city's employees
signing in through the identity provider that grows with the city. The
people a field names are looked up by their ids instead; the answer is
the same token and title (the full name, or the id).
"""

from kuf.samportal.content.fields import USERS
from kuf.samportal.interfaces import IKufSamportalLayer
from plone import api
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.interfaces import IFieldSerializer
from plone.restapi.serializer.converters import json_compatible
from plone.restapi.serializer.dxfields import ChoiceFieldSerializer
from plone.restapi.serializer.dxfields import CollectionFieldSerializer
from zope.component import adapter
from zope.interface import implementer
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import ICollection


def names_users(field) -> bool:
    return IChoice.providedBy(field) and field.vocabularyName == USERS


def person_term(user_id):
    """{"token", "title"} of a user, or None for an id that names nobody
    (as the vocabulary, which leaves such values out)."""
    user = api.user.get(userid=user_id)
    if user is None:
        return None
    return {"token": user_id, "title": user.getProperty("fullname") or user_id}


@implementer(IFieldSerializer)
@adapter(IChoice, IDexterityContent, IKufSamportalLayer)
class PersonFieldSerializer(ChoiceFieldSerializer):
    def __call__(self):
        if not names_users(self.field):
            return super().__call__()
        value = self.get_value()
        return None if value is None else json_compatible(self.term(value))

    def term(self, user_id):
        return person_term(user_id)


@implementer(IFieldSerializer)
@adapter(ICollection, IDexterityContent, IKufSamportalLayer)
class PeopleFieldSerializer(CollectionFieldSerializer):
    def __call__(self):
        if not names_users(self.field.value_type):
            return super().__call__()
        value = self.get_value()
        if value is None:
            return None
        return [term for term in map(person_term, value) if term is not None]
