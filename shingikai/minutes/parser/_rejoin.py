"""PDF clean-up: page breaks taken out, and the lines a PDF broke joined again.

Text extracted from a PDF keeps the page's lines, not the writer's. A header row, a list of
members, an agenda title or an opinion longer than the text column goes on over two or more
lines, and a page break puts a page number and a running header between two lines of the same
sentence. The later stages read a line as a unit (a header row, an agenda entry, a turn), so
they are given the lines as written:

* **Page breaks.** A page number alone on its line (「- 3 -」, 「3/9」), with the blank lines
  and the running header printed beside it (a short line naming the document, 「…会議録」,
  or one repeated at every page break), is taken out, so the last line of one page and the
  first of the next meet. The blank lines above the page number go too when the sentence
  before them is not finished; one cut after 「、」 or inside brackets becomes one line.
* **Broken lines.** A document whose long lines stop at one width was broken there: most of
  its long lines are exactly that long, or (a digit or Latin letter taking half a kanji's
  room) exactly that wide in print, and almost none is longer. A line that fills the column
  is joined to the next unless the next plainly starts something of its own: a speaker or a
  header field (letter-spaced or numbered too); the next of entries laid out alike (the same
  list number or mark, the same indent, as many cells); a list number or mark after a
  finished sentence. A line opening with closing punctuation, an unclosed bracket, a table
  row with fewer cells than the rows above and a mark ending the full line always continue.

Each decision looks at two lines and at what the line being rebuilt has kept as it grew, so
the pass is linear. A document with no page number and no column (text typed as paragraphs,
an HTML page) comes out as ``normalize_chars`` makes it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from . import lexicon as lx
from ._labels import is_body_marker, label_field
from ._normalize import (
    _PAGE_MARKER,
    TERMINAL,
    TRAILING_PAGE,
    compact,
    is_page_marker,
    normalize_chars,
)

# Lines shorter than this say nothing about the width of the text column.
_MIN_WIDTH = 20
_MAX_WIDTH = 160
# How many lines must stop at the width, and how few may pass it, before it is the width.
_MIN_FULL_LINES = 4
_LONGER_SHARE = 0.05
_MIN_FULL_CELL_LINES = 8
_FULL_CELL_SHARE = 0.4

# 「個人情報保護審議会　会議録」, 「審議会会議録(要旨)」, 「会 議 録」: a line naming the document.
_DOC_NAME = re.compile(
    rf"(?:{'|'.join(sorted(lx.DOC_TYPES, key=len, reverse=True))})"
    r"(?:\((?:要旨|概要|要約|抄録|案|速報)\))?$"
)
_RUNNING_MAX = 40

# What opens a line of its own: a speaker or list mark, an agenda number, an item number.
_MARKS = re.escape(lx.SPEAKER_MARKS + lx.FIELD_MARKS + "※・→⇒【〔<《〈[" + lx.ENCLOSED_COUNTERS)
_BLOCK_START = re.compile(
    rf"^(?:[{_MARKS}\u2460-\u2487]|[-*]\s"
    r"|\(\s*(?:\d{1,2}|[アイウエオカキクケコ]|[一二三四五六七八九十]{1,3})\s*\)"
    r"|\d{1,2}(?:[.、)]|\s)"
    r"|[アイウエオカキクケコ](?:[.、)]|\s)"
    r"|[一二三四五六七八九十]{1,3}[、.]"
    r"|第\s*\d{1,3}\s*(?:[.、\s号]|$)"
    r"|(?:(?:令和|平成)\s*\d+\s*年度)?(?:諮問|報告|議案)\s*第\s*\d"
    rf"|(?:{'|'.join(lx.ORDINAL_WORDS)})\s*\d{{1,2}}(?:\s|$))"
)
# A list number before a header label: 「2 場所」, 「1.日時」, 「(3) 出席者」.
# (a one-character number form counts as the header's field leads read it: ① ⑴ ⒈ ❶)
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.、)]?|\(\d{1,2}\)|[\u2460-\u249b\u2776-\u2793])\s*(?=\D)")
# A label letter-spaced (「場  所」, 「説 明 者」): single letters parted by one to three spaces.
_SPACED_LABEL = re.compile(r"^(\S(?:[ \u3000]{1,3}\S){1,5})(?=[ \u3000]{2}|[:：]|$)")
# A header label at the start of a line, alone or before its value: 欠席委員 / 場所：…
_LEAD_LABEL = re.compile(r"^([^\s:：()]{1,14})(?:\([^()]{1,12}\))?(?=[:：\s]|$)")
_OPENERS = "(「『【〔[<《〈"
_ANY_BRACKET = re.compile("[" + re.escape(_OPENERS + ")」』】〕]>》〉") + "]")
# Characters Japanese typesetting never puts at the start of a line (kinsoku).
_NO_LINE_START = "、。,.)」』】〕]>》〉!?"
_SENTENCE_END = frozenset("。.!?」』")
# A list or field mark at the end of a full line belongs to what follows it.
_LINE_END_MARKS = frozenset(lx.SPEAKER_MARKS + lx.FIELD_MARKS + "※・→⇒")
_BARS = "|│┃║"
# A paragraph of a web page copied as text ends with its tag: 「…</p>」, 「…<br>」.
_CLOSING_TAG = re.compile(r"(?:</[A-Za-z][A-Za-z0-9]*|<br\s*/?)>$", re.IGNORECASE)
_TABLE_EDGE = _BARS + "┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝"
_CLOSERS = ")」』】〕]>》〉"
_ANY_TABLE_EDGE = re.compile("[" + re.escape(_TABLE_EDGE) + "]")


def rejoin_pdf_text(
    text: str, is_turn: Callable[[str], bool] = lambda _s: False, normalized: str | None = None
) -> str:
    """``normalize_chars(text)`` with page breaks out and the lines a PDF broke joined again.

    The column's printed width is measured on the text as extracted: folding full-width
    digits and brackets to ASCII (what ``normalize_chars`` does) changes how wide a line was.
    ``is_turn`` says whether a line opens a speaker's turn (the layout stage knows the labels);
    ``normalized`` is ``normalize_chars(text)`` when the caller has it already.
    """
    norm = normalize_chars(text) if normalized is None else normalized
    lines = norm.split("\n")
    # The text's own lines, cut where normalize_chars cuts them (CR, CRLF, form feed).
    raw = text.split("\n") if "\r" not in text and "\f" not in text else _LINE_BREAK.split(text)
    return "\n".join(_rejoin(lines, raw if len(raw) == len(lines) else lines, is_turn))


def rejoin_pdf_lines(
    lines: list[str], is_turn: Callable[[str], bool] = lambda _s: False
) -> list[str]:
    """The same on lines already normalised (their widths measured as they are)."""
    return _rejoin(lines, lines, is_turn)


_LINE_BREAK = re.compile(r"\r\n|[\r\n\f]")
# Where a page number may stand: is_page_marker's pattern, run once over the whole text
# before any line is looked at (most documents have none).
_MARKER_HINT = re.compile(_PAGE_MARKER.pattern, re.IGNORECASE | re.MULTILINE)


def _rejoin(lines: list[str], raw: list[str], is_turn: Callable[[str], bool]) -> list[str]:
    full = _full_lines(raw)
    paged = _paged_headers(lines)
    if paged:  # the page number stands for the whole line, and goes with it
        lines = [paged.get(i, line) for i, line in enumerate(lines)]
    markers = bool(paged) or (
        any(_is_marker(ln) for ln in lines) if _has_marker_hint(lines) else False
    )
    if full is None and not markers:
        return lines  # typed as paragraphs, no page numbers: nothing to do
    kept = _drop_page_breaks(lines, is_turn) if markers else list(enumerate(lines))
    if full is None:
        return [text for _i, text in kept]
    return _join_broken([text for _i, text in kept], [full[i] for i, _t in kept], is_turn)


def _paged_headers(lines: list[str]) -> dict[int, str]:
    """Running headers printed with the page number after a gap (「…審議会 議事録　　3/5」):
    the page number of each, by line. A header counts when it stands on two pages or more or
    names the document; before the meeting's details it is the document's heading, kept
    without the number."""
    found = {
        i: m
        for i, line in enumerate(lines)
        if "  " in line and len(line) < 120 and (m := TRAILING_PAGE.match(line))
    }
    if not found:
        return {}
    # the heading stands before the meeting's details (its date, 日時): after a web page's
    # furniture too, never at a page's foot among the proceedings
    details = _details_start(lines)
    texts = Counter(compact(m.group(1)) for m in found.values())
    return {
        i: m.group(1) if i < details else m.string[m.end(1) :].strip()
        for i, m in found.items()
        if texts[compact(m.group(1))] >= 2 or _DOC_NAME.search(compact(m.group(1)))
    }


def _details_start(lines: list[str]) -> int:
    """Where the meeting's details begin (its date, 日時): above it stands the heading."""
    return next(
        (i for i, ln in enumerate(lines) if _DETAILS.search(ln) and not _PAGE_DATE.search(ln)),
        len(lines),
    )


