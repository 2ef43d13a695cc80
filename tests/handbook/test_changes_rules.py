"""What changed between two versions (plain rules)."""

from kuf.samportal.rules.changes import changed_fields


def test_changed_fields_in_document_order():
    older = {"title": "Rutin", "purpose": "<p>A</p>", "steps": [], "owner": "HR"}
    newer = {"title": "Rutin", "purpose": "<p>B</p>", "steps": [{"when": "Maj"}], "owner": "HR"}
    assert changed_fields(older, newer) == ["Syfte", "Steg och tidplan"]


def test_nothing_changed():
    values = {"title": "Rutin", "adopted": "2025-01-01"}
    assert changed_fields(values, dict(values)) == []
