"""A consultation as JSON: export, import as a new draft, and the errors of a bad file."""

import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.checklist import jsonio
from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.consultations.models import Consultation


def _upload(content) -> SimpleUploadedFile:
    body = (
        content if isinstance(content, bytes) else json.dumps(content, ensure_ascii=False).encode()
    )
    return SimpleUploadedFile("draft.json", body, "application/json")


def test_export_then_import_gives_the_same_content(client, world):
    original = world.consultation(**COMPLETE, start_date=datetime.date(2025, 4, 1))
    client.force_login(world.bob)
    response = client.get(f"/checklist/consultations/{original.pk}/export.json")
    assert response["Content-Type"].startswith("application/json")
    exported = json.loads(response.content)
    assert exported["format"] == "shingikai/consultation"
    assert exported["start_date"] == "2025-04-01"
    assert exported["grounds"] == ["業務の委託"]

    response = client.post(
        "/checklist/import/", {"council": world.council.pk, "file": _upload(response.content)}
    )
    copy = Consultation.objects.exclude(pk=original.pk).get()
    assert response.status_code == 302 and response["Location"] == copy.get_absolute_url()
    fields = [*jsonio.SECTION_FIELDS, "title", "personal_items", "start_date"]
    assert {f: getattr(copy, f) for f in fields} == {f: getattr(original, f) for f in fields}
    assert list(copy.grounds.all()) == [world.ground]
    assert (copy.state, copy.department, copy.created_by) == ("draft", world.shimin, world.bob)


def test_a_department_imports_for_itself_whatever_the_file_says(client, world):
    client.force_login(world.carol)
    content = {"title": "督促", "department": "市民課", "personal_items": "氏名、電話番号"}
    client.post("/checklist/import/", {"council": world.council.pk, "file": _upload(content)})
    draft = Consultation.objects.get()
    assert draft.department == world.library
    assert draft.personal_items == ["氏名", "電話番号"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"{not json", "JSONとして読み取れません"),
        ({"title": "x", "disposal_metod": "消去"}, "「disposal_metod」は不明な項目です"),
        ({"title": "x", "start_date": "来年"}, "「来年」は日付ではありません"),
        ({"title": "x", "personal_items": 3}, "「personal_items」の型が正しくありません"),
        (
            {"title": "x", "grounds": ["外部結合"]},
            "審議会に「外部結合」という諮問の根拠はありません",
        ),
        ({"title": ""}, "件名がありません"),
        ({"title": "x", "format": "other"}, "Shingikaiの諮問データのファイルではありません"),
        ({"title": "x", "contractor": "長" * 201}, "「contractor」が長すぎるか"),
    ],
)
def test_a_bad_file_is_refused_in_japanese_and_nothing_is_created(client, world, content, message):
    client.force_login(world.bob)
    response = client.post(
        "/checklist/import/", {"council": world.council.pk, "file": _upload(content)}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Consultation.objects.count() == 0


def test_the_secretariat_names_an_existing_department(client, world):
    client.force_login(world.alice)
    content = {"title": "督促", "department": "存在しない課"}
    response = client.post(
        "/checklist/import/", {"council": world.council.pk, "file": _upload(content)}
    )
    assert "「存在しない課」という所管課はありません" in response.content.decode()
    content["department"] = "中央図書館"
    client.post("/checklist/import/", {"council": world.council.pk, "file": _upload(content)})
    assert Consultation.objects.get().department == world.library


def test_members_cannot_import_and_strangers_cannot_export(client, world):
    draft = world.consultation()
    client.force_login(world.dave)
    assert client.get("/checklist/import/").status_code == 403
    client.force_login(world.carol)
    assert client.get(f"/checklist/consultations/{draft.pk}/export.json").status_code == 403


def test_loads_accepts_era_dates_and_item_text():
    content = jsonio.loads(
        '{"start_date": "令和７年４月１日", "personal_items": "氏名\\n住所、氏名"}'
    )
    assert content.start_date == datetime.date(2025, 4, 1)
    assert content.personal_items == ["氏名", "住所"]
