"""Our content classes publish nothing by URL but their views.

Zope publishes any attribute or method with a docstring that is not
protected: ``<protokoll>/person?user_id=saco`` told anyone who could read a
signed protocol which party a person belongs to, and ``<avtal>/usage`` gave
the statistics that ``@statistik`` refuses. So every attribute and method
that this package defines on a content class (and the stored data it keeps
in instance attributes) is private unless named as public; views and
services read them in trusted code.
"""

# Data kept in instance attributes that are not schema fields.
STORED_DATA = (
    "answers",
    "confirmations",
    "submissions",
    "usage",
    "people",
    "record_pdf",
    "record_pending",
    "workflow_history",
)
# Harmless parts of the reading API that templates use by path.
PUBLIC = ("title", "label", "number", "letter", "year", "kind_title")


def own_names(cls):
    names = set(STORED_DATA)
    for klass in cls.__mro__:
        if klass.__module__.startswith("kuf.samportal."):
            names.update(name for name in vars(klass) if not name.startswith("_"))
    return {name for name in names if not name.endswith("__roles__")}


def private_by_default(cls):
    """Class decorator: declare the class's own names private (roles ``()``),
    except those in PUBLIC and those that already have a declaration."""
    for name in own_names(cls) - set(PUBLIC):
        if not hasattr(cls, f"{name}__roles__"):
            setattr(cls, f"{name}__roles__", ())
    return cls
