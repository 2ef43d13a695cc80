"""Helpers the readers share: cells of a line, page furniture, joining lines."""

import re


CELL_GAP = re.compile(r"\t+| {2,}")
PAGE_NUMBER = re.compile(
    r"^(?:"
    r"\d{1,3}\s*\(\s*\d{1,3}\s*\)"  # 1 (5)
    r"|[Ss]ida\s+\d{1,3}(?:\s*(?:av|/|\()\s*\d{1,3}\)?)?"  # Sida 1 av 5, sida 3 (5)
    r"|\d{1,3}\s*(?:av|/)\s*\d{1,3}"  # 1 av 5, 1/5
    r"|[-–]\s*\d{1,3}\s*[-–]"  # - 3 -
    r")(?:\s*\(.{0,30}\))?$"
)
LONE_NUMBER = re.compile(r"^\d{1,3}$")
BULLET = re.compile(r"^\s*([•·▪◦●○■□–—*-])\s+")


def split_cells(line: str) -> list[str]:
    return [cell.strip() for cell in CELL_GAP.split(line.strip()) if cell.strip()]


def is_page_number(text: str, margin: bool = False) -> bool:
    """ "1 (5)", "Sida 2 av 5"; a lone number only in a page's margin."""
    text = text.strip()
    return bool(PAGE_NUMBER.match(text) or (margin and LONE_NUMBER.match(text)))


def furniture_key(text: str) -> str:
    """Repeated page headers and footers compare equal with their numbers blanked."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def join_lines(previous: str, line: str) -> str:
    """Two lines of one paragraph, with a word broken at the line end kept whole."""
    if previous.endswith(("-", "–")) and line[:1].isdigit():
        return previous + line  # "punkt 1–" and "3)": a range broken at the line end
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha():
        first = line.split(" ", 1)[0]
        if first in ("och", "eller", "samt", "respektive", "som", "till"):
            return f"{previous} {line}"
        return previous + line
    return f"{previous} {line}"
