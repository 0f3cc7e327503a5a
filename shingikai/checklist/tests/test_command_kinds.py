"""`shingikai checklist` takes a file of any section set, and the JSON doc covers them all."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from shingikai.checklist.tests.test_kind_rules import ASSESSMENT, CAMERA, PURPOSE
from shingikai.consultations import schema

DOC = Path(__file__).resolve().parents[3] / "docs" / "consultation-json.md"
# Derived values come from the register, not from a file.
FILE_KEYS = {"assessment", "assessment_level", "comment_days"}


def _run(path) -> list[str]:
    out = StringIO()
    call_command("checklist", str(path), stdout=out)
    return [f["rule"] for f in json.loads(out.getvalue())]


def _write(tmp_path, content: dict):
    path = tmp_path / "draft.json"
    body = {k: v for k, v in content.items() if k not in FILE_KEYS}
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_purpose_file_is_checked_as_a_purpose_consultation(db, tmp_path):
    assert _run(_write(tmp_path, {**PURPOSE, "section_sets": ["purpose"]})) == []
    gap = {**PURPOSE, "section_sets": ["purpose"], "legal_exception": ""}
    assert _run(_write(tmp_path, gap)) == ["P01"]
    # The same file checked as an outsourcing 諮問書 gets outsourcing findings instead.
    assert "R01" in _run(_write(tmp_path, {**PURPOSE, "legal_exception": ""}))


def test_camera_and_assessment_files(db, tmp_path):
    assert _run(_write(tmp_path, {**CAMERA, "section_sets": ["camera"]})) == []
    codes = _run(_write(tmp_path, {**CAMERA, "section_sets": ["camera"], "camera_police": ""}))
    assert codes == ["C03"]
    # A file cannot link a register entry: the assessment rule says to link it.
    codes = _run(_write(tmp_path, {**ASSESSMENT, "section_sets": ["assessment"]}))
    assert codes == ["A01"]


@pytest.mark.parametrize("entry", schema.shipped_sets(), ids=lambda e: e["code"])
def test_every_section_set_is_accepted_by_the_command(db, tmp_path, entry):
    path = _write(tmp_path, {"title": "件名", "section_sets": [entry["code"]]})
    assert isinstance(_run(path), list)


def test_an_unknown_section_set_is_refused_in_english(db, tmp_path):
    with pytest.raises(CommandError, match="section_sets: unknown section set"):
        _run(_write(tmp_path, {"title": "件名", "section_sets": ["nope"]}))


def test_the_json_document_covers_every_field_and_set():
    text = DOC.read_text(encoding="utf-8")
    for name in schema.FIELDS:
        assert f"| `{name}` |" in text, name
    for entry in schema.shipped_sets():
        assert f"| `{entry['code']}` |" in text, entry["code"]


def test_a_purpose_consultation_exports_only_its_sections_and_imports_back(client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from shingikai.consultations.models import Consultation
    from shingikai.councils.models import Ground, SectionSet
    from shingikai.councils.seed import seed_section_sets

    seed_section_sets()
    ground = Ground.objects.create(
        council=world.council,
        name="目的外利用・外部提供",
        section_set=SectionSet.objects.get(code="purpose"),
    )
    consultation = world.consultation(title="目的外利用の諮問", legal_exception="相当の理由")
    consultation.grounds.set([ground])
    client.force_login(world.bob)
    exported = json.loads(
        client.get(f"/checklist/consultations/{consultation.pk}/export.json").content
    )
    assert exported["section_sets"] == ["purpose"] and exported["legal_exception"] == "相当の理由"
    assert "contractor" not in exported and "media" not in exported
    exported["title"] = "取り込んだ目的外利用"
    upload = SimpleUploadedFile("x.json", json.dumps(exported, ensure_ascii=False).encode())
    client.post("/checklist/import/", {"council": world.council.pk, "file": upload})
    imported = Consultation.objects.get(title="取り込んだ目的外利用")
    assert imported.legal_exception == "相当の理由"
    assert list(imported.grounds.all()) == [ground]
    # An unknown kind is refused in Japanese and nothing is created.
    exported["section_sets"] = ["nope"]
    upload = SimpleUploadedFile("y.json", json.dumps(exported, ensure_ascii=False).encode())
    response = client.post("/checklist/import/", {"council": world.council.pk, "file": upload})
    assert "セクションセット「nope」はありません。" in response.content.decode()
    assert Consultation.objects.filter(title="取り込んだ目的外利用").count() == 1
