"""`shingikai checklist FILE.json` prints the findings as JSON for a draft not yet entered."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from shingikai.checklist.tests.drafts import COMPLETE
from shingikai.checklist.tests.files import pdf_bytes


def _run(*args) -> list[dict]:
    out = StringIO()
    call_command("checklist", *args, stdout=out)
    return json.loads(out.getvalue())


def test_findings_are_printed_as_json(db, tmp_path):
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps({**COMPLETE, "retention_period": ""}, ensure_ascii=False))
    findings = _run(str(draft))
    assert findings == [
        {
            "rule": "R09",
            "severity": "required",
            "message": (
                "個人情報の保存期間とその理由（例：送達確認のため送信後3か月）を記載してください。"
            ),
        }
    ]


def test_an_attachment_is_compared_with_the_declared_items(db, tmp_path):
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps({**COMPLETE, "personal_items": ["氏名"]}, ensure_ascii=False))
    sheet = tmp_path / "製品説明資料.pdf"
    sheet.write_bytes(pdf_bytes())
    assert _run(str(draft)) == []
    (finding,) = _run(str(draft), "--attachment", str(sheet))
    assert finding["rule"] == "R08" and "メールアドレス" in finding["message"]


def test_errors_are_reported_in_english(db, tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        _run(str(tmp_path / "missing.json"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"disposal_metod": "x"}')
    with pytest.raises(CommandError, match="disposal_metod: unknown field"):
        _run(str(bad))
