"""A council's own vocabulary: how it numbers consultations, words its outcomes, titles its
deputy and heads its 答申書.  Pure: values in, Japanese text out (no Django imports).

Councils differ (DOMAIN §1): 諮問第480号 running across years, 令和3年度諮問第11号 per fiscal
year, ア/イ/ウ or (1)(2) per meeting, or a number the secretariat types; 「承認する」,
「適当と認める」, 「妥当である」 for the same approval.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

RUNNING = "running"
PER_FISCAL_YEAR = "per_fiscal_year"
PER_MEETING_KANA = "per_meeting_kana"
PER_MEETING_NUMBER = "per_meeting_number"
TYPED = "typed"
PER_MEETING = (PER_MEETING_KANA, PER_MEETING_NUMBER)

# ア/イ/ウ … as councils letter the items of one meeting (then アア would be unusual; after
# the 46th item the number is written instead).
KANA = (
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
)
DEFAULT_DEPUTY_TITLE = "会長職務代理"
# The standard 答申 wording by outcome code (consultations.models.Outcome values).
DEFAULT_ANSWERS = {
    "approved": "諮問どおり実施することを「可」とする。",
    "approved_with_opinion": "附帯意見を付して、諮問どおり実施することを「可」とする。",
    "conditional": "次の条件を付して、実施することを「可」とする。",
    "continued": "継続審議とする。",
    "rejected": "諮問の内容を「否」とする。",
}
DEFAULT_ANSWER_INTRO = (
    "{date}付けで諮問のあった{number}「{title}」について、下記のとおり答申します。"
)
PRESETS_FILE = Path(__file__).resolve().parent / "data" / "council_presets.json"


class VocabularyError(ValueError):
    """A council's vocabulary that cannot be used (English, for logs and the admin)."""


def number_label(
    scheme: str,
    *,
    number: int | None,
    fiscal_year_label: str = "",
    position: int | None = None,
    typed: str = "",
) -> str:
    """The consultation's number as the council writes it; "" when it has none yet.

    position: its place (1, 2, …) among the consultations of the meeting it is first on.
    """
    if scheme == TYPED:
        return typed.strip()
    if scheme == PER_MEETING_KANA:
        if position is None:
            return ""
        return KANA[position - 1] if position <= len(KANA) else str(position)
    if scheme == PER_MEETING_NUMBER:
        return f"({position})" if position is not None else ""
    if number is None:
        return ""
    if scheme == PER_FISCAL_YEAR and fiscal_year_label:
        return f"{fiscal_year_label}諮問第{number}号"
    return f"諮問第{number}号"


def outcome_entry(outcomes: Mapping[str, Any], code: str) -> dict[str, str]:
    entry = outcomes.get(code) if isinstance(outcomes, Mapping) else None
    return entry if isinstance(entry, dict) else {}


def validate_outcomes(outcomes: Any, codes: set[str]) -> None:
    """{code: {"label": …, "answer": …}}, codes among the known outcomes; {} = defaults."""
    if not isinstance(outcomes, dict):
        raise VocabularyError("the outcomes are a JSON object {code: {label, answer}}")
    for code, entry in outcomes.items():
        if code not in codes:
            raise VocabularyError(f"unknown outcome {code!r}; known: {sorted(codes)}")
        if not isinstance(entry, dict) or set(entry) - {"label", "answer"}:
            raise VocabularyError(f"{code}: give label and answer")
        if not all(isinstance(v, str) and v.strip() for v in entry.values()):
            raise VocabularyError(f"{code}: label and answer must be non-empty text")


def answer_intro(template: str, *, date: str, number: str, title: str) -> str:
    """The 答申書's first sentence from the council's template ({date} {number} {title})."""
    try:
        return (template or DEFAULT_ANSWER_INTRO).format(date=date, number=number, title=title)
    except (KeyError, IndexError, ValueError):
        # A template the admin let through with a stray brace: the standard sentence.
        return DEFAULT_ANSWER_INTRO.format(date=date, number=number, title=title)


def document_number(template: str, *, era_year: int, number: int | None) -> str:
    """文書番号 from e.g. "さ総総第{number}号" or "{year}さ総総第{number}号"; "" when unset."""
    if not template:
        return ""
    try:
        return template.format(year=era_year, number=number if number is not None else "")
    except (KeyError, IndexError, ValueError):
        return template


def answer_wording(outcomes: Mapping[str, Any], code: str) -> str:
    return outcome_entry(outcomes, code).get("answer") or DEFAULT_ANSWERS.get(code, "")


def presets() -> list[dict[str, Any]]:
    return json.loads(PRESETS_FILE.read_text(encoding="utf-8"))


def preset(code: str) -> dict[str, Any]:
    for entry in presets():
        if entry["code"] == code:
            return entry
    raise VocabularyError(f"no preset {code!r}")
