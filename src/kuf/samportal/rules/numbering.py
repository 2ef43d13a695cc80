"""Numbering of protocol items (1, 2, 3, 4 a, 4 b, 5 ...) and of bilagor (1..N)."""

from string import ascii_lowercase


def item_labels(is_sub_item: list[bool]) -> list[tuple[int, str]]:
    """(number, letter) for items in their order.

    A sub-item continues the number of the item before it with the next
    letter; a sub-item with no main item before it becomes a main item.
    """
    labels = []
    number = 0
    letter_index = 0
    for sub in is_sub_item:
        if sub and number:
            labels.append((number, ascii_lowercase[letter_index % 26]))
            letter_index += 1
        else:
            number += 1
            letter_index = 0
            labels.append((number, ""))
    return labels


def label_key(number: int, letter: str) -> tuple[int, str]:
    return (number, letter or "")


def insertion_index(existing: list[tuple[int, str]], new: tuple[int, str]) -> int:
    """Where an item with label ``new`` belongs among items already in order."""
    key = label_key(*new)
    for index, label in enumerate(existing):
        if label_key(*label) > key:
            return index
    return len(existing)


def format_label(number: int, letter: str) -> str:
    return f"{number} {letter}" if letter else str(number)


def next_label(existing: list[tuple[int, str]]) -> tuple[int, str]:
    """The label a new item gets by default: one after the highest number."""
    return (max((number for number, _ in existing), default=0) + 1, "")
