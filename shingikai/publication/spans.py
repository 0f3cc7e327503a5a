"""Character spans withheld from the public, and how they follow the text when it is edited.

Pure (no Django).  Offsets are Python string indices: start inclusive, end exclusive.
Everything here fails closed: when in doubt, more text is hidden, never less.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Sequence

Span = tuple[int, int]
MARKER = "■■■（非公開）"


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping and touching ones joined (one marker for one gap)."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def redact(text: str, spans: Iterable[Span], marker: str = MARKER) -> str:
    parts: list[str] = []
    position = 0
    for start, end in merge(spans):
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            continue
        parts.append(text[position:start])
        parts.append(marker)
        position = end
    parts.append(text[position:])
    return "".join(parts)


def locate(text: str, marks: Sequence[tuple[int, int, str]]) -> list[Span] | None:
    """Where each marked snippet is now: at its offsets, else its nearest occurrence.

    None when a snippet is no longer in the text at all: the caller must then withhold the
    whole text, because the part it was asked to hide may survive in a changed form.
    """
    found: list[Span] = []
    for start, end, snippet in marks:
        if not snippet:
            continue
        if text[start:end] == snippet:
            found.append((start, end))
            continue
        occurrences = []
        at = text.find(snippet)
        while at != -1:
            occurrences.append(at)
            at = text.find(snippet, at + 1)
        if not occurrences:
            return None
        nearest = min(occurrences, key=lambda o: abs(o - start))
        found.append((nearest, nearest + len(snippet)))
    return found


def find_all(text: str, phrase: str) -> list[Span]:
    """Every occurrence of a phrase, so that a name withheld once is withheld everywhere."""
    spans: list[Span] = []
    if not phrase:
        return spans
    at = text.find(phrase)
    while at != -1:
        spans.append((at, at + len(phrase)))
        at = text.find(phrase, at + len(phrase))
    return spans


def folded(text: str) -> tuple[str, list[int]]:
    """The text compared loosely (full/half width and case folded, white space dropped), with
    the index in the original text of every kept character."""
    chars: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        if char.isspace():
            continue
        for piece in unicodedata.normalize("NFKC", char).casefold():
            if not piece.isspace():
                chars.append(piece)
                index.append(position)
    return "".join(chars), index


def find_variants(text: str, phrase: str) -> list[Span]:
    """Every occurrence of a phrase, also when written in other widths, case or spacing
    (山田　太郎, ｙａｍａｄａ): a withheld name retyped another way is still the name."""
    return find_all_variants(text, [phrase])


def find_all_variants(text: str, phrases: Iterable[str]) -> list[Span]:
    """find_variants for several phrases, folding the text once."""
    haystack, index = folded(text)
    found: list[Span] = []
    for phrase in phrases:
        needle, _ = folded(phrase)
        if not needle:
            continue
        at = haystack.find(needle)
        while at != -1:
            found.append((index[at], index[at + len(needle) - 1] + 1))
            at = haystack.find(needle, at + 1)
    return found


def contains_variant(text: str, phrase: str) -> bool:
    return bool(find_variants(text, phrase))


def remap(old: str, new: str, spans: Iterable[Span]) -> list[Span]:
    """Spans of the old text carried over to the edited text.

    Text that replaced, or was inserted at the edge of, a withheld part is withheld too:
    an edit inside "保管場所は■■" is most likely still the storage place.
    """
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    result: list[Span] = []
    for start, end in spans:
        # A span outside the old text (stale offsets) covers the whole new text.
        new_start = min(_candidates(opcodes, start, at_end=False) or [0])
        new_end = max(_candidates(opcodes, end, at_end=True) or [len(new)])
        if new_end > new_start:
            result.append((new_start, new_end))
    return merge(result)


def _candidates(opcodes, position: int, *, at_end: bool) -> list[int]:
    candidates = []
    for tag, i1, i2, j1, j2 in opcodes:
        if not i1 <= position <= i2:
            continue
        if tag == "equal":
            candidates.append(j1 + position - i1)
        else:
            candidates.append(j2 if at_end else j1)
    return candidates
