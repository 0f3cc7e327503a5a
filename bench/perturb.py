"""Layout robustness: the development corpora re-laid out, scored against their own labels.

A parser that learned the layouts it was shown scores well on its development sets and
worse on minutes written by someone else. New hand-labelled minutes are slow to come by, so
this bench asks a cheaper question of the documents we already have: does the score hold when
the same minutes are laid out differently in ways real minutes are (the families of issue 11)?
Every change below keeps the expected labels true — it moves, wraps, spaces or surrounds the
words, never rewrites them — so the labelled JSON scores the changed text as it scores the
original.

  pdf-pages     a running header and a page number (「- 3 -」 / 「3/9」) every 35 lines
  web-chrome    breadcrumbs, a menu and 「ページの先頭です」 before; a footer after
  wrap          lines longer than 40 characters broken into 40-character lines (A4, 10.5 pt)
  wrap-36 / wrap-45   the same at 36 and 45 characters (other type sizes and margins)
  wrap-cells    lines broken at the printed width of 40 kanji, a digit or Latin letter taking
                half a kanji's room (so lines of one width differ in length, as in a PDF)
  pages-30      pdf-pages with a page of 30 lines
  wrap+pages    wrap, then pdf-pages: page breaks inside broken sentences and lists
  spaced        short lines (≤ 10 characters) in the first 40 lines letter-spaced
  full-width    ASCII digits, letters and ':' '(' ')' as their full-width forms
  indent        every line indented by a full-width space
  label-line    a speaker's turn 「○山田委員　…」 as the label alone in 【】 on its line, the
                words on the next (the speech and its speaker are unchanged)
  label-angle   the same turn as 「＜山田委員＞…」 on one line
  header-2col   a header row 「２　場所　市役所３階」 as a flattened two-column table: the
                label on its line, the value on the next
  header-1line  consecutive header rows (blank lines between them allowed) run together on
                one line, each after 「●」, as a 要録 on a few long lines
  cp932-crlf    the text encoded as CP932 with CRLF line ends (documents CP932 cannot hold
                are left out of this row)

Only plain-text documents are changed (an HTML page's layout is its markup). Figures are
micro-averaged F1 per field; the first column is the unchanged text, the others the change
in points against it.

Run: .venv/bin/python bench/perturb.py [DIR ...]   (default: the development corpora under
tests/heldout, see DEVELOPMENT_SETS, plus the parser's own expected documents)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from shingikai.minutes.parser.tests.relayout import wrap_at, wrap_printed  # noqa: E402

LINES_PER_PAGE = 35
WRAP_AT = 40  # characters per line of A4 minutes in 10.5-point type
SHORT_LINE = 10
HEADER_LINES = 40


def pdf_pages(text: str, rng: random.Random, per_page: int = LINES_PER_PAGE) -> str:
    lines = text.split("\n")
    pages = (len(lines) + per_page - 1) // per_page
    running = rng.choice(["個人情報保護審議会　会議録", "審議会会議録（要旨）", "会 議 録"])
    out: list[str] = []
    for page in range(pages):
        out.extend(lines[page * per_page : (page + 1) * per_page])
        out.append(rng.choice([f"- {page + 1} -", f"{page + 1}/{pages}", f"－{page + 1}－"]))
        if page + 1 < pages:
            out.extend(["\f" + running, ""])
    return "\n".join(out)


def web_chrome(text: str, rng: random.Random) -> str:
    before = [
        "本文へ移動",
        "文字サイズ 標準 拡大 | 背景色 白 黒 青",
        "ホーム > 市政情報 > 附属機関・審議会等 > 会議録",
        "ページの先頭です",
        "更新日：2026年11月20日",
        "",
    ]
    after = [
        "",
        "この会議録のPDF版 [312KB PDFファイル]",
        "このページの先頭へ",
        "よくある質問 | サイトマップ | 個人情報の取り扱い | ウェブアクセシビリティ",
        "Copyright © All rights reserved.",
    ]
    rng.shuffle(after[1:3])
    return "\n".join([*before, text, *after])


def wrap(text: str, rng: random.Random, width: int = WRAP_AT) -> str:
    return wrap_at(text, width)


def wrap_cells(text: str, rng: random.Random, cells: int = 2 * WRAP_AT) -> str:
    return wrap_printed(text, cells)


def spaced(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines[:HEADER_LINES]):
        stripped = line.strip()
        if 1 < len(stripped) <= SHORT_LINE and " " not in stripped and "\u3000" not in stripped:
            lines[i] = " ".join(stripped)
    return "\n".join(lines)


_FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789:()ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def full_width(text: str, rng: random.Random) -> str:
    return text.translate(_FULL_WIDTH)


def indent(text: str, rng: random.Random) -> str:
    return "\n".join("\u3000" + line if line.strip() else line for line in text.split("\n"))


# A turn opened by ○/◯, its label (no space inside, at most 14 characters) and a space.
_TURN = re.compile(r"^[○◯]\s*([^\s○◯]{1,14})[ \u3000]+(\S.*)$")


def label_line(text: str, rng: random.Random) -> str:
    return "\n".join(_TURN.sub(r"【\1】\n\2", line) for line in text.split("\n"))


def label_angle(text: str, rng: random.Random) -> str:
    return "\n".join(_TURN.sub(r"＜\1＞\2", line) for line in text.split("\n"))


# A header row: an optional ordinal, a field label, a space or colon, the value.
_HEADER_ROW = re.compile(
    r"^[ \u3000]*((?:[0-9０-９]+[.．、 \u3000]*|[（(][0-9０-９]+[)）][ \u3000]*)?"
    r"(?:開催日時|日時|開催場所|場所|会場|出席委員|出席者|欠席委員|欠席者|傍聴者|傍聴人|傍聴))"
    r"[ \u3000:：]+(\S.*)$"
)


def header_two_columns(text: str, rng: random.Random) -> str:
    return "\n".join(_HEADER_ROW.sub(r"\1\n\2", line) for line in text.split("\n"))


def header_one_line(text: str, rng: random.Random) -> str:
    out: list[str] = []
    run: list[str] = []  # header rows met since the last other line
    for line in text.split("\n"):
        match = _HEADER_ROW.match(line)
        if match:
            run.append(f"● {match.group(1).strip()}　{match.group(2)}")
        elif not line.strip() and run:
            continue  # a blank line inside a run of header rows
        else:
            if run:
                out.append(" ".join(run))
                run = []
            out.append(line)
    if run:
        out.append(" ".join(run))
    return "\n".join(out)


PERTURBATIONS = {
    "pdf-pages": pdf_pages,
    "web-chrome": web_chrome,
    "wrap": wrap,
    "wrap-36": lambda text, rng: wrap(text, rng, 36),
    "wrap-45": lambda text, rng: wrap(text, rng, 45),
    "wrap-cells": wrap_cells,
    "pages-30": lambda text, rng: pdf_pages(text, rng, 30),
    "wrap+pages": lambda text, rng: pdf_pages(wrap(text, rng), rng),
    "spaced": spaced,
    "full-width": full_width,
    "indent": indent,
    "label-line": label_line,
    "label-angle": label_angle,
    "header-2col": header_two_columns,
    "header-1line": header_one_line,
    "cp932-crlf": None,  # a change of bytes, not of text: see document_bytes()
}


def document_bytes(text: str, perturbation: str, rng: random.Random) -> bytes | None:
    if perturbation == "cp932-crlf":
        try:
            return text.replace("\n", "\r\n").encode("cp932")
        except UnicodeEncodeError:
            return None
    return PERTURBATIONS[perturbation](text, rng).encode("utf-8")


# Corpora the parser has been developed on (tests/heldout/README.md tells each one's story).
# A held-out corpus joins this list only once it has been opened for development: changing
# the parser by what this bench shows on a held-out corpus would spend it.
DEVELOPMENT_SETS = ("12", "12b", "12c", "12d", "12e", "12f", "12g", "12h")


def default_corpora() -> list[Path]:
    heldout = REPO / "tests" / "heldout"
    parser_tests = REPO / "shingikai" / "minutes" / "parser" / "tests"
    corpora = [parser_tests / "expected"]
    corpora += [heldout / f"minutes-2026-{name}" for name in DEVELOPMENT_SETS]
    return [corpus for corpus in corpora if corpus.is_dir()]


def documents(corpus: Path) -> list[tuple[Path, Path]]:
    """(document, expected JSON) pairs; the parser's own expected set finds its inputs apart."""
    search = [corpus]
    if corpus.name == "expected":
        search = [REPO / "tests" / "samples" / "minutes", corpus.parent / "docs"]
    inputs = {p.stem: p for folder in search for p in folder.glob("*.txt")}
    return [(inputs[e.stem], e) for e in sorted(corpus.glob("*.json")) if e.stem in inputs]


