"""The header table: label/value rows before the proceedings, and what they say.

Headers come as tab-separated tables (PDF and HTML extracts), pipe tables, ``label：value``
lines, numbered ``1 日時 …`` lines, or several pairs flattened onto one line.  Labels are
matched after removing spaces, so ``会 議 名`` and ``会議名`` are the same label.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from ._agenda import AgendaItem, number_key, ordinal_style, parse_agenda, split_entry
from ._labels import (
    LABEL_FIELD,
    LABEL_MARKS,
    LABEL_TRIM,
    LIST_NOTE,
    SECTION_LABELS,
    is_body_marker,
    label_field,
)
from ._layout import is_label
from ._names import MEMBER_ROLE_WORDS, clean_person_name, is_staff_entry, split_people, units_in
from ._normalize import (
    CJK,
    NUMBER_FORMS,
    collapse_letter_spacing,
    compact,
    strip_tags,
    tags_to_breaks,
)

# A sub-list inside the attendance row opens a group: ``(2) 事務局 …``, ``(委員)``, ``委員：``.
_MEMBER_CATEGORY_ENDS = "代表|経験者|関係者|団体|公募|推薦"
_GROUP = re.compile(
    r"(?:^|(?<=\s))\(\d{1,2}\)\s*([^\s:：()]{2,10})(?=[\s:：(]|$)"
    r"|[(（【\[<〔〈《〖]\s*([^)）】\]>〕〉》〗]{1,12}?)\s*[)）】\]>〕〉》〗]"
    rf"|(?:^|(?<=\s))(委員|{'|'.join(lexicon.SPEAKER_UNIT_ROLES)}|[^\s:：、,()]{{1,8}}出席者"
    # the members' own categories: 「学識経験者：…」, 「町民代表：…」, 「関係団体：…」
    rf"|[^\s:：、,()]{{0,6}}(?:{_MEMBER_CATEGORY_ENDS}))\s*[:：]"
    # or marked at a line's start: 「○区民委員　宇津木 恵、…」
    r"|(?:^|(?<=\n))[ \t]*[○◯●◆・■]\s*((?!出席|欠席)[^\s:：、,()○◯●◆・■]{1,4}委員)(?=\s)"
    # a group word at a line's start set off by a wide gap: 「町　　総務課長 野口」
    r"|(?:^|(?<=\n))[ \t]*([^\s:：()（）、,\[\]【】<>]{1,6})(?=[ \t]{2,})"
    # a group word alone on its line, with or without its unit: 「事務局（総務課）」, 「説明員」
    r"|(?:^|(?<=\n))[ \t]*([^\s:：()（）、,\[\]【】<>]{2,8})(?:\s*\([^()\n]{1,12}\))?[ \t]*(?=\n|$)"
)
_ABSENT = re.compile(r"[●■・◆]?\s*(?:委員)?欠席(?:者|委員)?(?:\s*[:：]|\s|(?=な|無|\d))")
_PRESENT = re.compile(r"[●■・◆]?\s*出席(?:者|委員)?\s*[:：]")
_TIME = r"(?:午前|午後)?\s*\d{1,2}\s*(?::\s*\d{2}|時\s*(?:\d{1,2}\s*分|半)?)"
# Any dash or wave between the times: ~ - ― ‐ — – (the folded ones and those NFKC keeps).
# 「10時～11時」, 「10時から11時まで」, 「10時より11時まで」, 「自 午後1時 至 午後3時」
TIME_RANGE = re.compile(rf"({_TIME})\s*(?:[~\-―‐—–]|から|より|至)\s*({_TIME})(?:\s*まで)?")
TIME_ONE = re.compile(_TIME)


@dataclass
class Header:
    """Label/value rows of the header plus lines before the table (the document heading)."""

    rows: list[tuple[str, str]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    body_start: int = 0
    marker_found: bool = False

    def values(self, fld: str) -> list[str]:
        return [v for f, v in self.rows if f == fld]

    def first(self, fld: str) -> str:
        vals = self.values(fld)
        return vals[0] if vals else ""


def _pair(label_cell: str, fld: str | None, value: str) -> tuple[str | None, str]:
    """A 報告事項 / 審議事項 row keeps its label as a section line for the agenda parser."""
    label = compact(LABEL_TRIM.sub("", strip_tags(label_cell)))
    if fld == "agenda" and label in SECTION_LABELS:
        return fld, f"{label}\n{value}"
    return fld, value


def _pairs_from_cells(cells: list[str]) -> list[tuple[str | None, str]]:
    """Walk cells of one table row: a known label cell starts a new label/value pair."""
    pairs: list[tuple[str | None, str, list[str]]] = []
    for i, cell in enumerate(cells):
        fld = label_field(cell) if cell.strip() else None
        if fld is not None and (i == 0 or not pairs or pairs[-1][2] or fld == "ignore"):
            pairs.append((fld, cell, []))
        elif pairs:
            pairs[-1][2].append(cell)
        else:
            pairs.append((None, "", [cell]))
    return [_pair(label, f, "\t".join(v)) for f, label, v in pairs]


# A label letter-spaced with one or more spaces at the start of a line: ``日　　時``.
# Any separator may follow it (「日　時＝…」, 「場 所／…」), as after an unspaced label.
_SPACED_LABEL = re.compile(rf"^[{CJK}](?:[ \t]+[{CJK}])+(?=[ \t:：=/|]|$)")
_LEAD = re.compile(
    # a list ordinal: 1 / 一、 / Ⅳ or IV (a Roman numeral, in the number forms or in letters)
    rf"^[\s{LABEL_MARKS}]*(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}}(?=[、\s])"
    r"|(?:X{0,1}(?:IX|IV|V?I{1,3}|V))(?=[.、\s]))(?:[.、]\s*|\s+)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][.、]?\s*)?"
    rf"[{LABEL_MARKS}]*"
)
# Any ordinal shape in front of a label, tried when the plain lead leaves no label:
# 「第1　日時」, 「(2)開催日時」, 「第三、場所」, 「ア　日時」, 「[3] 場所」.
# A one-character number of the enclosed forms counts like a bracketed digit: ① ⑴ ⒈ ❶ ➀ ㉑.
_ORDINAL_LEAD = re.compile(
    rf"^(?:[{NUMBER_FORMS}][.、]?\s*|第\s*[0-9一二三四五六七八九十]{{1,3}}\s*[.、]?\s*"
    r"|[(\[<【〔〈《]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Za-zア-ンｱ-ﾝ])\s*[)\]>】〕〉》]\s*"
    r"|(?:\d{1,2}|[A-Za-zア-ン])\s*[).、]\s*|[アイウエオカキクケコサシスセソ]\s+)"
)
# A label set in any bracket pair: 〔日時〕, 〖場所〗, 《会議名》 -> 【日時】.
# A head count may sit inside with the label: 《出席委員（7名）》 -> 【出席委員】(7名).
_LABEL_BRACKETS = re.compile(
    r"[〔〖《〈「『≪«‹({]([^\s〕〗》〉」』≫»›)}(]{2,10})(\(\d{1,2}\s*[名人]\))?[〕〗》〉」』≫»›)}]"
)
# A separator between a label and its value other than a colon: 「日時／…」, 「場所＝…」.
_SLASH_SEP = re.compile(r"^([^\s/=]{2,16})\s*[/=]\s*")
_SHORT_THEN_COLON = re.compile(r"[^\s\d:：]{1,6}[:：]")


_KANJI_LEAD = re.compile(r"^[一二三四五六七八九十]{1,3}[、.]?\s*")
# A letter-spaced label in brackets: <時 間>, 【場　所】.
_BRACKETED_SPACED = re.compile(r"^([<【\[])([^>】\]]{2,16})([>】\]])")


def _split_flat(line: str) -> list[tuple[str | None, str]]:
    """``会議名 X 日時 Y 場所 Z`` or ``日時：Y`` on one line -> label/value pairs.

    A leading list number or mark (``1　``, ``◇``) is dropped, and so are paragraph tags
    around the line (``<p>日時：…</p>``).
    """
    plain = strip_tags(line).strip()
    if plain[:1] in _CIRCLES:
        plain = _circled_field(plain)
    s = _LEAD.sub("", plain, count=1)
    numbered = s != plain and plain[:1].isdigit()
    s = _spaced_label(s)
    s = _BRACKETED_SPACED.sub(lambda m: m.group(1) + compact(m.group(2)) + m.group(3), s)
    s = collapse_letter_spacing(s.strip())
    pattern = _flat_pattern()
    if not pattern.match(s) and _SHORT_VALUE.search(s):
        # 「傍 聴 者　な し」 comes out of the letter-spacing repair as 「傍聴者なし」: a label
        # run into a short value (なし, 3名, 公開) is set off from it
        glued = _glued_label(s)
        if glued != s and _SHORT_VALUE.fullmatch(glued.split(" ", 1)[1]):
            s = glued
    marked = plain[:1] in LABEL_MARKS and _marked_label_at_start(s)
    if not pattern.match(s) and not marked:
        s = _KANJI_LEAD.sub("", s, count=1)  # 「八議題」: a kanji ordinal run into its label
    if not pattern.match(s) and not marked:
        s = _general_label_shape(s, pattern, numbered)
    if not pattern.match(s) and not marked:
        return _unlisted_row(s)  # no known label at the start: the long alternation need not scan
    # a label starts the line, follows a gap, or is bracketed (「…【場所】…」 needs no gap)
    matches = [
        m
        for m in pattern.finditer(s)
        if m.start() == 0
        or s[m.start() - 1] in " \t|"
        or s[m.start()] in "【[<"
        # 「… ● (3)開催場所 …」: a mark and a number (a lead is a few characters long)
        or _NEXT_LEAD.search(s, max(0, m.start() - 8), m.start())
        # 「1 会議名 … 2 日時 … 3 場所 …」: a line that opens with a number counts its fields
        or (numbered and _NUMBER_LEAD.search(s, max(0, m.start() - 4), m.start()))
    ]
    matches = _with_marked_labels(s, matches, marked)
    if not matches or matches[0].start() != 0:
        return []
    pairs = []
    for m, nxt in zip(matches, [*matches[1:], None], strict=True):
        value = s[m.end() : nxt.start() if nxt else len(s)].strip(" :：|")
        if nxt:  # 「場所 X ● 出席委員 …」, 「場所 X ● 4 出席者 …」: the mark opens the next label
            value = _NEXT_LEAD.sub("", value).rstrip(f" {LABEL_MARKS}{_CIRCLES}")
            if numbered:
                value = _NUMBER_LEAD.sub("", value)
        label = compact(m.group(1))
        fld = LABEL_FIELD.get(label) or _field_by_words(label) or "ignore"
        pairs.append(_pair(m.group(1), fld, value))
    return pairs


# A word after a list mark inside a flattened header line: 「● 会議の内容」.
_MARKED_WORD = re.compile(rf"[{LABEL_MARKS}]\s*([^\s{LABEL_MARKS}]{{2,10}})(?=\s|$)")


# What opens the next label at a value's end: a mark and its list number (「● 4」, 「■(3)」).
_NUMBER_LEAD = re.compile(r"\s\d{1,2}\s?$")
_NEXT_LEAD = re.compile(rf"\s*[{LABEL_MARKS}○〇◯]\s*(?:\d{{1,2}}[.、]?|\(\d{{1,2}}\))\s*$")
# A label nobody listed, set off by a list mark before it and a colon after it
# (「■公開の別：公開」, 「● 説明のため出席した職員：…」): read by the words it holds.
_MARKED_LABEL = re.compile(rf"[{LABEL_MARKS}]\s*([^\s:：{LABEL_MARKS}]{{2,12}}?)\s*[:：]\s*")
_MARKED_LABEL_AT_START = re.compile(r"([^\s:：]{2,12}?)\s*[:：]\s*")
# Unmarked, a longer label set off by a colon or a gap: 「出席した委員：」, 「構成員　…」.
_UNLISTED_LABEL_AT_START = re.compile(r"([^\s\d:：、。,()（）「」]{3,10}?)(?:\s*[:：]\s*|\s+)")
# Most telling word first: 説明のため出席した職員 are staff, not members present.
_FIELD_WORDS = (
    ("説明", "staff"),
    ("事務局", "secretariat"),
    ("職員", "staff"),
    ("欠席", "absent"),
    ("出席", "attendance"),
    ("傍聴", "public"),
    ("公開", "public"),
    ("日時", "datetime"),
    ("場所", "place"),
    ("会場", "place"),
)
# Unmarked, only a label's own words count, never a speaker's (説明者, 委員長, 事務局):
# 「出席した委員」, 「会議出席者」, 「構成員」, 「参加委員」.
_UNMARKED_FIELD_WORDS = (
    ("欠席", "absent"),
    ("出席", "attendance"),
    ("構成員", "attendance"),
    ("参加委員", "attendance"),
    ("傍聴", "public"),
    ("公開", "public"),
    ("日時", "datetime"),
    ("場所", "place"),
    ("会場", "place"),
)


def _field_by_words(label: str) -> str | None:
    return next((fld for word, fld in _FIELD_WORDS if word in label), None)


def _unlisted_field(label: str) -> str | None:
    """The field of an unmarked label nobody listed, by its words; it starts with a kanji
    (「◯委員」 is a speaker) and is no role (委員長)."""
    if not _KANJI_START.match(label) or label in MEMBER_ROLE_WORDS:
        return None
    return next((fld for word, fld in _UNMARKED_FIELD_WORDS if word in label), None)


_KANJI_START = re.compile(r"^[\u3400-\u9fff々]")


def _unlisted_row(s: str) -> list[tuple[str | None, str]]:
    """「出席した委員：…」, 「構成員　…」: one row under a label read by its words."""
    m = _UNLISTED_LABEL_AT_START.match(s)
    fld = _unlisted_field(m.group(1)) if m else None
    if fld is None or not s[m.end() :].strip():
        return []
    return [(fld, s[m.end() :].strip())]


def _marked_label_at_start(s: str) -> bool:
    """A line that opened with a list mark and goes on with an unlisted label that names a
    field (「■公開の別：公開」)."""
    m = _MARKED_LABEL_AT_START.match(s)
    return bool(m) and _field_by_words(m.group(1)) is not None


def _with_marked_labels(
    s: str, matches: list[re.Match[str]], at_start: bool
) -> list[re.Match[str]]:
    """Known-label matches plus the marked unlisted labels that name a field, in order."""
    if not any(c in s for c in LABEL_MARKS) and not at_start:
        return matches
    found = [m for m in _MARKED_LABEL.finditer(s) if _field_by_words(m.group(1)) is not None] + (
        [_MARKED_LABEL_AT_START.match(s)] if at_start else []
    )
    taken = [(m.start(), m.end()) for m in matches]
    extra = [
        m
        for m in found
        if m is not None
        and compact(m.group(1)) not in LABEL_FIELD
        and not any(a < m.end() and m.start() < b for a, b in taken)
    ]
    return sorted(matches + extra, key=lambda m: m.start()) if extra else matches


# ○ opens speaker turns, so it is no label mark in general; before a label that names a
# meeting detail (○日時, 〇会議名) it is one: no speaker is called 日時.
_CIRCLES = "○〇◯"
_CIRCLED_FIELDS = frozenset(
    {"title", "datetime", "time", "time_end", "place", "attendance", "absent", "public", "agenda"}
)


def _circled_field(plain: str) -> str:
    rest = _spaced_label(plain[1:].lstrip())  # 「○日　時　…」 as 「○日時　…」
    m = _flat_pattern().match(rest)
    fld = LABEL_FIELD.get(compact(m.group(1))) if m else None
    if fld in _CIRCLED_FIELDS:
        return rest
    if fld in ("secretariat", "staff") and "。" not in rest:
        return rest  # 「○事務局　総務課長　細川　弘明、…」: a list of officials, not words spoken
    return plain


def _label_bracket(m: re.Match[str]) -> str:
    if compact(m.group(1)) not in LABEL_FIELD:
        return m.group()
    return f"【{m.group(1)}】{m.group(2) or ''}"


def _general_label_shape(s: str, pattern: re.Pattern[str], numbered: bool = False) -> str:
    """A label of an unfamiliar shape, judged by its parts rather than a list of layouts:
    any ordinal in front (第1, (2), [3], ア.), any bracket pair around it, or a slash or
    equals sign after it. The line is rewritten only when a known label then opens it."""
    t = _ORDINAL_LEAD.sub("", s, count=1)
    if t[:1] and not t[:1].isalnum():
        t = _LABEL_BRACKETS.sub(_label_bracket, t)
    m = _SLASH_SEP.match(t)
    if m and compact(m.group(1)) in LABEL_FIELD and not _SHORT_THEN_COLON.match(t, m.end()):
        t = f"{m.group(1)}：{t[m.end() :]}"  # 「公開/非公開：公開」 is one label with a colon
    found = pattern.match(t)
    if found is None and (t != s or numbered):
        t = _glued_label(t)  # 「3　出席委員会長…」: an ordinal, then a label run into its value
        found = pattern.match(t)
    if found is None:
        return s
    if t != s and compact(found.group(1)) in SECTION_LABELS and t[found.end() :].strip():
        return s  # 「(4) 報告事項 …について」 is a numbered agenda entry, not a label row
    return t


_SHORT_VALUE = re.compile(r"(?:なし|無し|ゼロ|\d{1,3}[名人]|公開|非公開)$")
# Fields whose label may run straight into its value after a list ordinal.
_GLUED_FIELDS = frozenset(
    {"title", "datetime", "time", "place", "attendance", "absent", "public", "secretariat", "staff"}
)


def _glued_label(t: str) -> str:
    """The longest known label (3+ characters, or a date/place one) at the start of a
    numbered line, set off from the value it was printed against."""
    for k in range(min(len(t) - 1, 10), 1, -1):
        fld = LABEL_FIELD.get(t[:k])
        if fld in _GLUED_FIELDS and (k >= 3 or fld in ("datetime", "place")):
            return f"{t[:k]} {t[k:]}"
    return t


def _spaced_label(s: str) -> str:
    """Join a letter-spaced label at the start (``出 席 委 員 会 長 上野`` -> ``出席委員 会 長…``):
    the longest run of spaced single characters that is a known label."""
    m = _SPACED_LABEL.match(s)
    if not m:
        return s
    chars = list(re.finditer(r"\S", m.group()))
    if not s[m.end() :].strip() and "".join(c.group() for c in chars) not in LABEL_FIELD:
        return s  # 「議　事　録」 alone: a spaced heading, not 議事 with a value 録
    for k in range(len(chars), 1, -1):
        label = "".join(c.group() for c in chars[:k])
        if label in LABEL_FIELD:
            return label + s[chars[k - 1].end() :]
    return s


_FLAT_CACHE: list[re.Pattern[str]] = []
# Only a list's own note is skipped; 公開(傍聴者なし) keeps its bracket as the value.
_LIST_NOTE = LIST_NOTE


def _flat_pattern() -> re.Pattern[str]:
    if not _FLAT_CACHE:
        labels = sorted(LABEL_FIELD, key=len, reverse=True)
        alt = "|".join(re.escape(x) for x in labels if len(x) >= 2)
        # A note may follow the label before its value: 出席委員(9名) 五十音順・敬称略.
        _FLAT_CACHE.append(
            re.compile(
                rf"[【\[<]?({alt})(?:{_LIST_NOTE}?[】\]>]{_LIST_NOTE}?\s*[:：]?\s*"
                rf"|{_LIST_NOTE}?(?:\s*[:：]\s*|\s+|$))"
            )
        )
    return _FLAT_CACHE[0]


def parse_header(lines: list[str]) -> Header:
    """Find the header rows and where the body starts.

    The body starts after a marker line such as ``会議経過`` or ``(審議経過)``.  Without a
    marker, the header is the first run of label rows and the lines continuing them; the
    first line after a blank that is neither a row nor indented ends it.
    """
    header = Header()
    limit = min(len(lines), 600)
    _transpose_label_rows(lines, limit)
    blank_before = pipe_row = False
    last_row_line = -1
    for i in range(limit):
        line = lines[i]
        if not line.strip():
            blank_before = True
            continue
        if header.rows and is_body_marker(line) and not _table_follows(header, lines, i, limit):
            header.body_start, header.marker_found = i + 1, True
            return header
        beside = _marker_beside(line) if header.rows else None
        if beside is not None:
            # 「審議の概要<TAB>(1) 諮問第9号 …」 / 「【会議の経過】その1 …」: the marker is a cell
            # or a bracket, and the body starts beside it
            lines[i] = beside
            header.body_start, header.marker_found = i, True
            return header
        cut = _marker_inside(line)
        if cut is not None and (header.rows or _row_pairs(line[: cut[0]])):
            # 「… ● 会議の内容 (1) 前回要録の確認 …」 or 「(3) …（企画課） ● 会議の内容」: the
            # header ends at the marker, the body follows it
            _take_before_marker(header, line[: cut[0]])
            rest = line[cut[1] :].strip()
            lines[i] = rest
            header.body_start, header.marker_found = (i if rest else i + 1), True
            return header
        new_rows = _row_pairs(line)
        if _proceedings_under_agenda_label(header, new_rows):
            # 「● 議事　1　諮問第67号 …について　（説明）…があった。」 after the agenda: the
            # label heads the proceedings, which start with the first listed item
            lines[i] = new_rows[0][1]
            header.body_start, header.marker_found = i, True
            return header
        if _agenda_label_over_proceedings(header, new_rows, lines, i, limit):
            # 「４ 議題」 (entries) then 「５ 議事」 alone, over the first entry's heading: the
            # second label heads the proceedings
            header.body_start, header.marker_found = i + 1, True
            return header
        if new_rows and blank_before and _body_section(header, new_rows):
            new_rows = []
        if new_rows and _numbered_entry_of_agenda(header, new_rows, line):
            new_rows = [(None, strip_tags(line).strip())]  # 「2 報告事項 …について」 keeps its 2
        if (
            new_rows
            and header.rows
            and not header.rows[-1][1]
            and new_rows[0][0] == header.rows[-1][0]
            and len(new_rows) == 1
            and not new_rows[0][1].strip()
        ):
            # 「会議の公開」 alone, then 「公開」 on the next line: the value, not a new row.
            new_rows = [(None, strip_tags(line).strip())]
        if _opens_proceedings(header, new_rows, line):
            header.body_start, header.marker_found = i + 1, True
            return header  # <議事> alone after the agenda: the proceedings follow
        if new_rows:
            for fld, value in new_rows:
                if fld is None and header.rows:
                    _append(header, value)
                elif fld is not None:
                    header.rows.append((fld, value))
            last_row_line, pipe_row = i, line.lstrip().startswith("|")
        elif header.rows and _repeats_agenda(header, line):
            break  # the first item heading repeats the agenda: the body has begun
        elif header.rows and _marked_turn(line):
            break  # 「○委員　…か。」: a speaker's words are proceedings, never a row's value
        elif header.rows and _points_to_attachment(line):
            # 「7．会議の経過　別紙のとおり」: the proceedings are printed further on
            header.rows.append(("ignore", line.strip()))
            last_row_line = i
        elif header.rows and _agenda_entry_after_results(header, line):
            # the agenda goes on under the result table of its first entries:
            # 「(1) 諮問第52号から…（下表のとおり）」, the table, then 「(2) 報告事項 …について」
            header.rows.append(("agenda", strip_tags(line).strip()))
            last_row_line = i
        elif header.rows and _next_agenda_entry(header, line):
            _append(header, line)  # 「(2) …」 after a blank under 「(1) …」: the same list
            last_row_line = i
        elif header.rows and _unknown_row_after_single_value(header, line):
            header.rows.append(("ignore", line.split("：" if "：" in line else ":", 1)[1]))
            last_row_line = i  # 「委　員：出席5名」 after 「場　所：…」 is a row of its own
        elif header.rows and _marked_narration(line):
            break  # 「● 開会　事務局から…報告した。」: a marked paragraph of the proceedings
        elif header.rows and (glued := _glued_row_after_single_value(header, line)):
            header.rows.extend(glued)
            last_row_line = i
        elif header.rows and not pipe_row and _continues_row(header, line, blank_before):
            head, rest = _split_at_label_cell(line)
            _append(header, head)
            header.rows.extend((f, v) for f, v in rest if f is not None)
            last_row_line = i
        elif not header.rows:
            header.preamble.append(strip_tags(line).strip())
        elif not _more_rows_follow(header, lines, i, limit):
            break
        blank_before = False
    header.body_start = last_row_line + 1 if header.rows else 0
    if not header.rows:
        header.preamble = []
    return header


_LIST_NUMBER = re.compile(r"^\s*\d{1,2}(?:[.、]\s*|\s+)\S")
_MEETING_FIELDS = frozenset({"datetime", "time", "place"})


def _table_follows(header: Header, lines: list[str], i: int, limit: int) -> bool:
    """A marker such as 会議の概要 that heads the header table itself: the date or place
    is still missing and label rows naming them follow within a few lines."""
    if any(f in _MEETING_FIELDS for f, _v in header.rows):
        return False
    seen = 0
    for j in range(i + 1, min(limit, i + 12)):
        if not lines[j].strip() or is_body_marker(lines[j]):
            continue
        seen += 1
        if any(f in _MEETING_FIELDS for f, _v in _row_pairs(lines[j])):
            return True
        if seen >= 3:
            break
    return False


def _transpose_label_rows(lines: list[str], limit: int) -> None:
    """A horizontal table: one row of label cells (開催日 / 時間 / 会場 …) over a row of
    values with as many cells. The two become one label/value row, in place."""
    for i in range(limit):
        line = lines[i]
        if "\t" not in line or line.startswith("\t"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("\t")]
        if len(cells) < 2 or not all(c and label_field(c) not in (None, "ignore") for c in cells):
            continue
        if "results" in {label_field(c) for c in cells}:
            continue  # 「議題<TAB>結果」 over 「諮問第41号<TAB>承認」 rows: a result table
        for j in range(i + 1, min(limit, i + 3)):
            if not lines[j].strip():
                continue
            values = [c.strip() for c in lines[j].strip().split("\t")]
            if len(values) == len(cells) and not any(label_field(v) for v in values):
                lines[i] = "\t".join(x for pair in zip(cells, values, strict=True) for x in pair)
                lines[j] = ""
            break


_BRACKETED_MARKER = re.compile(r"^\s*([【\[<■●◆]\s*[^】\]>\s]{2,16}\s*[】\]>]?)\s*(\S.*)$")


def _marker_beside(line: str) -> str | None:
    """The text after a body marker that shares its line (a tab cell or a bracket)."""
    if "\t" in line and is_body_marker(line.split("\t", 1)[0]):
        return line.split("\t", 1)[1]
    m = _BRACKETED_MARKER.match(line) if line.lstrip()[:1] in "【[<■●◆" else None
    if m and is_body_marker(m.group(1)):
        return m.group(2)
    return None


def _opens_proceedings(header: Header, rows: list[tuple[str | None, str]], line: str) -> bool:
    """An empty agenda label (<議事>, 議題) flush left after an agenda that already lists
    entries heads the proceedings, not a second agenda; an indented or numbered one
    (「　２．議事」) is an entry of that agenda."""
    if len(rows) != 1 or rows[0][0] != "agenda" or rows[0][1].strip():
        return False
    if line[:1].isspace() or _LIST_NUMBER.match(line + " x"):
        return False
    listed = [v for v in header.values("agenda") if v.strip()]
    return bool(listed) and header.rows[-1][0] == "agenda" and bool(header.rows[-1][1].strip())


def _numbered_entry_of_agenda(
    header: Header, rows: list[tuple[str | None, str]], line: str
) -> bool:
    """A numbered agenda entry led by its kind (「2　報告事項　…について」) under the agenda."""
    if not header.rows or header.rows[-1][0] != "agenda" or len(rows) != 1:
        return False
    fld, value = rows[0]
    parts = value.split("\n", 1)
    return (
        fld == "agenda"
        and bool(_LIST_NUMBER.match(strip_tags(line)))
        and compact(parts[0]) in SECTION_LABELS
        and len(parts) == 2
        and bool(parts[1].strip())
    )


def _next_agenda_entry(header: Header, line: str) -> bool:
    """A line with the ordinal style of the agenda's last entry, or opening with an own
    number as that entry does, continues the agenda even after a blank line."""
    fld, value = header.rows[-1]
    if fld != "agenda" or not value.strip() or "\t" in line:
        return False
    last = strip_tags(value).strip().split("\n")[-1].strip()
    text = strip_tags(line).strip()
    if text == last or "。" in text or is_body_marker(text):
        return False
    style = ordinal_style(text)
    if style is not None:
        return style == ordinal_style(last)
    # no ordinal: both entries open with an own number (諮問第58号 …, 報告第6号 …)
    return bool(split_entry(text)[1]) and bool(split_entry(last)[1]) and not ordinal_style(last)


_ATTACHMENT_POINTER = re.compile(
    r"^\s*(?:\d{1,2}[.、]?\s*)?(\S{2,12}?)\s*[:：]?\s*"
    r"(?:別紙|別添|別冊)\d?(?:のとおり|の通り|参照|による)?\s*$"
)


def _points_to_attachment(line: str) -> bool:
    """A body section's label whose value points to the pages after the header."""
    m = _ATTACHMENT_POINTER.match(line)
    return m is not None and is_body_marker(m.group(1))