_DETAILS = re.compile(r"日時|開催日|\d{1,2}\s*月\s*\d{1,2}\s*日")
_PAGE_DATE = re.compile(r"更新|掲載|公開日|作成日|登録日")  # the web page's own dates


def _has_marker_hint(lines: list[str]) -> bool:
    return _MARKER_HINT.search("\n".join(lines)) is not None


def _full_lines(raw: list[str]) -> list[bool] | None:
    """Which lines fill the text column: measured by characters when the document's long
    lines all have one length, by printed width when lines of one printed width differ in
    length (a digit or Latin letter takes half a kanji's room). None without a column."""
    evidence = _evidence(raw)
    by_chars, by_cells = _char_width(evidence), _cell_width(evidence)
    if by_chars is not None and (by_cells is None or _by_characters(raw, by_chars, by_cells)):
        width = by_chars
        return [len(line) >= width for line in raw]
    if by_cells is not None:
        cells = by_cells
        return [len(line) >= _MIN_WIDTH and _cells(line) >= cells - _SLACK for line in raw]
    return None


def _by_characters(raw: list[str], width: int, cells: int) -> bool:
    """Both measures find a column. Broken by print, the lines of the most common length are
    the ones with the most digits and Latin letters, longer than a line of kanji that fills
    the column, and many full lines have other lengths; broken by characters, that length
    is the column's in kanji, and the lines of that length differ in printed width."""
    if 2 * width <= cells + _SLACK:
        return True
    only_chars = only_cells = 0
    for line in raw:
        if len(line) < _MIN_WIDTH:
            continue
        at_width, at_cells = len(line) == width, abs(_cells(line) - cells) <= _SLACK
        only_chars += at_width and not at_cells
        only_cells += at_cells and not at_width
    return only_chars >= only_cells


