"""Imported text the parser placed in no item: indexed against its meeting.

The importer keeps each file's whole text (SourceFile.text) beside the items it found. A
line of that text is "placed" when most of its character bigrams occur in the text of the
meeting's indexed items (titles, numbers, opinions, follow-ups, utterances): the parser
strips speaker labels and joins lines, so an exact comparison would call almost every line
unplaced. The rest (headers, lists of attendees, confirmations of earlier minutes, what the
parser could not read) becomes the meeting's own search document, in passages, so that a
word of a source file always finds at least its meeting.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

# A line counts as placed when this share of its bigrams is in the items' text.
PLACED_SHARE = 0.8
PASSAGE = 400
_TAG = re.compile(r"<[^>]{0,40}>")
_BREAK = ord("\n")
_MAX_LINES = 1 << 21


def _squash(text: str) -> str:
    # (str.split drops what \s matches: both are str.isspace.)
    return "".join(
        unicodedata.normalize("NFKC", _TAG.sub(" ", text) if "<" in text else text).split()
    )


def _squash_all(texts: list[str]) -> list[str]:
    """``_squash`` of each text, normalised in one call when that is the same: no tag to
    strip, and NUL (which no text holds, and normalisation neither makes nor joins to a
    neighbour) to part them."""
    joined = "\0".join(texts)
    if not texts or "<" in joined or joined.count("\0") != max(len(texts) - 1, 0):
        return [_squash(text) for text in texts]
    return ["".join(part.split()) for part in unicodedata.normalize("NFKC", joined).split("\0")]


def _pair_codes(squashed: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Every bigram of the texts as one integer (two code points), with the index of its
    text. The texts are joined by line breaks, which no squashed text holds, and the pairs
    across a break are left out."""
    joined = "\n".join(squashed)
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(
        np.int64
    )
    if len(points) < 2:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    breaks = points == _BREAK
    text_of = np.cumsum(breaks)[:-1]
    inside = ~(breaks[:-1] | breaks[1:])
    return (points[:-1] << 21 | points[1:])[inside], text_of[inside]


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique by sorting (NumPy 2's hashing unique is several times slower here)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))] if len(values) else values


def _placed_lines(lines: list[str], placed_texts: list[str]) -> np.ndarray:
    """For each squashed line: whether PLACED_SHARE of its distinct bigrams are in the
    placed texts. (Counted over the whole file at once in NumPy: per line in Python, the
    bigram sets were a sixth of indexing a bulk import.)"""
    # Sorted, for the binary search below (repeats do no harm there).
    known = np.sort(_pair_codes(_squash_all([text or "" for text in placed_texts]))[0])
    codes, line_of = _pair_codes(lines)
    if len(lines) >= _MAX_LINES:  # (more lines than the key below holds: one at a time)
        known_set = set(known.tolist())
        grams = [{ord(a) << 21 | ord(b) for a, b in zip(t, t[1:], strict=False)} for t in lines]
        totals = np.array([len(g) for g in grams], dtype=np.float64)
        hits = np.array([len(g & known_set) for g in grams], dtype=np.float64)
    else:
        keys = _distinct(line_of << 42 | codes)
        line_of, codes = keys >> 42, keys & ((1 << 42) - 1)
        found = np.searchsorted(known, codes)
        found[found >= len(known)] = 0
        hit = known[found] == codes if len(known) else np.zeros(len(codes), dtype=bool)
        totals = np.bincount(line_of, minlength=len(lines)).astype(np.float64)
        hits = np.bincount(line_of, weights=hit, minlength=len(lines))
    return (totals > 0) & (hits >= PLACED_SHARE * totals)


def passages(source_text: str, placed_texts: list[str]) -> list[str]:
    """The unplaced lines of a source text, joined into passages of about PASSAGE chars."""
    lines = source_text.splitlines()
    squashed = _squash_all(lines)
    placed = _placed_lines(squashed, placed_texts)
    result: list[str] = []
    current: list[str] = []
    size = 0
    for line, text, is_placed in zip(lines, squashed, placed.tolist(), strict=True):
        if len(text) < 2 or is_placed:
            continue
        current.append(_TAG.sub(" ", line).strip())
        size += len(text)
        if size >= PASSAGE:
            result.append("\n".join(current))
            current, size = [], 0
    if current:
        result.append("\n".join(current))
    return result
