"""The unplaced passages counted in NumPy give what the per-line definition gives."""

import random
import unicodedata

import pytest

from shingikai.search import _unplaced

_ALPHABET = [*"あいう会議委員 \t\u3000\n\r\x0c\x85\u2028/pbr ab,。ＡＢ１２ｶﾞe\u0301\u1100\u1161\0"]
# With tags the texts are normalised one by one; without, all at once.
_TAGGED = [*_ALPHABET, "<p>", "<br/>", "<", ">"]


def _reference(source_text: str, placed_texts: list[str]) -> list[str]:
    """The definition, line by line with sets (as it was written before NumPy)."""

    def squash(text):
        return "".join(unicodedata.normalize("NFKC", _unplaced._TAG.sub(" ", text)).split())

    def bigrams(text):
        return {text[i : i + 2] for i in range(len(text) - 1)}

    known = set().union(*(bigrams(squash(t or "")) for t in placed_texts))
    result, current, size = [], [], 0
    for line in source_text.splitlines():
        squashed = squash(line)
        grams = bigrams(squashed)
        if len(squashed) < 2 or len(grams & known) >= _unplaced.PLACED_SHARE * len(grams):
            continue
        current.append(_unplaced._TAG.sub(" ", line).strip())
        size += len(squashed)
        if size >= _unplaced.PASSAGE:
            result.append("\n".join(current))
            current, size = [], 0
    return [*result, "\n".join(current)] if current else result


@pytest.mark.parametrize("alphabet", [_ALPHABET, _TAGGED])
@pytest.mark.parametrize("max_lines", [_unplaced._MAX_LINES, 0])
def test_passages_match_the_line_by_line_definition(monkeypatch, max_lines, alphabet):
    monkeypatch.setattr(_unplaced, "_MAX_LINES", max_lines)  # 0: the path for huge files
    rng = random.Random(7)
    differ = 0
    for _ in range(400):
        # (NUL rarely: a text holding one is normalised on its own)
        chars = alphabet if rng.random() < 0.2 else [c for c in alphabet if c != "\0"]
        source = "".join(rng.choice(chars) for _ in range(rng.randint(0, 400)))
        placed = ["".join(rng.choice(chars) for _ in range(rng.randint(0, 60)))]
        placed.append(source[: rng.randint(0, len(source))])
        want = _reference(source, placed)
        differ += _unplaced.passages(source, placed) != want
    assert differ == 0


def test_a_line_mostly_in_the_items_is_placed():
    source = "出席委員 山田太郎 鈴木花子\n委託先の管理について確認した。\n"
    found = _unplaced.passages(source, ["委託先の管理について確認しました"])
    assert found == ["出席委員 山田太郎 鈴木花子"]