def _is_marker(line: str) -> bool:
    # (a page number set at the right margin comes with the spaces before it)
    s = line.strip()
    return len(s) < 30 and is_page_marker(s)


# --- page breaks -------------------------------------------------------------------------------


def _drop_page_breaks(lines: list[str], is_turn: Callable[[str], bool]) -> list[tuple[int, str]]:
    """Take out every page number with the blank lines and running header around it; the
    lines kept, each with the index of the line it ends with."""
    repeated = _repeated_beside_markers(lines, is_turn)
    details = _details_start(lines)
    out: list[tuple[int, str]] = []
    i = 0
    n = len(lines)
    while i < n:
        if not _is_marker(lines[i]):
            out.append((i, lines[i]))
            i += 1
            continue
        # A running header printed above the page number (at the top of the page) goes too.
        k = len(out)
        while k and not out[k - 1][1].strip():
            k -= 1
        # (one right above the meeting's details, no other heading between, is the
        # document's heading: 「…会議録」, 「1/3」, then 「1 開催日時 …」)
        nxt_text = next((j for j in range(i + 1, n) if lines[j].strip()), n)
        heading = out[k - 1][0] < details <= nxt_text if k else False
        if k and out[k - 1][1].strip() in repeated and not heading:
            del out[k - 1 :]
        j = i + 1
        while j < n and (
            not lines[j].strip()
            or _is_marker(lines[j])
            # (above the meeting's details a line naming the document once is its heading)
            or (_is_running(lines[j], repeated) and (j >= details or lines[j].strip() in repeated))
        ):
            j += 1
        # Blank lines above the page number part two paragraphs, unless the sentence before
        # them goes on after the break; one cut after 「、」 or inside brackets is one line.
        nxt = lines[j] if j < n else ""
        k = len(out)
        while k and not out[k - 1][1].strip():
            k -= 1
        if k and _unfinished(out[k - 1][1]) and nxt.strip() and not _opens_block(nxt, is_turn):
            del out[k:]
            last = out[-1][1]
            if last.rstrip()[-1:] in "、," or _open_bracket(last):
                out[-1] = (j, last.rstrip() + nxt.lstrip())
                j += 1
        i = j
    return out


