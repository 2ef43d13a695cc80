"""Workbooks for attaching to a protocol (openpyxl): a bold heading, a bold
row of column titles, wrapped text."""

import io
from openpyxl.styles import Alignment
from openpyxl.styles import Font


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def add_sheet(book, title, heading, columns, widths, first=False):
    """A sheet with a bold heading row (and a title above it, if given)."""
    sheet = book.active if first else book.create_sheet()
    sheet.title = title
    if heading:
        sheet.append([heading])
        sheet["A1"].font = Font(bold=True, size=14)
        sheet.append([])
    sheet.append(list(columns))
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
