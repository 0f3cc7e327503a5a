"""Every layout family of issue 11, drawn by the generator: each must read back as drawn.

The generator builds the expected result from the same draw as the text, so these tests
check the layout handling, not a hand-labelled copy. Seeds are fixed: a failure is
reproducible with ``generate(seed, family)``.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from shingikai.minutes.parser import FIELDS, accuracy_counts, parse_minutes
from shingikai.minutes.parser.tests.generator import FAMILIES, generate

SEEDS = range(12)
# Development floor per field over a family's documents (the generated corpus, not held out).
FLOOR = 0.9


def _scores(family: str) -> dict[str, tuple[float, float]]:
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for seed in SEEDS:
        text, expected, _doc = generate(7_000 + seed, family)
        got = parse_minutes(text)
        for field, counts in accuracy_counts(expected, got).items():
            for i, value in enumerate(counts):
                totals[field][i] += value
    return {f: (h / p if p else 1.0, h / e if e else 1.0) for f, (h, p, e) in totals.items()}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_family_reads_back(family: str) -> None:
    scores = _scores(family)
    low = {f: s for f, s in scores.items() if min(s) < FLOOR}
    assert set(scores) == set(FIELDS)
    assert not low, low


@pytest.mark.parametrize("seed", range(8))
def test_speaker_label_on_its_own_line_starts_a_turn(seed: int) -> None:
    """A label alone on its line (【会長】, ‹B委員›, ◆税務課長, (事務局) …) owns the next lines."""
    text, _expected, doc = generate(9_000 + seed, "speaker_labels")
    got = parse_minutes(text)
    for item in got["items"]:
        roles = [u["role"] for u in item["utterances"]]
        assert roles[:4] == ["chair", "department", "member", "department"], (doc.layout, roles)
        assert all(u["speaker"] for u in item["utterances"])
        assert not any(u["text"].startswith(("【", "‹", "<", "◆", "●")) for u in item["utterances"])


def test_web_furniture_is_dropped() -> None:
    text, _expected, _doc = generate(11, "web_page")
    got = parse_minutes(text)
    everything = str(got["items"]) + got["unplaced"]
    for furniture in ("ページの先頭", "KB PDF", "お問い合わせ", "ホーム >", "更新日"):
        assert furniture not in everything


def test_pdf_page_numbers_and_running_headers_are_dropped() -> None:
    text, expected, _doc = generate(5, "pdf_text")
    assert "会議録" in text.split("\n", 3)[2] or "- 1 -" in text or "1/" in text
    got = parse_minutes(text)
    title = expected["meeting"]["title"]
    for item in got["items"]:
        for turn in item["utterances"]:
            assert title not in turn["text"]
            assert "- 1 -" not in turn["text"]


def test_items_without_a_stated_outcome_are_unknown() -> None:
    found = 0
    for seed in range(40):
        text, expected, _doc = generate(seed, "outcomes")
        got = parse_minutes(text)
        for exp, item in zip(expected["items"], got["items"], strict=False):
            if exp["outcome"] == "unknown":
                found += 1
                assert item["outcome"] == "unknown", item["title"]
                assert item["opinion"] is None
    assert found >= 5


def test_confidence_flags_guesses_and_never_invents() -> None:
    text = (
        "令和5年度第1回テスト市個人情報保護審議会\n"
        "本日は令和5年6月1日である。\n会議経過\n特になし。\n"
    )
    got = parse_minutes(text)
    assert got["meeting"]["place"] is None
    assert got["confidence"]["meeting.place"] == 0.0
    assert got["confidence"]["meeting.date"] < 0.75
    assert "meeting.date" in got["flags"]


def test_nothing_recognised_keeps_all_text() -> None:
    text = "あいうえお かきくけこ\nさしすせそ。たちつてと。\nなにぬねの\n"
    got = parse_minutes(text)
    assert len(got["items"]) == 1 and got["items"][0]["kind"] == "other"
    for word in ("あいうえお", "さしすせそ", "なにぬねの"):
        assert word in got["unplaced"]
    assert any("no agenda items" in w for w in got["warnings"])
