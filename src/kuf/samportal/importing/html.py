"""Item bodies as safe HTML: paragraphs, lists, bold and italic, tables.

Only the tags written here ever appear; every text is escaped.
"""

from html import escape
from kuf.samportal.importing.blocks import BULLET
from kuf.samportal.importing.model import Block
from kuf.samportal.importing.model import Run
import re


SPACES = re.compile(r"[ \t\u00a0]+")
# A decision inside a paragraph starts a paragraph of its own.
DECISION = re.compile(r"(?<=[.!?])\s+(?=Beslut(?:ades)?\s*:)")


def normalise_runs(runs: list[Run]) -> list[Run]:
    """Runs with single spaces and none at the ends, neighbours of one
    formatting merged; a space is bold or italic only between two such
    characters (so that "<strong>Beslut:</strong> text" stays that way)."""
    chars = []  # [character, bold, italic]
    for run in runs:
        for char in SPACES.sub(" ", run.text.replace("\n", " ")):
            if char == " " and (not chars or chars[-1][0] == " "):
                continue
            chars.append([char, run.bold, run.italic])
    while chars and chars[-1][0] == " ":
        chars.pop()
    for index, entry in enumerate(chars):
        if entry[0] == " ":
            before, after = chars[index - 1], chars[index + 1]
            entry[1] = before[1] and after[1]
            entry[2] = before[2] and after[2]
    result: list[Run] = []
    for char, bold, italic in chars:
        if result and (result[-1].bold, result[-1].italic) == (bold, italic):
            result[-1] = Run(result[-1].text + char, bold, italic)
        else:
            result.append(Run(char, bold, italic))
    return result


def runs_html(runs: list[Run]) -> str:
    parts = []
    for run in normalise_runs(runs):
        text = escape(run.text, quote=False)
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        parts.append(text)
    return "".join(parts)


def split_runs(runs: list[Run], offsets: list[int]) -> list[list[Run]]:
    """``runs`` cut at the character ``offsets`` of their joined text."""
    pieces: list[list[Run]] = [[]]
    position = 0
    cuts = sorted(offsets)
    for run in runs:
        text = run.text
        while cuts and position + len(text) > cuts[0] - 0:
            cut = cuts.pop(0) - position
            if cut > 0:
                pieces[-1].append(Run(text[:cut], run.bold, run.italic))
            pieces.append([])
            position += cut
            text = text[cut:]
        if text:
            pieces[-1].append(Run(text, run.bold, run.italic))
        position += len(text)
    return [piece for piece in pieces if "".join(r.text for r in piece).strip()]


def paragraph_runs(block: Block) -> list[Run]:
    runs = list(block.runs)
    if block.list_kind == "bullet" and runs and BULLET.match(runs[0].text):
        first = runs[0]
        runs[0] = Run(BULLET.sub("", first.text, count=1), first.bold, first.italic)
    return runs


def paragraphs_html(block: Block) -> list[str]:
    runs = paragraph_runs(block)
    text = "".join(run.text for run in runs)
    offsets = [match.end() for match in DECISION.finditer(text)]
    pieces = split_runs(runs, offsets) if offsets else [runs]
    return [f"<p>{html}</p>" for piece in pieces if (html := runs_html(piece))]


def cell_html(blocks: list[Block], text: str) -> str:
    if blocks:
        return "<br/>".join(runs_html(paragraph_runs(b)) for b in blocks)
    return escape(SPACES.sub(" ", text).strip(), quote=False)


def body_html(blocks: list[Block]) -> str:
    """The HTML of an item's body from its blocks, in order."""
    parts: list[str] = []
    open_list = ""
    open_table = 0
    for block in blocks:
        if block.is_row:
            if open_list:
                parts.append(f"</{open_list}>")
                open_list = ""
            if open_table != block.table:
                if open_table:
                    parts.append("</tbody></table>")
                parts.append("<table><tbody>")
                open_table = block.table
            cells = block.cell_blocks or [[] for _ in block.cells]
            parts.append(
                "<tr>"
                + "".join(
                    f"<td>{cell_html(cb, text)}</td>"
                    for cb, text in zip(cells, block.cells, strict=False)
                )
                + "</tr>"
            )
            continue
        if open_table:
            parts.append("</tbody></table>")
            open_table = 0
        if block.list_kind:
            tag = "ul" if block.list_kind == "bullet" else "ol"
            if open_list != tag:
                if open_list:
                    parts.append(f"</{open_list}>")
                parts.append(f"<{tag}>")
                open_list = tag
            html = runs_html(paragraph_runs(block))
            if html:
                parts.append(f"<li>{html}</li>")
            continue
        if open_list:
            parts.append(f"</{open_list}>")
            open_list = ""
        parts.extend(paragraphs_html(block))
    if open_list:
        parts.append(f"</{open_list}>")
    if open_table:
        parts.append("</tbody></table>")
    return "".join(parts)


def plain_text(html: str) -> str:
    """The text of body HTML (for the schedule's sentences)."""
    text = re.sub(r"</(?:p|li|tr)>|<br/?>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    from html import unescape

    return unescape(text)
