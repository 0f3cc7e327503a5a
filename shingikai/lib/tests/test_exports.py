import datetime
import io

from pypdf import PdfReader

from shingikai.lib.pdf import content_disposition, render_pdf
from shingikai.lib.spreadsheet import csv_bytes, xlsx_bytes


def test_csv_has_a_bom_and_japanese_text():
    data = csv_bytes(["名称", "件数"], [["防犯カメラ", 3]])
    assert data.startswith(b"\xef\xbb\xbf")
    assert "防犯カメラ,3" in data.decode("utf-8-sig")


def test_xlsx_round_trips_through_openpyxl():
    from openpyxl import load_workbook

    data = xlsx_bytes(
        {"台帳": (["名称", "開始日"], [["住民基本台帳事務", datetime.date(2024, 4, 1)]])}
    )
    sheet = load_workbook(io.BytesIO(data))["台帳"]
    assert [cell.value for cell in sheet[1]] == ["名称", "開始日"]
    assert sheet["A2"].value == "住民基本台帳事務"


def test_pdfs_embed_a_japanese_font(tmp_path, settings):
    # Assigned, not mutated, so Django rebuilds its template engines for this test.
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}
    ]
    (tmp_path / "t.html").write_text(
        '{% extends "pdf/base.html" %}{% block body %}<h1>答申書</h1>{% endblock %}',
        encoding="utf-8",
    )
    pdf = render_pdf("t.html", {})
    reader = PdfReader(io.BytesIO(pdf))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for font in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert any("CJK" in name for name in fonts), fonts
    assert "答申書" in reader.pages[0].extract_text()


def test_japanese_file_names_survive_the_header():
    header = content_disposition("答申書.pdf")
    assert "filename*=UTF-8''%E7%AD%94%E7%94%B3%E6%9B%B8.pdf" in header
