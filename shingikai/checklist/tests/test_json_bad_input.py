"""Hostile consultation JSON files are refused with a Japanese message and a 400, never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from shingikai.consultations.models import Consultation

CASES = {
    "deeply_nested_json": (b"[" * 200_000 + b"]" * 200_000, "入れ子"),
    "five_thousand_digit_number": (b'{"title": ' + b"9" * 5000 + b"}", "長すぎる数値"),
    "nul_character": (b'{"title": "a\\u0000b"}', "NUL"),
    "lone_surrogate": (b'{"title": "a\\ud800b"}', "NUL"),
    "huge_era_year": (
        '{"title": "t", "start_date": "令和99999999999999999999年1月1日"}'.encode(),
        "日付",
    ),
    "twenty_digit_month": (
        '{"title": "t", "start_date": "令和4年99999999999999999999月1日"}'.encode(),
        "日付",
    ),
    "undecodable_bytes": (b'{"title": "\xff\xfe\xfd"}', "Shift_JIS"),
}


def _post(client, world, data: bytes):
    client.force_login(world.bob)
    upload = SimpleUploadedFile("c.json", data, "application/json")
    return client.post("/checklist/import/", {"council": world.council.pk, "file": upload})


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_json_gets_a_400_with_a_japanese_message(client, world, name):
    data, words = CASES[name]
    response = _post(client, world, data)
    assert response.status_code == 400, name
    assert words in response.content.decode(), name
    assert not Consultation.objects.exists()


def test_shift_jis_json_is_decoded_not_garbled(client, world):
    data = '{"title": "住民票の写しの交付事務", "department": "市民課"}'.encode("cp932")
    response = _post(client, world, data)
    assert response.status_code == 302
    assert Consultation.objects.get().title == "住民票の写しの交付事務"
