"""The accessibility statement is built from the axe results and shown to anyone."""

import json

from shingikai.front.accessibility import build_statement, write_statement

RESULTS = {
    "date": "2026-12-01",
    "axe": "axe-core-4.14.1.min.js",
    "tags": ["wcag2a", "wcag2aa"],
    "roles": {
        "jimukyoku": {
            "/dashboard/": {"violations": [], "passed_tags": ["wcag2a", "wcag111", "wcag143"]},
            "/audit/": {
                "violations": [
                    {"id": "label", "tags": ["wcag2a", "wcag412"], "impact": "critical"}
                ],
                "passed_tags": ["wcag111"],
            },
        },
        "anonymous": {"/public/": {"violations": [], "passed_tags": ["wcag242"]}},
    },
}


def _result(statement, number):
    return next(row["result"] for row in statement["criteria"] if row["number"] == number)


def test_criteria_results_follow_the_run():
    statement = build_statement(RESULTS)
    assert statement["page_count"] == 3 and statement["violations"] == 1
    assert len(statement["criteria"]) == 38  # WCAG 2.0 A + AA
    assert _result(statement, "4.1.2") == "不適合"
    assert _result(statement, "1.4.3") == "適合"
    assert _result(statement, "2.1.1") == "適合"  # the keyboard tests
    assert _result(statement, "1.2.1") == "適用外"  # no audio or video in the product
    assert _result(statement, "3.3.3").startswith("未試験")
    assert "3.3.3" in statement["untested"] and "1.4.3" not in statement["untested"]


def test_the_page_shows_the_written_statement(client, tmp_path, monkeypatch):
    results = tmp_path / "axe.json"
    results.write_text(json.dumps(RESULTS), encoding="utf-8")
    target = tmp_path / "statement.json"
    write_statement(results, target)
    monkeypatch.setattr("shingikai.front.accessibility.STATEMENT", target)
    monkeypatch.setattr(
        "shingikai.front.views.load_statement", lambda: json.loads(target.read_text())
    )
    page = client.get("/accessibility/").content.decode()
    assert "JIS X 8341-3:2016" in page and "達成基準チェックリスト" in page
    assert "自動試験で1件の問題を検出しました。" in page
    assert "/audit/" in page
