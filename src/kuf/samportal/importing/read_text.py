"""Plain text to blocks: a blank line, a line that ends short of the usual
width, or a line that starts like an item, a list or a label ends a
paragraph; tabs or two spaces or more split a line into cells."""

from kuf.samportal.importing import errors
from kuf.samportal.importing.blocks import BULLET
from kuf.samportal.importing.blocks import is_page_number
from kuf.samportal.importing.blocks import join_lines
from kuf.samportal.importing.blocks import split_cells
from kuf.samportal.importing.model import Block
from kuf.samportal.importing.read_pdf import STARTS_BLOCK


def decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise errors.ImportRefused(errors.NOT_TEXT)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise errors.ImportRefused(errors.NOT_TEXT)


def text_blocks(text: str) -> tuple[list[Block], list[str]]:
    lines = [line.rstrip().replace("\xa0", " ") for line in text.replace("\r\n", "\n").split("\n")]
    lengths = sorted(len(line.strip()) for line in lines if len(line.strip()) > 20)
    # A line that ends well short of the usual width ended its paragraph.
    usual = max(lengths[int(len(lengths) * 0.8)] if lengths else 0, 60)
    blocks: list[Block] = []
    furniture: list[str] = []
    open_paragraph = False
    previous_length = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line or line == "\f":
            open_paragraph = False
            continue
        if is_page_number(line):
            furniture.append(line)
            continue
        cells = split_cells(raw)
        starts = bool(STARTS_BLOCK.match(line) or BULLET.match(line) or len(cells) > 1)
        if open_paragraph and not starts and previous_length >= 0.6 * usual:
            block = blocks[-1]
            block.text = join_lines(block.text, line)
            block.cells = [block.text]
            block.runs = []
            block.__post_init__()
        else:
            block = Block(text="\t".join(cells), where=f"rad {number}", cells=cells)
            bullet = BULLET.match(line)
            if bullet and len(cells) == 1:
                block.list_kind, block.list_label = "bullet", bullet.group(1)
            blocks.append(block)
        open_paragraph = len(cells) == 1
        previous_length = len(line)
    return blocks, furniture
