"""Accuracy and speed of the protocol import parser on the gold set.

Prints per document: item-boundary F1, heading exact match, attendee F1
(name + party + note), dates exact, bilaga titles exact and the parse time
(best of ROUNDS). Targets on every document: item F1 = 1.0, dates 100 %,
attendee F1 >= 0.95; parse <= 1 s for a 10-page Word file, <= 3 s for a PDF.

Usage: .venv/bin/python scripts/bench_import.py [ROUNDS] [-v]
"""

import json
from pathlib import Path
import sys
import time


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importing"))

from kuf.samportal.importing import parse_file  # noqa: E402
from kuf.samportal.importing.model import Protocol  # noqa: E402
from metrics import score  # noqa: E402


GOLD = ROOT / "tests" / "importing" / "gold"
LIMITS = {"docx": 1.0, "pdf": 3.0, "txt": 1.0}


def main():
    rounds = int(next((a for a in sys.argv[1:] if a.isdigit()), 3))
    verbose = "-v" in sys.argv
    print(
        f"{'document':44} {'items F1':>8} {'headings':>8} {'people F1':>9} "
        f"{'dates':>6} {'bilagor':>7} {'time s':>7}  ok"
    )
    failed = 0
    for warm_up in ("fvg-2025-01-13.docx", "fvg-2025-01-13.pdf"):  # imports, caches
        parse_file((GOLD / warm_up).read_bytes(), warm_up)
    for expected_file in sorted(GOLD.glob("*.*.json")):
        document = expected_file.with_suffix("")
        data = document.read_bytes()
        expected = Protocol.from_json(json.loads(expected_file.read_text(encoding="utf-8")))
        best = None
        for _ in range(rounds):
            start = time.perf_counter()
            result = parse_file(data, document.name)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        found = score(expected, result.protokoll)
        extension = document.suffix.lstrip(".")
        ok = found.meets_targets() and best <= LIMITS.get(extension, 1.0)
        failed += not ok
        print(
            f"{document.name:44} {found.item_f1:8.2f} {found.heading_match:8.0%} "
            f"{found.attendee_f1:9.2f} {found.dates:6.0%} {found.bilaga_titles:7.0%} "
            f"{best:7.3f}  {'ja' if ok else 'NEJ'}"
        )
        if verbose:
            for difference in found.differences:
                print("    ", difference)
    print(f"{failed} document(s) below target" if failed else "every document meets the targets")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
