"""Excel import of a clerk's register sheet with Japanese headers."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from shingikai.registers.models import ImportBatch, Operation

HEADERS = [
    "番号",
    "個人情報ファイルの名称",
    "所管課",
    "利用目的",
    "記録項目",
    "記録される個人の範囲",
    "収集方法",
    "要配慮個人情報",
    "電子・紙の別",
    "委託の有無",
    "開始年月日",
    "備考",
]
GOOD = [
    [
        "1",
        "住民基本台帳",
        "市民課",
        "住民記録の管理",
        "氏名、住所、生年月日",
        "住民",
        "届出",
        "無",
        "電子",
        "有",
        datetime.datetime(2015, 4, 1),
        "監査予定",
    ],
    [
        "2",
        "図書館利用者名簿",
        "中央図書館",
        "貸出管理",
        "氏名・電話番号",
        "利用者",
        "申込書",
        "無",
        "電子・紙",
        "無",
        "令和2年4月1日",
        "",
    ],
    [
        "3",
        "相談記録",
        "市民課",
        "相談対応",
        "氏名\n相談内容",
        "相談者",
        "本人",
        "有",
        "紙",
        "無",
        "H31.4.1",
        "",
    ],
]


def _xlsx(rows, headers=HEADERS, title_row=True) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    if title_row:
        sheet.append(["個人情報ファイル簿（令和6年4月1日現在）"])
        sheet.append([])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _upload(client, data: bytes, name="個人情報ファイル簿.xlsx"):
    return client.post("/registers/import/", {"file": SimpleUploadedFile(name, data)})


@pytest.fixture
def alice(client, world):
    client.force_login(world.alice)
    return client


def _mapping_post(batch, action="import", **extra):
    post = {f"col_{name}": str(index) for name, index in batch.mapping.items()}
    return {**post, "action": action, **extra}


def test_a_valid_sheet_with_japanese_headers_imports_every_row(alice, world):
    response = _upload(alice, _xlsx(GOOD))
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/registers/import/{batch.pk}/"
    # The header row is found below the title, and every column is recognised by its name.
    assert batch.mapping["name"] == 1 and batch.mapping["start_date"] == 10
    assert batch.mapping["internal_note"] == 11
    page = alice.get(f"/registers/import/{batch.pk}/").content.decode()
    assert "行目" in page and "3件" in page
    alice.post(f"/registers/import/{batch.pk}/", _mapping_post(batch))
    assert Operation.objects.count() == 3
    first = Operation.objects.get(name="住民基本台帳")
    assert first.department == world.shimin
    assert first.items == ["氏名", "住所", "生年月日"]
    assert first.outsourced and first.recording == "electronic"
    assert first.start_date == datetime.date(2015, 4, 1)
    assert first.internal_note == "監査予定"
    assert Operation.objects.get(name="図書館利用者名簿").recording == "both"
    consultation = Operation.objects.get(name="相談記録")
    assert consultation.start_date == datetime.date(2019, 4, 1) and consultation.sensitive
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.IMPORTED and batch.imported_rows == 3
    assert bytes(batch.data) == b""


BAD = [
    GOOD[0],
    ["2", "", "市民課", "目的", "氏名", "", "", "無", "電子", "無", "令和2年4月1日", ""],
    [
        "3",
        "図書館名簿",
        "教育委員会",
        "貸出",
        "氏名",
        "",
        "",
        "無",
        "電子",
        "無",
        "令和2年4月1日",
        "",
    ],
    [
        "4",
        "相談記録",
        "市民課",
        "相談",
        "氏名",
        "",
        "",
        "たぶん",
        "電子",
        "無",
        "令和2年13月1日",
        "",
    ],
    GOOD[1],
]


def test_errors_are_reported_with_row_numbers_and_nothing_is_stored(alice):
    _upload(alice, _xlsx(BAD))
    batch = ImportBatch.objects.get()
    response = alice.post(f"/registers/import/{batch.pk}/", _mapping_post(batch))
    html = response.content.decode()
    assert response.status_code == 200
    assert Operation.objects.count() == 0
    # Title row, blank row and header: the data starts on sheet row 4.
    assert "5行目" in html and "6行目" in html and "7行目" in html
    assert "4行目" not in html and "8行目" not in html
    assert "「個人情報ファイルの名称」が空欄です" in html
    assert "「教育委員会」という所管課はありません" in html
    assert "「令和2年13月1日」は日付として読み取れません" in html
    assert "「たぶん」は有無として読み取れません" in html
    assert "何も取り込んでいません" in html
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.UPLOADED


def test_only_the_valid_rows_are_imported_when_the_clerk_chooses_so(alice):
    _upload(alice, _xlsx(BAD))
    batch = ImportBatch.objects.get()
    alice.post(f"/registers/import/{batch.pk}/", _mapping_post(batch, only_valid="on"))
    assert sorted(Operation.objects.values_list("name", flat=True)) == [
        "住民基本台帳",
        "図書館利用者名簿",
    ]
    batch.refresh_from_db()
    assert (batch.imported_rows, batch.skipped_rows) == (2, 3)


def test_a_row_already_in_the_register_is_an_error(alice):
    _upload(alice, _xlsx(GOOD[:1]))
    batch = ImportBatch.objects.get()
    alice.post(f"/registers/import/{batch.pk}/", _mapping_post(batch))
    _upload(alice, _xlsx(GOOD[:1]))
    again = ImportBatch.objects.filter(status="uploaded").get()
    html = alice.post(f"/registers/import/{again.pk}/", _mapping_post(again)).content.decode()
    assert "既に台帳にあります" in html
    assert Operation.objects.count() == 1


def test_a_missing_required_column_must_be_mapped_first(alice):
    _upload(alice, _xlsx(GOOD))
    batch = ImportBatch.objects.get()
    post = _mapping_post(batch)
    post["col_purpose"] = ""
    html = alice.post(f"/registers/import/{batch.pk}/", post).content.decode()
    assert "「利用目的」の列を選んでください" in html
    assert Operation.objects.count() == 0


def test_a_file_that_is_not_a_sheet_gets_a_clear_japanese_message(alice):
    response = _upload(alice, b"%PDF-1.7 not a sheet", name="register.pdf")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Excelファイル（.xlsx）又はCSVファイルではありません" in html
    assert not ImportBatch.objects.exists()


def test_an_old_xls_file_is_refused_with_advice(alice):
    response = _upload(alice, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, name="台帳.xls")
    assert "「.xlsx」形式で保存し直してください" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_a_shift_jis_csv_is_read_too(alice):
    rows = [
        "個人情報ファイルの名称,所管課,利用目的,開始年月日",
        "住民基本台帳,市民課,住民記録の管理,令和2年4月1日",
    ]
    _upload(alice, "\r\n".join(rows).encode("cp932"), name="台帳.csv")
    batch = ImportBatch.objects.get()
    alice.post(f"/registers/import/{batch.pk}/", _mapping_post(batch))
    assert Operation.objects.get().purpose == "住民記録の管理"