def _agenda_entry_after_results(header: Header, line: str) -> bool:
    """A numbered entry with an item's title after a result table that follows the agenda."""
    if header.rows[-1][0] != "results" or "\t" in line or not header.values("agenda"):
        return False
    text = strip_tags(line).strip()
    if "。" in text or ordinal_style(text) is None:
        return False
    _ordinal, _number, title, dept = split_entry(text)
    return bool(title) and (bool(dept) or title.endswith(("について", "の件")))


# ○ + a speaker label + words in sentences (the layout step has put the mark in front).
_MARKED_TURN = re.compile(r"^[○〇◯]\s*([^\s:：]{1,20})\s+(\S.*)$")


def _marked_turn(line: str) -> bool:
    """A line opening a speaker's turn: a mark, a speaker label and sentences after it."""
    m = _MARKED_TURN.match(line.strip())
    return bool(m) and any(c in m.group(2) for c in "。?!") and is_label(m.group(1))


def _split_at_label_cell(line: str) -> tuple[str, list[tuple[str | None, str]]]:
    """A row continued on the next line (a cell broken by <br>) may go on to a new label
    cell: 「午後3時から午後4時まで<TAB>開催場所<TAB>…」. The cells before the label continue
    the last row; the label starts a pair of its own."""
    if "\t" not in line.strip():
        return line, []
    cells = line.split("\t")
    for k in range(1, len(cells)):
        if cells[k].strip() and label_field(cells[k]) not in (None, "ignore"):
            value = cells[k + 1] if k + 1 < len(cells) else ""
            if value.strip() and label_field(value) is None:  # not a table's column heads
                head = [c for c in cells[:k] if c.strip()]
                if head and all(c.strip() in lexicon.TABLE_HEADER_WORDS for c in head):
                    head = []  # 「番号<TAB>件名<TAB>…<TAB>結果」: a column head continues nothing
                return "\t".join(head), _pairs_from_cells(cells[k:])
    return line, []


