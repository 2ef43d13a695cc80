"""The ZMI's tabs on a record refuse to change it.

Zope managers keep every ZMI permission (an administrator must be able to
repair a site), so the property and security tabs are refused on the
record types themselves, in Swedish, before anything is written. The
seal (``seal.py``) would refuse the commit anyway; this says why first.
"""

from kuf.samportal.records import enclosing_record


ZMI_WRITERS = (
    "manage_editProperties",
    "manage_changeProperties",
    "manage_addProperty",
    "manage_delProperties",
    "manage_changePropertyTypes",
    "manage_permission",
    "manage_role",
    "manage_acquiredPermissions",
    "manage_changePermissions",
    "manage_renameObjects",
    "manage_renameObject",
    "manage_delObjects",
    "manage_pasteObjects",
    "manage_importObject",
    "manage_FTPput",
    "PUT",
)


def refuse_if_record(obj):
    from kuf.samportal.records.protection import RecordProtected
    from kuf.samportal.records.protection import title_of

    record = enclosing_record(obj)
    if record is not None:
        raise RecordProtected("change", title=title_of(record))


def guarded(cls, name):
    own = cls.__dict__.get(name)

    def method(self, *args, **kwargs):
        refuse_if_record(self)
        if own is not None:
            return own(self, *args, **kwargs)
        return getattr(super(cls, self), name)(*args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"{name}, refused on an official record."
    return method


def record_guard(cls):
    """Class decorator of the types that make up records. (Not a mixin: a
    plain base class before the Dexterity one would hide Dexterity's
    ``__providedBy__`` and with it the behaviors.)"""
    for name in ZMI_WRITERS:
        if hasattr(cls, name):
            setattr(cls, name, guarded(cls, name))
    return cls
