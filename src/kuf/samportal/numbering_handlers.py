"""Keep the numbers of a protocol's items and bilagor right.

An item added or edited takes the place its number gives it; after that,
and after any reordering or removal, items are renumbered 1, 2, 3 (with
sub-items 4 a, 4 b) and bilagor 1..N in their order.
"""

from Acquisition import aq_parent
from kuf.samportal.rules import numbering


PLACING = "_v_kuf_placing"


def renumber(protocol):
    if getattr(protocol, PLACING, False):
        return
    items = protocol.punkter()
    labels = numbering.item_labels([bool(item.letter) for item in items])
    for item, (number, letter) in zip(items, labels, strict=True):
        if (item.number, item.letter or "") != (number, letter):
            item.number = number
            item.letter = letter
            item.reindexObject(idxs=["Title", "sortable_title", "SearchableText"])
    for number, bilaga in enumerate(protocol.bilagor(), start=1):
        if bilaga.number != number:
            bilaga.number = number


def place_item(item):
    """Move an item to where its number puts it among the other items."""
    protocol = aq_parent(item)
    others = [other for other in protocol.punkter() if other.getId() != item.getId()]
    if item.number is None:
        item.number = numbering.next_label(
            [(other.number, other.letter) for other in others if other.number is not None]
        )[0]
    index = numbering.insertion_index(
        [(other.number, other.letter or "") for other in others],
        (item.number, item.letter or ""),
    )
    desired = [other.getId() for other in others]
    desired.insert(index, item.getId())
    ordering = protocol.getOrdering()
    setattr(protocol, PLACING, True)
    try:
        for position, item_id in enumerate(desired):
            ordering.moveObjectToPosition(item_id, position, suppress_events=True)
    finally:
        setattr(protocol, PLACING, False)
    renumber(protocol)


def item_changed(item, event):
    if aq_parent(item) is not None and hasattr(aq_parent(item), "punkter"):
        place_item(item)


def protocol_contents_changed(protocol, event):
    renumber(protocol)


def bilaga_removed(bilaga, event):
    """Items stop referring to a removed bilaga; the rest are renumbered."""
    protocol = event.oldParent
    if protocol is None or not hasattr(protocol, "punkter"):
        return
    uid = bilaga.UID()
    for item in protocol.punkter():
        if uid in (item.bilagor or []):
            item.bilagor = [ref for ref in item.bilagor if ref != uid]
    renumber(protocol)