def _repeated_beside_markers(lines: list[str], is_turn: Callable[[str], bool]) -> set[str]:
    """Short lines standing next to two or more page numbers (blank lines between allowed),
    but no sentence and no speaker's label (「（会長）」 may open two pages)."""
    seen: Counter[str] = Counter()
    n = len(lines)
    for i, line in enumerate(lines):
        if not _is_marker(line):
            continue
        near: set[str] = set()
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and not lines[j].strip():
                j += step
            if (
                0 <= j < n
                and len(s := lines[j].strip()) <= _RUNNING_MAX
                and not _is_marker(s)
                and s[-1] != "。"  # a sentence (a condition read out twice) heads no page
                and not is_turn(s)
            ):
                near.add(s)
        seen.update(near)
    return {s for s, count in seen.items() if count >= 2}


def _is_running(line: str, repeated: set[str]) -> bool:
    s = line.strip()
    if not s or len(s) > _RUNNING_MAX or s[-1] == "。":
        return False
    return s in repeated or bool(_DOC_NAME.search("".join(s.split())))


# --- broken lines ------------------------------------------------------------------------------


def _evidence(lines: list[str]) -> list[str]:
    """The lines whose length can show a column: long ones with no cell gap inside (rows of
    a table are often all one length too): no tab, two spaces or bar. Plain substring tests,
    three times faster than one regex search per line."""
    out = []
    for line in lines:
        if len(line) >= _MIN_WIDTH:
            s = line.strip()
            if not (
                "\t" in s
                or "  " in s
                or "\u3000\u3000" in s
                or " \u3000" in s
                or "\u3000 " in s
                or "|" in s
                or "｜" in s
                or "│" in s
                or "┃" in s
                or "║" in s
            ):
                out.append(line)
    return out


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was broken at, when its long lines stop there: the most common
    length of a long line, provided almost no line is longer. None for paragraph text."""
    return _char_width(_evidence(lines))


def _char_width(evidence: list[str]) -> int | None:
    counts = Counter(n for ln in evidence if (n := len(ln)) <= 10 * _MAX_WIDTH)
    if not counts:
        return None
    width, full = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    longer = sum(c for n, c in counts.items() if n > width)
    if width > _MAX_WIDTH or full < _MIN_FULL_LINES or longer > _LONGER_SHARE * full:
        return None
    return width


# A full line may fall short of the column by one kanji's room (a kanji does not fit the last
# half cell) or pass it by one (a full stop hung in the margin).
_SLACK = 2


def _cells(line: str) -> int:
    """Printed width in half cells: a kanji, kana or full-width form takes two, an ASCII
    character one (UTF-8 spends three bytes on the first and one on the second, so this
    needs no loop over the characters)."""
    return (len(line) + len(line.encode("utf-8", "replace"))) // 2


def cell_width(lines: list[str]) -> int | None:
    """The printed width the text was broken at: the most common printed width of a long
    line give or take one kanji, provided almost no line is wider and most long lines have it."""
    return _cell_width(_evidence(lines))


def _cell_width(evidence: list[str]) -> int | None:
    counts = Counter(n for ln in evidence if 2 * _MIN_WIDTH <= (n := _cells(ln)) <= 20 * _MAX_WIDTH)
    best, full = 0, 0
    for width in counts:
        near = sum(counts.get(width + k, 0) for k in range(-_SLACK, _SLACK + 1))
        if (near, width) > (full, best):
            best, full = width, near
    longer = sum(c for n, c in counts.items() if n > best + _SLACK)
    # Widths give or take a kanji gather by chance more easily than one exact length: more
    # lines, and most of the long ones, must stop there.
    if not best or best > 2 * _MAX_WIDTH or full < _MIN_FULL_CELL_LINES:
        return None
    if full < _FULL_CELL_SHARE * sum(counts.values()) or longer > _LONGER_SHARE * full:
        return None
    return best


def _join_broken(lines: list[str], full: list[bool], is_turn: Callable[[str], bool]) -> list[str]:
    out: list[str] = []
    entry: _Entry | None = None
    last_full = False  # whether the last line of the entry filled the column
    # Cells of the table being read: the bars of a drawn table's rule or row, the tabs of a
    # tab-separated row; a row with fewer is not over yet.
    cells = _Cells()
    for line, fills in zip(lines, full, strict=True):
        if entry is not None and last_full and _continues(entry, line, is_turn, cells):
            entry.add(line)
        else:
            if entry is not None:
                cells.saw(entry)
                out.append(entry.text())
            entry = _Entry(line)
        last_full = fills
    if entry is not None:
        out.append(entry.text())
    return out


class _Entry:
    """The line being rebuilt, with what the joining needs kept up to date as it grows, so a
    paragraph broken into many lines is read once, never rescanned."""

    def __init__(self, line: str) -> None:
        self.parts = [line]
        self.first = self.last = line
        self.depth = self.tabs = self.bars = self.edges = self.marks = 0
        self._count(line)

    def _count(self, line: str) -> None:
        self.depth = _depth(self.depth, line)
        self.tabs += line.count("\t")
        if _ANY_TABLE_EDGE.search(line):  # most lines have none: one scan, not 28 counts
            self.bars += sum(line.count(c) for c in _BARS)
            self.edges += sum(line.count(c) for c in _TABLE_EDGE)
        self.marks += _marks(line)

    def add(self, line: str) -> None:
        self.parts.append(line)
        self.last = line
        self._count(line)

    def text(self) -> str:
        return "".join(self.parts)

    def inner_tabs(self) -> int:
        """Tabs between cells (not the indent before the row or a gap after it)."""
        if not self.tabs:
            return 0
        first = self.first
        lead = first[: len(first) - len(first.lstrip())].count("\t")
        trail = self.last[len(self.last.rstrip()) :].count("\t")
        return max(0, self.tabs - lead - trail) if self.first.strip() else 0


class _Cells:
    def __init__(self) -> None:
        self.bars = 0
        self.tabs = 0

    def saw(self, row: _Entry) -> None:
        if row.first.lstrip()[:1] in _TABLE_EDGE:
            self.bars = row.edges
        tabs = row.inner_tabs()
        if tabs:
            self.tabs = tabs

    def open(self, row: _Entry) -> bool:
        start, end = row.first.lstrip()[:1], row.last.rstrip()[-1:]
        if start and start in _BARS and (len(row.parts) > 1 or len(row.first.strip()) > 1):
            return end not in _BARS or row.bars < self.bars
        return 0 < row.inner_tabs() < self.tabs


def _continues(entry: _Entry, line: str, is_turn: Callable[[str], bool], cells: _Cells) -> bool:
    """Whether ``line`` goes on with the entry whose last line filled the width.

    A full line is nearly always followed by more of its paragraph (a paragraph that ends
    exactly at the margin is the exception), so the line is joined unless it plainly starts
    something of its own: a speaker or a header field always does, and so does the next of
    a list of entries laid out alike (「第2号議案 …」 under 「第1号議案 …」, an entry indented
    as the one above, a row with as many tabs); a list number or mark does after a finished
    sentence (inside one it is the next entry of an inline list)."""
    s = line.strip()
    if not s or _is_marker(s):
        return False
    if s[0] in _NO_LINE_START or entry.depth > 0 or cells.open(entry):
        return True  # 「…について（」 + 「税務課）」; a line never opens with 「、」
    full = entry.last
    if full.rstrip()[-1:] in _LINE_END_MARKS or (full[-1:].isspace() and line[:1].isspace()):
        return True  # 「… ◆」 + 「出席委員 …」: the mark opens what follows it; a cell gap
    # In a line whose fields each open with a mark (「☆場所 … ☆傍聴 …」) a label without one
    # is a word of a value.
    fields = entry.marks < 2 and _opens_field(line)
    if _TITLE_END.search(full.rstrip()) and _UNIT_BRACKET.match(s):
        return True  # 「…について」 + 「（教育委員会事務局）…」: the title's department, no speaker
    if _ends_sentence(full) and _BRACKET_ALONE.match(s):
        return False  # 「…のか。」 + 「（住宅政策課）」: a speaker's label alone on its line
    if "\t" in s and is_body_marker(s.split("\t", 1)[0].strip()):
        return False  # 「会議の内容<TAB>(1) …」: the proceedings open in a header row
    if full.rstrip()[-1:] in _CLOSERS and _UNIT_CLOSE.search(full) and _BLOCK_START.match(s):
        return False  # 「…について（都市計画課）」 + 「報告1　…」: the next agenda entry
    if fields or is_turn(s) or _short_heading(s) or _parallel(entry, line):
        return False
    return not (_ends_sentence(full) and _BLOCK_START.match(s))


_UNIT_CLOSE = re.compile(r"(?:課|局|室|部|係|センター|事務局|委員会)\s*[)）】〕]\s*$")
_BRACKET_ALONE = re.compile(
    r"^[(（【〔<＜«《〈][^()（）【】〔〕<>＜＞«»《》〈〉\s]{1,20}[)）】〕>＞»》〉]$"
)
_TITLE_END = re.compile(r"(?:について|の件|に関して|に係る(?:報告|諮問))$")
_UNIT_BRACKET = re.compile(
    r"^[(（【〔]\s*[^()（）【】〔〕\s]{1,20}?(?:課|局|室|部|係|センター|事務局|委員会)\s*[)）】〕]"
)
_DIGITS = re.compile(r"\d+")


def _parallel(entry: _Entry, line: str) -> bool:
    """The next entry of a list: it opens as the entry above did, is indented as it is, or
    has as many table cells."""
    tabs = entry.inner_tabs()
    if tabs and line.strip().count("\t") == tabs:
        return True
    first = entry.first.lstrip()
    if not _BLOCK_START.match(first):
        return False
    indent = entry.first[: len(entry.first) - len(first)]
    if indent and line[: len(indent) + 1] == indent + line.strip()[:1]:
        return True
    m = _BLOCK_START.match(line.strip())
    return m is not None and _shape(_BLOCK_START.match(first)) == _shape(m)


def _shape(m: re.Match[str] | None) -> str:
    """A list number or mark as a kind: 「4 」 and 「5 」, 「(1)」 and 「(2)」 are alike."""
    return _DIGITS.sub("0", m.group().strip()) if m else ""


def _unfinished(line: str) -> bool:
    s = line.rstrip()
    return bool(s) and s[-1] not in TERMINAL


def _open_bracket(text: str) -> bool:
    return _depth(0, text) > 0


def _depth(depth: int, text: str) -> int:
    """Brackets still open after ``text``, ``depth`` being open before it."""
    if not _ANY_BRACKET.search(text):
        return depth
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
    return depth


def _opens_block(line: str, is_turn: Callable[[str], bool]) -> bool:
    """A line that starts something of its own: a speaker, a header field, a numbered or
    marked entry, the heading of the proceedings."""
    return bool(_BLOCK_START.match(line.strip())) or _opens_field_or_turn(line, is_turn)


def _opens_field_or_turn(line: str, is_turn: Callable[[str], bool]) -> bool:
    s = line.strip()
    return _opens_field(s) or _short_heading(s) or is_turn(s)


def _short_heading(s: str) -> bool:
    """会議経過 / 審議の概要 alone on its line (the heading of the proceedings is short)."""
    return len(s) <= 40 and is_body_marker(s)


def _opens_field(line: str) -> bool:
    """A header label at the start of the line, alone or before its value, written with
    spaces between its letters or after a list number too: 場所：…, 2 場  所 …, 欠席委員."""
    s = _LIST_NUMBER.sub("", line.strip(), count=1)
    m = _LEAD_LABEL.match(s)
    if m and label_field(m.group(1)) is not None:
        return True
    m = _SPACED_LABEL.match(s)
    return bool(m) and label_field("".join(m.group(1).split())) is not None


_ANY_FIELD_MARK = re.compile("[" + re.escape(lx.FIELD_MARKS.replace("・", "")) + "]")
_FIELD_MARKS = frozenset(lx.FIELD_MARKS) - {"・"}


def _marks(line: str) -> int:
    return sum(1 for ch in line if ch in _FIELD_MARKS) if _ANY_FIELD_MARK.search(line) else 0


def _ends_sentence(line: str) -> bool:
    s = line.rstrip()
    return s[-1:] in _SENTENCE_END or bool(_CLOSING_TAG.search(s))
