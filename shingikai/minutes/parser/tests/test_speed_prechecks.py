"""Pre-checks added for speed must never skip a line the check behind them needs.

Each pre-check is an exact necessary condition: when it says no, the expensive step would
have found nothing that counts. These tests hold it to that, character by character where
the condition is about characters, and document by document against the step run without
the pre-check. A pre-check that is too narrow (a lead shape or a character class left out)
fails them; the last test shows such narrowed versions being caught.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shingikai.minutes.parser import _layout, parse_minutes
from shingikai.minutes.parser.tests.generator import generate

SAMPLES = Path(__file__).resolve().parents[4] / "tests" / "samples" / "minutes"

# Labels whose first characters differ (the pre-check looks at the first character only).
_LABELS = ["日時", "日 時", "場所", "出席委員", "欠 席 委 員", "議題", "傍聴者", "会議の経過"]
# Shapes a lead takes around a label: {c} is the lead character, {l} the label.
_SHAPES = [
    "{c}{l}　令和7年6月4日",
    "{c} {l}:椿谷町役場",
    "会議名 椿谷町審議会 {c}{l} 椿谷町役場",
    "{c}{l}{c}",  # a lead that is also its closer
    "{c}{l}〉 椿谷町役場",
    "1{c}{l} 令和7年",  # a number before an ordinary character: no lead
    "{c}{c}{l}",
]


def _counted_lead(line: str) -> bool:
    """What the lead scan would record on this line (a lead _lead_key accepts)."""
    return any(_layout._lead_key(m) is not None for m in _layout._FIELD_LEAD.finditer(line))


def _missed(precheck: re.Pattern[str], lines) -> list[str]:
    return [line for line in lines if _counted_lead(line) and not precheck.search(line)]


def _lead_lines(chars):
    for c in chars:
        for label in _LABELS:
            for shape in _SHAPES:
                yield shape.format(c=c, l=label)


def _number_lines():
    for n in ("1", "2", "12"):
        for stop in (".", "、"):
            for gap in ("", " ", "  "):
                for label in _LABELS:
                    yield f"{n}{stop}{gap}{label} 令和7年"
                    yield f"会議名 椿谷町審議会 {n}{stop}{gap}{label} 椿谷町役場"


def test_every_character_that_can_lead_passes_the_field_lead_precheck() -> None:
    # Every character of the Basic Multilingual Plane as the lead (symbols, brackets of any
    # pair, numbers by Unicode class such as ① ⑴ ❶ ⒈, letters, kana, kanji), and a sample
    # beyond it: whenever the scan would record a lead, the pre-check lets the line through.
    chars = [chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c < 0xE000]
    chars += ["\U0001f130", "\U0001f10b", "\U00010107", "\U0001d7d8"]
    closers = {**_layout._PAIR_OF}
    lines = [
        line
        for c in chars
        for line in (f"{c}日時 令和7年", f"{c}場所{closers.get(c, c)} 役場", f"x {c} 議題 1")
    ]
    assert sum(map(_counted_lead, lines)) > 1000  # the shapes do make leads
    assert _missed(_layout._LEAD_BEFORE_LABEL, lines) == []


def test_lead_shapes_pass_the_field_lead_precheck() -> None:
    lines = list(_lead_lines(["▣", "①", "⑴", "❶", "⒈", "〈", "【", "⌘", "※", "●", "a", "日"]))
    assert sum(map(_counted_lead, lines)) > 100
    assert _missed(_layout._LEAD_BEFORE_LABEL, lines) == []


def test_counted_numbers_pass_the_field_lead_precheck() -> None:
    lines = list(_number_lines())
    assert all(_counted_lead(line) for line in lines if "会議名" not in line)
    assert _missed(_layout._LEAD_BEFORE_LABEL, lines) == []


def test_every_label_first_character_is_in_the_precheck() -> None:
    lines = [f"{c}{label} 令和7年" for label in _layout._LEAD_LABELS for c in ("▣", "①")]
    lines += [f"〈{label}〉 令和7年" for label in _layout._LEAD_LABELS]
    lines += [f"{n}. {label} 令和7年" for label in _layout._LEAD_LABELS for n in (1, 2)]
    assert _missed(_layout._LEAD_BEFORE_LABEL, lines) == []


def _documents():
    for path in sorted(SAMPLES.glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for seed in range(60):
        yield generate(50_000 + seed)[0]
    leads = [("⑴", "⑵", "⑶", "⑷"), ("❶", "❷", "❸", "❹"), ("⒈", "⒉", "⒊", "⒋")]
    leads += [("▣",) * 4, ("1.", "2.", "3.", "4."), ("〈",) * 4]
    for a, b, c, d in leads:
        close = "〉" if a == "〈" else ""
        yield (
            "椿谷町個人情報保護審議会　会議録\n\n"
            f"{a}会議名{close}　令和７年度第１回椿谷町個人情報保護審議会　"
            f"{b}日 時{close}　令和７年６月４日（水）午後１時３０分から午後３時まで\n"
            f"{c}場 所{close}　椿谷町役場　第２会議室　{d}出席委員{close}　飯塚　健\n"
            "\n会議の経過\n\n"
            "○会長　それでは諮問第３号について説明をお願いします。\n"
        )


def _leads_seen(monkeypatch, precheck: re.Pattern[str]) -> list:
    seen = []
    scan = _layout._field_leads

    def recording(lines):
        found = scan(lines)
        seen.append(sorted((i, [(m.span(), m.group()) for m in ms]) for i, ms in found.items()))
        return found

    with monkeypatch.context() as patched:
        patched.setattr(_layout, "_LEAD_BEFORE_LABEL", precheck)
        patched.setattr(_layout, "_field_leads", recording)
        for text in _documents():
            parse_minutes(text, source="precheck")
    return seen


def test_field_leads_are_the_same_with_and_without_the_precheck(monkeypatch) -> None:
    with_check = _leads_seen(monkeypatch, _layout._LEAD_BEFORE_LABEL)
    without = _leads_seen(monkeypatch, re.compile(""))  # matches every line
    assert with_check == without
    assert sum(1 for doc in without if doc) >= 6  # the documents above do have leads


@pytest.mark.parametrize(
    "narrowed",
    [
        # the counted-number branch left out
        r"(?:^|\s)[^\s\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fffA-Za-z]\s?[日場出欠議傍会]",
        # numbers by Unicode class (①) and enclosed forms left out
        r"(?:^|\s)(?:\d{1,2}[.、]\s?|[^\w\s])\s?[日場出欠議傍会]",
        # no blank allowed between lead and label
        r"(?:^|\s)(?:\d{1,2}[.、]|[^\s\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff])[日場出欠議傍会]",
    ],
)
def test_a_too_narrow_precheck_is_caught(narrowed: str) -> None:
    chars = ["▣", "①", "⑴", "❶", "〈", "⌘", "※"]
    lines = [*_lead_lines(chars), *_number_lines()]
    assert _missed(re.compile(narrowed), lines)


# --- the separator hint of the layout stage ----------------------------------------------------


def _separator_texts():
    """Every string of up to five characters over the leaders' and bar's characters and a
    letter, a blank and a line break: each leader run and each way of falling short of one."""
    from itertools import product

    alphabet = "…‥・･.―-ｰー|a \n"
    for size in range(1, 6):
        for chars in product(alphabet, repeat=size):
            yield "".join(chars)


def test_the_separator_hint_finds_what_the_separator_pattern_finds() -> None:
    texts = [*_separator_texts()]
    texts += [text for text in _documents()]
    found = [bool(_layout._ANY_SEPARATOR.search(t)) for t in texts]
    assert any(found) and not all(found)
    assert [bool(_layout._SEPARATOR_HINT.search(t)) for t in texts] == found


def test_a_separator_hint_that_misses_a_leader_is_caught() -> None:
    narrowed = re.compile(r"[…‥・･.|](?:(?<=[…‥])[…‥]|(?<=[・･.])[・･.]{2}|(?<=\|))")
    texts = list(_separator_texts())
    assert [bool(narrowed.search(t)) for t in texts] != [
        bool(_layout._ANY_SEPARATOR.search(t)) for t in texts
    ]