def f1(hits: int, predicted: int, expected: int) -> float:
    precision = hits / predicted if predicted else 1.0
    recall = hits / expected if expected else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    import django

    django.setup()
    from shingikai.minutes import extract
    from shingikai.minutes.parser import FIELDS, MinutesError, accuracy_counts, decode_bytes

    corpora = args.corpora or default_corpora()
    pairs = [pair for corpus in corpora for pair in documents(corpus)]
    columns = ["none", *PERTURBATIONS]
    # Each change is compared with the unchanged text of the same documents (a change that
    # cannot be made to a document leaves it out of both sides of that comparison).
    totals: dict[str, dict[str, list[int]]] = {c: defaultdict(lambda: [0, 0, 0]) for c in columns}
    baselines: dict[str, dict[str, list[int]]] = {
        c: defaultdict(lambda: [0, 0, 0]) for c in columns
    }
    counted = dict.fromkeys(columns, 0)
    failures: dict[str, int] = dict.fromkeys(columns, 0)

    def score(data: bytes, name: str, column: str) -> dict:
        try:
            return extract.extract(data, name).parsed
        except MinutesError:
            failures[column] += 1
            return {}

    def add(into: dict, expected: dict, actual: dict) -> None:
        for field, counts in accuracy_counts(expected, actual).items():
            for i, value in enumerate(counts):
                into[field][i] += value

    for source, expected_path in pairs:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        original = source.read_bytes()
        # Line ends are made LF first, so that the CRLF change never doubles a CR.
        text = unicodedata.normalize("NFC", decode_bytes(original)).replace("\r\n", "\n")
        unchanged = score(original, source.name, "none")
        for column in columns:
            rng = random.Random(f"{args.seed}:{source.name}:{column}")
            data = original if column == "none" else document_bytes(text, column, rng)
            if data is None:
                continue
            actual = unchanged if column == "none" else score(data, source.name, column)
            counted[column] += 1
            add(totals[column], expected, actual)
            add(baselines[column], expected, unchanged)
    print(f"{len(pairs)} plain-text documents from {len(corpora)} corpora;", end=" ")
    print("F1, and the change in points")
    print(f"{'field':<26}" + "".join(f"{c:>13}" for c in columns))
    for field in FIELDS:
        base = f1(*totals["none"][field])
        row = f"{field:<26}{base:>13.3f}"
        for column in columns[1:]:
            change = f1(*totals[column][field]) - f1(*baselines[column][field])
            row += f"{change * 100:>+13.1f}"
        print(row)
    print(f"{'documents scored':<26}" + "".join(f"{counted[c]:>13}" for c in columns))
    if any(failures.values()):
        print(f"{'refused (MinutesError)':<26}" + "".join(f"{failures[c]:>13}" for c in columns))


if __name__ == "__main__":
    main()
