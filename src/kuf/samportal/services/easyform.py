"""collective.easyform's REST serializer, with its permission check fixed.

collective.easyform 5.0.2 checks the saved-data permission by its id, which
plone.api refuses, so every GET of a form over REST fails with 500
(collective/collective.easyform#431, open). This adapter is registered for
our browser layer and checks the permission by its title; remove it when a
fixed release is pinned.
"""

from collective.easyform.interfaces import IEasyForm
from collective.easyform.serializer import SerializeToJson
from kuf.samportal.interfaces import IKufSamportalLayer
from plone import api
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson as DXContentToJson
from zope.component import adapter
from zope.interface import implementer


DOWNLOAD_SAVED_INPUT = "collective.easyform: Download Saved Input"


@implementer(ISerializeToJson)
@adapter(IEasyForm, IKufSamportalLayer)
class SerializeEasyFormToJson(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = DXContentToJson.__call__(self, version, include_items)
        if api.user.has_permission(DOWNLOAD_SAVED_INPUT, obj=self.context):
            self.serializeSavedData(result)
        return result