# Fields with one value: a line shaped 「label：value」 under them is no continuation.
_SINGLE_VALUED = frozenset({"title", "datetime", "time", "time_end", "place"})
_UNKNOWN_LABEL_ROW = re.compile(
    r"^(?:[^\s\d:：。、,()「」]{1,3}(?:\s+[^\s\d:：。、,()「」]{1,3}){0,3}|[^\s\d:：。、,()「」]{4,8})"
    r"\s*[:：]\S"
)


def _unknown_row_after_single_value(header: Header, line: str) -> bool:
    """An unindented 「委　員：…」 row with a label nobody listed, under a place or date."""
    return header.rows[-1][0] in _SINGLE_VALUED and bool(_UNKNOWN_LABEL_ROW.match(line))


def _marker_inside(line: str) -> tuple[int, int] | None:
    """(start, end) of a marked body marker inside a line: 「… ● 会議の内容 …」."""
    if not any(c in line for c in LABEL_MARKS):
        return None
    for m in _MARKED_WORD.finditer(line):
        if m.start() > 0 and is_body_marker(m.group(1)):
            return m.start(), m.end()
    return None


def _take_before_marker(header: Header, head: str) -> None:
    """What stands before a body marker inside a line: the rest of the last row, or the
    rows of a whole header flattened onto the line."""
    if header.rows:
        if head.strip():
            _append(header, strip_tags(head).strip())
    else:
        header.rows.extend((f, v) for f, v in _row_pairs(head) if f is not None)


