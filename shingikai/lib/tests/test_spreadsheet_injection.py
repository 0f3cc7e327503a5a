"""Spreadsheet exports never carry a formula or a control character from user input."""

import io

from openpyxl import load_workbook

from shingikai.lib.spreadsheet import csv_bytes, xlsx_bytes

HOSTILE = [
    '=HYPERLINK("http://evil.example/","x")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "＝HYPERLINK(1)",
    "\tcmd",
]


def test_formula_looking_cells_are_quoted_in_csv():
    text = csv_bytes(["値"], [[v] for v in HOSTILE] + [[-5], ["普通の値"]]).decode("utf-8-sig")
    lines = text.splitlines()[1:]
    assert all(line.lstrip('"').startswith("'") for line in lines[: len(HOSTILE) - 1])
    assert "-5" in lines and "普通の値" in lines


def test_formula_looking_cells_stay_text_in_xlsx():
    data = xlsx_bytes({"s": (["値"], [[v] for v in HOSTILE])})
    sheet = load_workbook(io.BytesIO(data))["s"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == HOSTILE
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert b"<f>" not in _sheet_xml(data)


def test_control_characters_are_removed_from_exports():
    value = "bad\x01name\x1b\ud800"
    sheet = load_workbook(io.BytesIO(xlsx_bytes({"s": (["値"], [[value]])})))["s"]
    assert sheet["A2"].value == "badname"
    assert "badname" in csv_bytes(["値"], [[value]]).decode("utf-8-sig")


def _sheet_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(
            archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets")
        )
