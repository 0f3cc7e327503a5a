"""Excel (openpyxl) and CSV exports of tabular data, with Japanese headers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from django.http import HttpResponse

from shingikai.lib.pdf import content_disposition

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A cell starting with one of these is read as a formula by Excel or LibreOffice (full-width
# forms included: Japanese IMEs type them). User input such as a failed login's user name
# must never run as =HYPERLINK(…) on the secretariat's PC.
FORMULA_START = tuple("=+-@\t\r＝＋－＠")
# Control characters are not allowed in XLSX at all (openpyxl raises) and mean nothing in
# a register; lone surrogates cannot be encoded. Tab and line breaks are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_text(value: str) -> str:
    """The text without control characters or lone surrogates."""
    return _CONTROL.sub("", value)


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_START)


def csv_value(value):
    """A cell for CSV: cleaned, and quoted with a leading ' when it would be a formula."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    value = clean_text(value)
    return "'" + value if looks_like_formula(value) else value


def xlsx_bytes(sheets: dict[str, tuple[Sequence[str], Iterable[Sequence]]]) -> bytes:
    """sheets: title -> (headers, rows). Column widths follow the longest value."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, (headers, rows) in sheets.items():
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append(list(headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_cell(value) for value in row])
            _as_text(sheet[sheet.max_row])
        for column in sheet.columns:
            width = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, 2 * width + 2)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """UTF-8 with a BOM, so that Excel on a municipal PC opens the Japanese text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_value(h) for h in headers])
    for row in rows:
        writer.writerow([csv_value(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def download(data: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition(filename)
    return response


def _as_text(cells) -> None:
    # openpyxl stores a string starting with "=" as a formula: keep it a string, and mark it
    # quoted so that editing the cell in Excel does not turn it into one either.
    for cell in cells:
        if cell.data_type == "f" or (
            isinstance(cell.value, str) and looks_like_formula(cell.value)
        ):
            cell.data_type = "s"
            cell.quotePrefix = True


def _cell(value):
    if isinstance(value, str):
        return clean_text(value)
    # openpyxl refuses timezone-aware datetimes; registers are kept in local time anyway.
    if hasattr(value, "tzinfo") and getattr(value, "tzinfo", None) is not None:
        return value.replace(tzinfo=None)
    return value