def _marked_narration(line: str) -> bool:
    """A line opening with a list mark that goes on in sentences, and is no label row."""
    s = strip_tags(line).strip()
    return s[:1] in LABEL_MARKS and "。" in s and len(s) > 20 and not _aligned(line)


def _glued_row_after_single_value(header: Header, line: str) -> list[tuple[str | None, str]]:
    """「出席委員10名中8名」 under a place or date: a known label run into its value opens a
    row of its own (a place or date never goes on with another field's label)."""
    if header.rows[-1][0] not in _SINGLE_VALUED:
        return []
    s = _LEAD.sub("", collapse_letter_spacing(strip_tags(line).strip()), count=1)
    glued = _glued_label(s)
    if glued == s:
        return []
    return [(f, v) for f, v in _split_flat(glued) if f is not None]


# An item's number opening a line (after an ordinal: 「第1　諮問第21号 …」, 「1 報告第3号 …」).
_ITEM_NUMBER_LEAD = re.compile(
    r"^(?:[(（]?\d{1,2}[)）.、]?\s*|第\d{1,2}\s+)?[【\[〔]?(?:諮問|報告|議案)第\s*\d+\s*号"
)


def _continues_row(header: Header, line: str, blank_before: bool) -> bool:
    if header.rows[-1][0] in _SINGLE_VALUED and _ITEM_NUMBER_LEAD.match(line.strip()):
        return False  # a place or date never goes on with an item's heading
    # a list cut by a blank line after its separator (「…、竹之内 浩、」 / blank / 「西條 …」)
    # goes on below it
    value = header.rows[-1][1].rstrip()
    # 「出席委員（9名）五十音順」 under 出席者: a label and its notes are no names yet
    noted = MEMBER_NOTES.sub("", value).strip(" 、,・:")
    noted_only = header.rows[-1][0] == "attendance" and LABEL_FIELD.get(noted) == "attendance"
    return (
        _aligned(line)
        or not blank_before
        or not value
        or noted_only
        or value.endswith(("、", ",", "・"))
    )


