"""Text broken as PDF extraction breaks it: shared by the re-joining tests and bench/perturb.py."""

from __future__ import annotations


def wrap_at(text: str, width: int) -> str:
    """Every line longer than ``width`` characters cut into lines of ``width``."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def wrap_printed(text: str, half_cells: int) -> str:
    """Lines broken at a printed width: a kanji, kana or full-width form takes two half
    cells, an ASCII character one, as a PDF's text column holds them."""
    out = []
    for line in text.split("\n"):
        start, used = 0, 0
        for i, ch in enumerate(line):
            room = 1 if ch.isascii() else 2
            if used + room > half_cells:
                out.append(line[start:i])
                start, used = i, 0
            used += room
        out.append(line[start:])
    return "\n".join(out)
