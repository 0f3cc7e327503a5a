"""The accessibility statement (ウェブアクセシビリティ方針・試験結果) from the test run's results.

The browser suite runs axe-core over every page each role reaches and writes what it found
(tests/browser/test_accessibility.py). `shingikai accessibility-statement` turns that file into
the statement data kept in front/data/accessibility.json, which the /accessibility/ page shows
in the layout municipalities publish (standard, target level, pages tested, date, result per
success criterion). Automated checks cover only part of the criteria: the statement says which
criteria the run checked and which need a person, and claims no more than that.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

STATEMENT = Path(__file__).parent / "data" / "accessibility.json"
STANDARD = "JIS X 8341-3:2016"
TARGET = "AA"

# WCAG 2.0 level A and AA success criteria as JIS X 8341-3:2016 names them.
CRITERIA = [
    ("1.1.1", "A", "非テキストコンテンツ"),
    ("1.2.1", "A", "音声のみ及び映像のみ（収録済み）"),
    ("1.2.2", "A", "キャプション（収録済み）"),
    ("1.2.3", "A", "音声解説、又はメディアに対する代替（収録済み）"),
    ("1.2.4", "AA", "キャプション（ライブ）"),
    ("1.2.5", "AA", "音声解説（収録済み）"),
    ("1.3.1", "A", "情報及び関係性"),
    ("1.3.2", "A", "意味のある順序"),
    ("1.3.3", "A", "感覚的な特徴"),
    ("1.4.1", "A", "色の使用"),
    ("1.4.2", "A", "音声の制御"),
    ("1.4.3", "AA", "コントラスト（最低限レベル）"),
    ("1.4.4", "AA", "テキストのサイズ変更"),
    ("1.4.5", "AA", "文字画像"),
    ("2.1.1", "A", "キーボード"),
    ("2.1.2", "A", "キーボードトラップなし"),
    ("2.2.1", "A", "タイミング調整可能"),
    ("2.2.2", "A", "一時停止、停止及び非表示"),
    ("2.3.1", "A", "3回のせん（閃）光、又はしきい（閾）値以下"),
    ("2.4.1", "A", "ブロックスキップ"),
    ("2.4.2", "A", "ページタイトル"),
    ("2.4.3", "A", "フォーカス順序"),
    ("2.4.4", "A", "リンクの目的（コンテキスト内）"),
    ("2.4.5", "AA", "複数の手段"),
    ("2.4.6", "AA", "見出し及びラベル"),
    ("2.4.7", "AA", "フォーカスの可視化"),
    ("3.1.1", "A", "ページの言語"),
    ("3.1.2", "AA", "一部分の言語"),
    ("3.2.1", "A", "フォーカス時"),
    ("3.2.2", "A", "入力時"),
    ("3.2.3", "AA", "一貫したナビゲーション"),
    ("3.2.4", "AA", "一貫した識別性"),
    ("3.3.1", "A", "エラーの特定"),
    ("3.3.2", "A", "ラベル又は説明"),
    ("3.3.3", "AA", "エラー修正の提案"),
    ("3.3.4", "AA", "エラー回避（法的、金融及びデータ）"),
    ("4.1.1", "A", "構文解析"),
    ("4.1.2", "A", "名前（name）、役割（role）及び値（value）"),
]
# The product shows no audio, video or moving content.
NOT_APPLICABLE = {"1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.4.2", "2.2.2", "2.3.1"}
# Checked by the keyboard, reflow and menu tests of the same run, not by axe.
BY_KEYBOARD_TESTS = {"2.1.1", "2.1.2", "2.4.1", "2.4.3", "3.2.2", "3.3.1"}
ROLE_NAMES = {
    "jimukyoku": "事務局",
    "shokanka": "所管課",
    "iin": "委員",
    "admin": "システム管理者",
    "anonymous": "ログインしていない利用者（公開ページ）",
}


def _criterion(tag: str) -> str | None:
    """axe tags criteria as wcag111 / wcag1410: back to 1.1.1 / 1.4.10."""
    match = re.fullmatch(r"wcag(\d)(\d)(\d+)", tag)
    return ".".join(match.groups()) if match else None


def build_statement(results: dict) -> dict:
    violated: dict[str, set[str]] = {}
    passed: set[str] = set()
    pages = []
    for role, by_page in results.get("roles", {}).items():
        for path, outcome in by_page.items():
            pages.append(
                {
                    "role": ROLE_NAMES.get(role, role),
                    "path": path,
                    "violations": len(outcome["violations"]),
                }
            )
            for violation in outcome["violations"]:
                for tag in violation["tags"]:
                    if criterion := _criterion(tag):
                        violated.setdefault(criterion, set()).add(path)
            passed.update(c for tag in outcome["passed_tags"] if (c := _criterion(tag)))
    rows = []
    for number, level, name in CRITERIA:
        if number in violated:
            result = "不適合"
        elif number in NOT_APPLICABLE:
            result = "適用外"
        elif number in passed or number in BY_KEYBOARD_TESTS:
            result = "適合"
        else:
            result = "未試験（人による確認が必要）"
        rows.append(
            {
                "number": number,
                "level": level,
                "name": name,
                "result": result,
                "automated": number in passed,
                "keyboard": number in BY_KEYBOARD_TESTS,
            }
        )
    total_violations = sum(page["violations"] for page in pages)
    return {
        "standard": STANDARD,
        "target": TARGET,
        "date": results.get("date", ""),
        "tool": results.get("axe", ""),
        "rulesets": results.get("tags", []),
        "pages": pages,
        "page_count": len(pages),
        "violations": total_violations,
        "criteria": rows,
        "untested": [row["number"] for row in rows if row["result"].startswith("未試験")],
    }


def write_statement(results_file: Path, target: Path = STATEMENT) -> dict:
    statement = build_statement(json.loads(results_file.read_text(encoding="utf-8")))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(statement, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return statement


def load_statement(path: Path = STATEMENT) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