def _repeats_agenda(header: Header, line: str) -> bool:
    """A line equal to an entry already listed in the agenda row being continued, or one
    that opens with a listed entry's number or worded ordinal and goes on in sentences
    (a 要録's 「○議題1　…課長から説明があった。」): the body has begun."""
    fld, value = header.rows[-1]
    key = compact(strip_tags(line))
    if fld != "agenda":
        return False
    if len(key) >= 6 and key in {compact(v) for v in value.split("\n")}:
        return True
    entry = _entry_key(line) if len(key) >= 6 else ""
    if len(entry) >= 6 and entry in {_entry_key(v) for v in value.split("\n")}:
        return True  # the same entry decorated otherwise: 「【案件1】…」 under 「案件1 …」
    return _opens_with_listed(value, strip_tags(line), "。" in key)


def _entry_key(line: str) -> str:
    return compact("".join(part or "" for part in split_entry(strip_tags(line).strip())))


def _proceedings_under_agenda_label(header: Header, rows: list[tuple[str | None, str]]) -> bool:
    """A second agenda-labelled row that goes on in sentences from an entry already listed."""
    if len(rows) != 1 or rows[0][0] != "agenda" or "。" not in rows[0][1]:
        return False
    listed = "\n".join(header.values("agenda"))
    return bool(listed.strip()) and _opens_with_listed(listed, rows[0][1], True)


def _agenda_label_over_proceedings(
    header: Header, rows: list[tuple[str | None, str]], lines: list[str], i: int, limit: int
) -> bool:
    """An agenda label alone on its line once the agenda is listed, with the first listed
    entry's heading under it."""
    if rows != [("agenda", "")]:
        return False
    listed = "\n".join(header.values("agenda"))
    below = next((ln for ln in lines[i + 1 : limit] if ln.strip()), "")
    return bool(listed.strip()) and _opens_with_listed(listed, strip_tags(below), False)


def _opens_with_listed(agenda: str, line: str, in_sentences: bool) -> bool:
    """The line opens with an item number the agenda row already lists (a number is
    listed once), or, going on in sentences, with a listed worded ordinal."""
    ordinal, number, _title, _dept = split_entry(line.strip())
    names = {number_key(number)} if number else set()
    worded = ordinal and not ordinal[0].isdigit() and ordinal[0] != "("
    names |= {ordinal} if worded and in_sentences else set()
    return bool(names) and bool(names & _listed_names(agenda))


@lru_cache(maxsize=64)
def _listed_names(agenda: str) -> frozenset[str]:
    """Numbers and ordinals of the entries an agenda row lists (asked once per row line)."""
    listed = parse_agenda(tags_to_breaks(agenda).replace("\t", "\n"))
    return frozenset(n for a in listed for n in (number_key(a.number), a.ordinal) if n)


def _aligned(line: str) -> bool:
    """A tab-led or deeply indented line continues the last row even after a blank line
    (as does any line after a label whose value is still empty)."""
    return line.startswith("\t") or len(line) - len(line.lstrip(" ")) >= 2


def _more_rows_follow(header: Header, lines: list[str], i: int, limit: int) -> bool:
    """A stray line between header rows (a note) does not end the header if rows follow."""
    for j in range(i + 1, min(limit, i + 4)):
        if lines[j].strip():
            rows = _row_pairs(lines[j])
            return bool(rows and not _body_section(header, rows)) or is_body_marker(lines[j])
    return False


def _body_section(header: Header, rows: list[tuple[str | None, str]]) -> bool:
    """``1　諮問事項`` alone after a blank line, once the agenda is known, opens a body
    section; a 報告事項 row of the header table with its entries beside it does not."""
    return bool(header.values("agenda")) and all(
        f == "agenda"
        and compact(v.split("\n", 1)[0]) in SECTION_LABELS
        and not v.partition("\n")[2].strip()
        for f, v in rows
    )


def _column_head(cell: str) -> str | None:
    """A result table's column head: a label, or a word only a table heads (番号, 件名)."""
    return label_field(cell) or ("column" if compact(cell) in lexicon.TABLE_HEADER_WORDS else None)


def _row_pairs(line: str) -> list[tuple[str | None, str]]:
    """Label/value pairs of one header line; a tab-led line only continues the last row."""
    if "\t" in line:
        cells = line.split("\t")
        heads = [_column_head(c) for c in cells if c.strip()]
        if len(heads) >= 2 and None not in heads and "results" in heads:
            # 「議題<TAB>結果」: a result table's column heads, every cell a label and no
            # value (in a cell of its own under the agenda's too); the rows below are its
            # rows, not agenda entries
            return [("results", "")]
        if line.startswith("\t"):
            return []  # a tab-led line only continues the last row
        if label_field(cells[0]) is not None:
            return _pairs_from_cells(cells)
        return []
    stripped = line.strip()
    if stripped.startswith("|"):
        cells = [c for c in stripped.strip("|").split("|")]
        if all(set(c.strip()) <= set("-: ") for c in cells):
            return [(None, "")]
        if label_field(cells[0]) is not None:
            return _pairs_from_cells(cells)
        if not cells[0].strip() and any(c.strip() for c in cells[1:]):
            return [(None, "\t".join(c.strip() for c in cells[1:] if c.strip()))]  # | | more |
        return []
    return _split_flat(stripped)


def _append(header: Header, text: str) -> None:
    fld, value = header.rows[-1]
    header.rows[-1] = (fld, f"{value}\n{text}" if value else text)


def cell_text(value: str) -> str:
    """A header value as one line of text: tags and tabs become spaces."""
    text = strip_tags(value).replace("\t", " ").replace("\n", " ")
    return collapse_letter_spacing(" ".join(text.split()))


def agenda_items(header: Header) -> list[AgendaItem]:
    """Agenda from 会議次第-like rows; the 資料 row only when the agenda says 別紙."""
    for fields in (("agenda",), ("materials",)):
        items: list[AgendaItem] = []
        for fld in fields:
            for value in header.values(fld):
                items.extend(parse_agenda(tags_to_breaks(value).replace("\t", "\n")))
        items = [a for a in items if not _column_heads(a)]
        if items:
            return items
    return []


_COLUMN_WORDS = frozenset({*lexicon.TABLE_HEADER_WORDS, "結果", "審議結果", "備考"})


def _column_heads(item: AgendaItem) -> bool:
    """「番号　件名　担当課　結果」 kept over a result table: column heads, not an entry."""
    words = item.title.split()
    return not item.number and len(words) >= 2 and all(w in _COLUMN_WORDS for w in words)


@dataclass
class Attendance:
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    secretariat: list[str] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)


def _group_kind(label: str) -> str:
    lab = compact(label)
    if lab.endswith("事務局") or lab in ("事務局等", "事務局職員"):
        return "secretariat"
    if lab in ("欠席", "欠席者", "欠席委員"):
        return "absent"
    if lab in lexicon.SPEAKER_UNIT_ROLES and lab != "事務局":
        return "staff"  # (2) 実施機関 / 説明員: officials listed under the members
    if lab in ("委員", "出席委員", "審議会委員", "委員等"):
        return "member"
    if re.search(f"(?:{_MEMBER_CATEGORY_ENDS}|(?:民|公募|学識|団体|推薦)委員)$", lab):
        return "member"  # 学識経験者 / 町民代表 / 関係団体: the members' categories
    if lab.endswith("出席者") and not lab.startswith("委員") and lab != "出席者":
        return "staff"  # 村側出席者 / 所管課出席者: officials, whatever the side is called
    if lab.endswith(
        (
            "職員",
            "説明員",
            "説明者",
            "所管課",
            "関係課",
            "担当課",
            "理事者",
            "執行機関",
            "市",
            "区",
            "町",
            "村",
            "側",
        )
    ):
        return "staff"
    return ""


def _counted_list_names(m: re.Match[str]) -> str:
    """The names in the bracket after a head count (「2名（宮本 一樹、川端 みどり）」), or
    nothing when the bracket is a note (「9名（会長以外は五十音順、敬称略）」)."""
    note = MEMBER_NOTES.sub("", f"({m.group(1)})").strip()
    return f" {m.group(1)} " if note else " "


def parse_attendance(header: Header) -> Attendance:
    """Members present and absent, and staff listed alongside them (used for roles)."""
    att = Attendance()
    for fld in ("attendance", "absent", "secretariat", "staff"):
        for value in header.values(fld):
            text = tags_to_breaks(value)
            absent_text = ""
            if fld == "attendance":
                # 「…（欠席：野間 浩）」, 「6名（欠席：野間 浩）」: the absentees in a bracket
                # inside the list (before a head count's bracket is opened)
                for m in _ABSENT_NOTE.finditer(text):
                    _collect(att, m.group(1), "absent")
                text = _ABSENT_NOTE.sub(" ", text)
            text = _COUNT_NOTE.sub(" ", text)
            # (a note in the bracket after the count goes before the bracket is opened:
            # 「9名（会長以外は五十音順、敬称略）」)
            text = _COUNTED_LIST.sub(_counted_list_names, text)
            if fld == "attendance":
                m = _ABSENT.search(text)
                if m:
                    text, absent_text = text[: m.start()], text[m.end() :]
                text = _PRESENT.sub(" ", text)
            default = {"absent": "absent", "secretariat": "secretariat", "staff": "staff"}.get(
                fld, ""
            )
            _collect(att, text, default)
            if absent_text:
                _collect(att, absent_text, "absent")
    return att


# A roster row: role, name, and whether the member came (「会長<TAB>本城 達郎<TAB>出席（Web）」).
_ROSTER_STATUS = re.compile(r"^(出席|欠席)(?:\s*[(（][^()（）]{0,10}[)）])?$")


def _roster_status(cell: str, marks: bool) -> str | None:
    """出席 or 欠席 from a roster's status cell (○ / × too where the roster uses marks)."""
    m = _ROSTER_STATUS.match(cell)
    if m:
        return m.group(1)
    if marks and cell in ("○", "◯", "〇"):
        return "出席"
    if marks and cell in ("×", "✕", "✖", "欠"):
        return "欠席"
    return None


_ROSTER_HEADS = frozenset(
    {"氏名", "役職", "出欠", "出欠席", "出席状況", "出欠状況", "出席", "欠席", "区分"}
    | {"職名", "所属", "備考", "役職名", "委員名"}
)
# The header's attendance cell pointing at such a roster:
# 「委員6名（下記「委員出欠状況」のとおり）」.
_ROSTER_REFERENCE = re.compile(r"(?:下記|別表|別紙|次表|下表)[^。\n]{0,20}(?:のとおり|参照)")


def roster_attendance(header: Header, lines: list[str], att: Attendance) -> Attendance:
    """Members present and absent from a roster table printed apart from the header (a
    row per member, the last cell 出席 or 欠席), when the header's attendance names nobody
    or points at it."""
    pointed = any(_ROSTER_REFERENCE.search(v) for v in header.values("attendance"))
    # the roster read as the attendance cell's names: its column heads are among them
    swallowed = any(name in _ROSTER_HEADS for name in att.present)
    if att.present and not pointed and not swallowed:
        return att
    without_heads = _without_column_heads(att)
    present: list[str] = []
    absent: list[str] = []
    # ○ and × stand for 出席 and 欠席 where the roster's head or legend says 出欠
    marks = any("出欠" in line or "○出席" in line for line in lines)
    for line in lines:
        if "\t" not in line or not ("出席" in line or "欠席" in line or marks):
            continue
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        status = _roster_status(cells[-1], marks) if len(cells) >= 2 else None
        name = clean_person_name(cells[-2]) if status else ""
        if name:
            (present if status == "出席" else absent).append(name)
    if len(present) + len(absent) < 3:
        return without_heads  # a roster table with no status column: its heads are no names
    return Attendance(present, absent, att.secretariat, att.staff)


def _without_column_heads(att: Attendance) -> Attendance:
    def keep(names: list[str]) -> list[str]:
        return [n for n in names if n not in _ROSTER_HEADS]

    return Attendance(keep(att.present), keep(att.absent), att.secretariat, att.staff)


_ABSENT_NOTE = re.compile(
    r"[(（]\s*(?:委員)?欠席(?:者|委員)?\s*[:：]?\s*([^()（）\d][^()（）]{0,60})[)）]"
)
MEMBER_NOTES = re.compile("|".join(f"(?:{p})" for p in lexicon.MEMBER_NOTES))
# 「6名（山田太郎、鈴木花子）」: a head count with the names in brackets.
# The names may carry their own brackets: 「5名（石井 孝之（会長）、長尾 亮）」.
# The count may be a share of the whole: 「10名中8名(…)」, 「7人中6人出席(…)」.
_COUNTED_LIST = re.compile(
    r"(?:(?:ほか|外)\s*|\d+\s*[名人]\s*中\s*|出席\s*[:：]?\s*)?\d+\s*[名人](?:\s*出席)?\s*"
    r"[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]"
)
# A bracketed note with a head count is never a name: (欠席2名), (うち1名はWeb出席).
_COUNT_NOTE = re.compile(r"[(（][^()（）]{0,24}?\d+\s*[名人][^()（）]{0,24}[)）]")


# A head count in kanji numerals (九名中八名, 十二人): read by the characters' numeric values.
_KANJI_COUNT = re.compile(
    r"(?<![一二三四五六七八九十〇])([一二三四五六七八九十〇]{1,3})(?=\s*[名人])"
)


def _kanji_count(m: re.Match[str]) -> str:
    digits = m.group(1)
    if "十" not in digits:
        return "".join(str(int(unicodedata.numeric(ch))) for ch in digits)
    tens, _, ones = digits.partition("十")
    value = (int(unicodedata.numeric(tens)) if tens else 1) * 10
    return str(value + (int(unicodedata.numeric(ones)) if ones else 0))


def _collect(att: Attendance, text: str, default: str) -> None:
    if "名" in text or "人" in text:
        text = _KANJI_COUNT.sub(_kanji_count, text)
    text = _COUNTED_LIST.sub(lambda m: f" {m.group(1)} ", text)
    text = MEMBER_NOTES.sub(" ", text)
    pos, group = 0, default
    segments: list[tuple[str, str]] = []
    for m in _GROUP.finditer(text):
        kind = _group_kind(next((g for g in m.groups() if g), ""))
        if not kind:
            continue
        segments.append((group, text[pos : m.start()]))
        pos = m.end()
        # Officials never continue a member list, whichever row they were printed in.
        officials = kind in ("absent", "staff", "secretariat")
        group = kind if default in ("", "attendance") or officials else default
    segments.append((group, text[pos:]))
    for grp, seg in segments:
        # a category heading of no known kind (【学識経験者】, 〔公募委員〕) opens a new entry
        seg = _CATEGORY_HEAD.sub("、", seg)
        for entry in split_people(seg):
            if grp == "secretariat":
                att.secretariat.append(compact(entry))
            elif grp == "staff" or (grp in ("", "member") and is_staff_entry(entry)):
                # (officials printed on under the members' heading, 「区　総務部長 菅原 伸」)
                att.staff.append(compact(entry))
            else:
                name = clean_person_name(entry)
                if name:
                    (att.absent if grp == "absent" else att.present).append(name)


_CATEGORY_HEAD = re.compile(r"[【〔\[<〈《〖][^】〕\]>〉》〗\n]{1,12}[】〕\]>〉》〗]")


def public_from(value: str) -> bool | None:
    """傍聴/公開 cell -> True (public), False (closed) or None (unknown)."""
    t = compact(strip_tags(value))
    if not t:
        return None
    if re.search(r"不可|非公開|できない|不許可|認めない|認めず|不公開", t):
        return False
    if re.search(r"可|公開|\d+[名人]|あり|有", t) or t.isdigit():
        return True  # (「傍聴者：０」: a count of observers, the unit left out)
    if re.search(r"なし|無し|いな(?:い|かった)|^(?:傍聴者?)?無$|ゼロ", t):
        return True  # a public meeting nobody came to watch
    return None


def secretariat_units(header: Header) -> list[str]:
    units: list[str] = []
    for fld in ("secretariat", "contact"):
        for value in header.values(fld):
            units.extend(units_in(strip_tags(value)))
    return list(dict.fromkeys(units))
