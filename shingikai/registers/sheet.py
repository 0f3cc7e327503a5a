"""Reading a clerk's register sheet: Excel (.xlsx) or CSV, Japanese headers, 和暦 dates.

No Django here: this module turns bytes into rows and cells into values, and reports what
went wrong as codes (SheetError.code) or ValueError, which the importer translates for users.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from shingikai.lib import wareki

XLSX_MAGIC = b"PK\x03\x04"
# The old binary Excel format (and every other OLE2 file): openpyxl cannot read it.
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A title or a note above the header row is common in clerks' sheets; look this far down.
HEADER_SEARCH_ROWS = 10


class SheetError(Exception):
    """The file is not a sheet we can read. code: xls, not_a_sheet, empty."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


@dataclass
class Table:
    headers: list[str]
    header_row: int  # the sheet's own row number (1-based), as the clerk sees it
    rows: list[tuple[int, list]]  # (sheet row number, cells), empty rows left out


def normalise_header(text: object) -> str:
    """Full-width to half-width, no spaces, brackets or punctuation: 「開始 年月日」→開始年月日."""
    s = unicodedata.normalize("NFKC", str(text or ""))
    return re.sub(r"[\s()（）「」【】\[\]・:：*※]", "", s).lower()


def read_table(data: bytes, filename: str, known_headers: Iterable[str] = ()) -> Table:
    if not data:
        raise SheetError("empty")
    if data.startswith(XLS_MAGIC):
        raise SheetError("xls")
    if data.startswith(XLSX_MAGIC):
        rows = _xlsx_rows(data)
    elif filename.lower().endswith((".csv", ".txt")):
        rows = _csv_rows(data)
    else:
        raise SheetError("not_a_sheet", filename)
    return _table(rows, {normalise_header(h) for h in known_headers})


def _xlsx_rows(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a .docx or a broken zip: openpyxl raises many kinds
        raise SheetError("not_a_sheet", str(exc)) from None
    try:
        sheet = workbook.active or workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv_rows(data: bytes) -> list[list]:
    from charset_normalizer import from_bytes

    if b"\x00" in data[:4096]:
        raise SheetError("not_a_sheet", "binary data")
    best = from_bytes(data).best()
    if best is None:
        raise SheetError("not_a_sheet", "unknown text encoding")
    text = str(best).lstrip("\ufeff")
    return [list(row) for row in csv.reader(io.StringIO(text))]


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _table(rows: list[list], known: set[str]) -> Table:
    numbered = [(i, row) for i, row in enumerate(rows, start=1) if not all(map(_is_blank, row))]
    if not numbered:
        raise SheetError("empty")
    header_at = 0
    for index, (_number, row) in enumerate(numbered[:HEADER_SEARCH_ROWS]):
        if sum(normalise_header(cell) in known for cell in row) >= 2:
            header_at = index
            break
    header_number, header = numbered[header_at]
    headers = ["" if _is_blank(cell) else str(cell).strip() for cell in header]
    width = len(headers)
    body = [
        (number, (list(row) + [None] * width)[:width]) for number, row in numbered[header_at + 1 :]
    ]
    return Table(headers=headers, header_row=header_number, rows=body)


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # openpyxl reads 12 as 12.0 in some sheets
    return str(value).strip()


_SHORT_ERA = {"r": "令和", "h": "平成", "s": "昭和", "t": "大正", "m": "明治"}
# R2.4.1, H31.4.30, 令和2.4.1: how dates are often typed in register sheets.
_SHORT_DATE = re.compile(
    r"(?P<era>[rhstm]|令和|平成|昭和|大正|明治)(?P<y>\d+|元)[./](?P<m>\d+)[./](?P<d>\d+)"
)
# Excel keeps dates as days since 1899-12-30; a cell without a date format shows the number.
_EXCEL_EPOCH = datetime.date(1899, 12, 30)


def parse_date(value: object) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, int | float) and 10_000 < value < 100_000:
        return _EXCEL_EPOCH + datetime.timedelta(days=int(value))
    s = unicodedata.normalize("NFKC", text(value)).lower()
    if not s:
        raise ValueError("empty date")
    m = _SHORT_DATE.fullmatch(s)
    if m:
        era = _SHORT_ERA.get(m["era"], m["era"])
        s = f"{era}{m['y']}年{m['m']}月{m['d']}日"
    return wareki.parse_date(s)


_YES = {
    "有",
    "有り",
    "あり",
    "○",
    "〇",
    "◯",
    "はい",
    "yes",
    "y",
    "true",
    "1",
    "該当",
    "含む",
    "する",
}
_NO = {
    "無",
    "無し",
    "なし",
    "×",
    "✕",
    "いいえ",
    "no",
    "n",
    "false",
    "0",
    "-",
    "ー",
    "―",
    "非該当",
    "含まない",
    "しない",
}


def parse_flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    s = unicodedata.normalize("NFKC", text(value)).lower()
    if s == "" or s in _NO:
        return False
    if s in _YES:
        return True
    raise ValueError(f"not yes or no: {value!r}")


def parse_recording(value: object) -> str:
    """電子 / 電算 → electronic, 紙 / マニュアル → paper, both words → both."""
    s = unicodedata.normalize("NFKC", text(value))
    electronic = any(word in s for word in ("電子", "電算", "システム", "電磁"))
    paper = any(word in s for word in ("紙", "マニュアル", "書面", "帳票"))
    if "両方" in s or (electronic and paper):
        return "both"
    if electronic:
        return "electronic"
    if paper:
        return "paper"
    raise ValueError(f"not electronic or paper: {value!r}")


_ITEM_SEPARATORS = re.compile(r"[\n、,，・/／]+")


def parse_items(value: object) -> list[str]:
    items: list[str] = []
    for item in _ITEM_SEPARATORS.split(text(value)):
        item = item.strip()
        if item and item not in items:
            items.append(item)
    return items


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how Excel names the column the clerk has to look at."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters
