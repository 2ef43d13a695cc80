"""Objects by UID: links between a meeting, its årshjul and its protocol."""

from AccessControl import Unauthorized
from plone.app.uuid.utils import uuidToObject


def by_uid(uid, unrestricted=False):
    """The object, or None when it is gone or (unless ``unrestricted``) the
    user may not see it."""
    if not uid:
        return None
    try:
        return uuidToObject(uid, unrestricted=unrestricted)
    except Unauthorized:
        return None
