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

# A line counts as placed when this share of its bigrams is in the items' text.
PLACED_SHARE = 0.8
PASSAGE = 400
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]{0,40}>")


def _squash(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", _TAG.sub(" ", text)))


def _bigrams(text: str) -> set[str]:
    # (Pairs of adjacent characters joined in C: every character of a file goes through here.)
    return set(map(str.__add__, text[:-1], text[1:]))


def passages(source_text: str, placed_texts: list[str]) -> list[str]:
    """The unplaced lines of a source text, joined into passages of about PASSAGE chars."""
    known = set()
    for text in placed_texts:
        known |= _bigrams(_squash(text or ""))
    result: list[str] = []
    current: list[str] = []
    size = 0
    for line in source_text.splitlines():
        squashed = _squash(line)
        if len(squashed) < 2:
            continue
        grams = _bigrams(squashed)
        if grams and len(grams & known) >= PLACED_SHARE * len(grams):
            continue
        current.append(_TAG.sub(" ", line).strip())
        size += len(squashed)
        if size >= PASSAGE:
            result.append("\n".join(current))
            current, size = [], 0
    if current:
        result.append("\n".join(current))
    return result
