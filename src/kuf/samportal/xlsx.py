"""Workbooks for attaching to a protocol (openpyxl): a bold heading, a bold
row of column titles, wrapped text.

Every row goes through ``append_row``: text from users (usage rows,
analyses, actions, titles) is written as text, never as a formula. openpyxl
makes a formula of any string starting with "="; and Excel turns a text
starting with "=", "+", "-", "@", a tab or a carriage return into a formula
when someone edits the cell. So such a cell is stored as a string with
Excel's quote prefix (shown as typed, kept as text on edit), and characters
that XML cannot hold (a NUL byte) are dropped.
"""

import io
from kuf.samportal.inputguard.rules import strip_bad_characters
from openpyxl.styles import Alignment
from openpyxl.styles import Font


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def text_cell(value):
    """A value as it may go into a cell: numbers as they are, text cleaned."""
    if isinstance(value, str):
        return strip_bad_characters(value)
    return value


def append_row(sheet, values):
    """Append ``values`` as one row; text is text, whatever it starts with."""
    sheet.append([text_cell(value) for value in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(FORMULA_PREFIXES):
                cell.quotePrefix = True


def add_sheet(book, title, heading, columns, widths, first=False):
    """A sheet with a bold heading row (and a title above it, if given)."""
    sheet = book.active if first else book.create_sheet()
    sheet.title = title
    if heading:
        append_row(sheet, [heading])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([])
    append_row(sheet, list(columns))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    return sheet


def wrap(sheet):
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def save_book(book) -> bytes:
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()
