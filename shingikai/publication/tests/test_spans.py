"""Withheld spans: merging, replacing, finding again, and following edits — never uncovering."""

from hypothesis import given, settings
from hypothesis import strategies as st

from shingikai.publication.spans import MARKER, find_all, locate, merge, redact, remap

# Distinct characters, so every character's origin can be traced through an edit.
ALPHABET = [chr(0x4E00 + i) for i in range(400)]


@st.composite
def text_and_spans(draw):
    text = "".join(draw(st.permutations(ALPHABET))[: draw(st.integers(1, 60))])
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted).map(tuple),
            max_size=5,
        )
    )
    return text, [(a, b) for a, b in spans if a < b]


def test_merge_joins_overlapping_and_touching_spans():
    assert merge([(5, 7), (0, 2), (2, 3), (6, 9), (4, 4)]) == [(0, 3), (5, 9)]


def test_redact_puts_one_marker_per_gap():
    assert redact("保管場所は第2倉庫である", [(5, 9), (6, 7)]) == f"保管場所は{MARKER}である"


@settings(max_examples=150)
@given(text_and_spans())
def test_no_withheld_character_survives_redaction(case):
    text, spans = case
    public = redact(text, spans)
    withheld = {i for a, b in spans for i in range(a, b)}
    for i, char in enumerate(text):
        assert (char in public) is (i not in withheld)


@settings(max_examples=150)
@given(text_and_spans(), st.data())
def test_edits_never_uncover_a_withheld_character(case, data):
    """Insert, delete or replace anywhere: what was withheld and is still there stays withheld."""
    old, spans = case
    a = data.draw(st.integers(0, len(old)))
    b = data.draw(st.integers(a, len(old)))
    inserted = "".join(data.draw(st.lists(st.sampled_from("あいうえおかきくけこ"), max_size=6)))
    new = old[:a] + inserted + old[b:]
    moved = remap(old, new, spans)
    public = redact(new, moved)
    withheld = {old[i] for s, e in spans for i in range(s, e)}
    for char in withheld:
        assert char not in public
    # Text far from any edit and any span is still shown.
    for i, char in enumerate(old):
        if (
            char in new
            and char not in withheld
            and all(i < s - 1 or i > e for s, e in spans)
            and not (a - 1 <= i <= b)
        ):
            assert char in public


def test_a_rewritten_part_stays_withheld():
    old = "保管場所は第2倉庫である。"
    new = "保管場所は第3倉庫（北棟）である。"
    (span,) = remap(old, new, [(5, 9)])
    assert redact(new, [span]) == f"保管場所は{MARKER}である。"


def test_locate_follows_moved_text_and_gives_up_when_it_is_gone():
    assert locate("前置き。秘密の場所", [(0, 2, "秘密")]) == [(4, 6)]
    assert locate("秘密はない", [(0, 2, "秘密")]) == [(0, 2)]
    assert locate("何もない", [(0, 2, "秘密")]) is None


def test_find_all_finds_every_occurrence():
    assert find_all("山田と山田", "山田") == [(0, 2), (3, 5)]
    assert find_all("山田", "") == []
