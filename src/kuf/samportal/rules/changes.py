"""What changed between two versions of a routine, in the reader's words."""

ROUTINE_FIELDS = (
    ("title", "Titel"),
    ("description", "Sammanfattning"),
    ("purpose", "Syfte"),
    ("background", "Bakgrund"),
    ("legal_basis", "Lagstöd"),
    ("responsibilities", "Ansvar"),
    ("steps", "Steg och tidplan"),
    ("material", "Formulär och material"),
    ("owner", "Ägare"),
    ("adopted", "Fastställd"),
    ("next_review", "Nästa revidering"),
)


def changed_fields(older: dict, newer: dict, fields=ROUTINE_FIELDS) -> list[str]:
    """The titles of the fields whose values differ, in the document's order."""
    return [title for name, title in fields if older.get(name) != newer.get(name)]
