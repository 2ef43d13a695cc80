"""Files uploaded on the import page, kept between the preview and saving.

In the database (not on one server's disk: several Zope instances share the
database and a request may reach another one), under the site's
annotations, per user and for a day at most.
"""

from BTrees.OOBTree import OOBTree
from persistent.mapping import PersistentMapping
from plone import api
from plone.namedfile.file import NamedBlobFile
import secrets
import time
from zope.annotation.interfaces import IAnnotations


KEY = "kuf.samportal.importing.staging"
LIFETIME = 24 * 3600


def store():
    annotations = IAnnotations(api.portal.get())
    if KEY not in annotations:
        annotations[KEY] = OOBTree()
    return annotations[KEY]


def stage(user_id: str, document, bilagor) -> str:
    """Keep the uploads (Upload objects); the token to find them again."""
    staged = store()
    now = time.time()
    for token in [t for t, entry in staged.items() if now - entry["created"] > LIFETIME]:
        del staged[token]
    token = secrets.token_urlsafe(18)
    staged[token] = PersistentMapping(
        user=user_id,
        created=now,
        files=[
            NamedBlobFile(upload.data, contentType=upload.content_type, filename=upload.filename)
            for upload in [document, *bilagor]
        ],
    )
    return token


def fetch(user_id: str, token: str):
    """(document, bilagor) as Upload objects, or None for an unknown,
    expired or someone else's token."""
    from kuf.samportal.importing.creation import Upload

    entry = store().get(token or "")
    if entry is None or entry["user"] != user_id or time.time() - entry["created"] > LIFETIME:
        return None
    uploads = [Upload(f.data, f.filename or "", f.contentType) for f in entry["files"]]
    return uploads[0], uploads[1:]


def discard(token: str):
    staged = store()
    if token in staged:
        del staged[token]
