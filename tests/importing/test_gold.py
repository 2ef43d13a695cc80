"""The accuracy targets on every document of the gold set (the times are
measured by scripts/bench_import.py, not here)."""

from .conftest import parsed
from .metrics import score
import json
from kuf.samportal.importing.model import Protocol
from pathlib import Path
import pytest


GOLD = Path(__file__).parent / "gold"
DOCUMENTS = sorted(path.with_suffix("") for path in GOLD.glob("*.*.json"))


def test_the_set_covers_word_pdf_and_text():
    suffixes = {path.suffix for path in DOCUMENTS}
    assert suffixes == {".docx", ".pdf", ".txt"}
    assert len(DOCUMENTS) >= 12


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_accuracy_targets(document):
    expected = Protocol.from_json(json.loads(Path(f"{document}.json").read_text(encoding="utf-8")))
    found = score(expected, parsed(document).protokoll)
    assert found.item_f1 == 1.0, found.differences
    assert found.dates == 1.0, found.differences
    assert found.attendee_f1 >= 0.95, found.differences
    assert found.heading_match == 1.0, found.differences
    assert found.bilaga_titles == 1.0, found.differences


def test_a_metric_can_fail():
    """The score notices a wrong parse (the targets are not met by anything)."""
    expected = Protocol.from_json(
        json.loads((GOLD / "v07-svg-beslut.docx.json").read_text(encoding="utf-8"))
    )
    other = parsed(GOLD / "v06-apt-no-subitems.docx").protokoll
    found = score(expected, other)
    assert not found.meets_targets()
    assert found.item_f1 < 1
    assert found.dates < 1
    assert found.attendee_f1 < 0.95
