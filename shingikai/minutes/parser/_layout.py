"""Layout stage: classify every line by its role and rewrite known layouts into canonical ones.

Roles: ``noise`` (web furniture, page numbers, running headers), ``speaker`` (a label, with
or without the words), ``fields`` (several header fields on one long line), ``spaced``
(a letter-spaced line), ``text`` (everything else). The features are the tables in
``lexicon.py``; this module only applies them. What comes out is the layout the later stages
read: ``○label words`` turns, one ``label：value`` header row per line, no furniture.

``LayoutReport`` counts what was recognised, so the parse can say how sure it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from . import lexicon as lx
from ._labels import _BODY_MARKERS as _BODY_MARKERS_ALL
from ._labels import LABEL_FIELD, LABEL_MARKS, is_body_marker, label_field
from ._normalize import TRAILING_PAGE, compact, is_page_marker
from ._tables import classify_verdict
from ._turns import DECISION_TAGS


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NOISE = re.compile("|".join(f"(?:{p})" for p in lx.NOISE_LINES))
_FOOTER = re.compile("|".join(f"(?:{p})" for p in lx.FOOTER_STARTS))
_END_MARKS = frozenset(lx.END_MARKS)
_INLINE_NOISE = re.compile("|".join(f"(?:{p})" for p in lx.INLINE_NOISE))
_ENDING = _alternation(lx.SPEAKER_ENDINGS)
_UNIT_ROLE = _alternation(lx.SPEAKER_UNIT_ROLES)
_LABEL = re.compile(
    rf"^[^\s「」『』。、,:：()]{{0,12}}?(?:{_ENDING})(?:\([^()「」。]{{1,16}}\))?$"
    rf"|^(?:{_UNIT_ROLE})\([^()「」。]{{1,16}}\)$"
)
_MARKED = re.compile(rf"^[{re.escape(lx.SPEAKER_MARKS)}]\s*(\S+?)(?:\s+(.*))?$")


def _bracketed(o: str, c: str) -> re.Pattern[str]:
    """``(label)`` allowing one nested pair inside: ``(実施機関(税務課))``."""
    oc = re.escape(o + c)
    inner = rf"(?:[^{oc}]|{re.escape(o)}[^{oc}]{{1,16}}{re.escape(c)})"
    return re.compile(
        rf"^[{re.escape(lx.SPEAKER_MARKS)}]?\s*{re.escape(o)}\s*({inner}{{1,24}}?)"
        rf"\s*{re.escape(c)}\s*(.*)$"
    )


def _bracket_pairs() -> tuple[tuple[str, str], ...]:
    """The listed brackets and every opening punctuation character (Unicode class Ps) of
    the CJK and general punctuation blocks whose next code point closes it (Pe): 〖〗, 〘〙,
    〚〛, ⦅⦆ … A label in a bracket nobody listed is still a label."""
    pairs = dict(lx.SPEAKER_BRACKETS)
    for block in (range(0x2000, 0x2E80), range(0x3000, 0x3040)):
        for i in block:
            o, c = chr(i), chr(i + 1)
            if unicodedata.category(o) == "Ps" and unicodedata.category(c) == "Pe":
                pairs.setdefault(o, c)
    return tuple(pairs.items())


_PAIRS = _bracket_pairs()
_PAIR_OF = dict(_PAIRS)
_BRACKET_CHARS = frozenset(_PAIR_OF) | frozenset(_PAIR_OF.values())
# Quote marks hold a label only alone on its line: 「会長」 yes, 「委員」の定義 … no.
_QUOTE_OPENERS = frozenset("「『")
_BRACKETED = [_bracketed(o, c) for o, c in _PAIRS]
_BY_OPENER = dict(zip((o for o, _c in _PAIRS), _BRACKETED, strict=True))
_OPENERS = frozenset(lx.SPEAKER_MARKS + "".join(o for o, _c in _PAIRS))
_NOT_SPEAKER = frozenset(lx.NOT_SPEAKER)
_FIELD_LABELS = _alternation(tuple(k for k in LABEL_FIELD if len(k) >= 2))
# A field label may carry a note before its value: ``● 出席委員(9名) …``.
# (notes after a label: 「(9名)」, 「(9名)(五十音順)」, 「(9名)五十音順」)
_LABEL_NOTE = r"(?:\((?!\d{1,2}\))[^()]{1,24}\)){0,2}(?:敬称略|五十音順|順不同|名簿順)?"
# (the agenda's first entry may follow its label with no gap: 「● 議題（1）前回会議録の確認」)
# (a mark before a body heading ends the header field before it too: 「● 議題 (1) … ● 審議内容
# 課長から説明があり、…」)
_FIELD_SPLIT = re.compile(
    rf"[{re.escape(lx.FIELD_MARKS)}]\s*(?=(?:{_FIELD_LABELS}){_LABEL_NOTE}(?:[\s:：]|\(\d)"
    rf"|(?:{_alternation(tuple(_BODY_MARKERS_ALL))})[\s:：])"
)
# 「諮問第 7号」; not the cell gap after 会議次第 (「会議次第<TAB>1 …」).
_NUMBER_SPACE = re.compile(r"(?<!次第)(?<=第) +(?=[0-9])|(?<=[0-9]) +(?=号)")
_AGENDA_SPLIT = re.compile(
    rf"\s+(?=\(\d{{1,2}}\)\s|[アイウエオカキクケコ]\s|(?:{_alternation(lx.ORDINAL_WORDS)})\d{{1,2}}\s)"
    # A section word opens a group, unless it follows an ordinal: (2) 報告事項 …
    rf"|(?<![アイウエオカキクケコ0-9)])\s+(?=(?:{_alternation(lx.SECTION_WORDS)})\s)"
    # entries run on with a comma after the department: 「…〔健康づくり課〕、諮問第73号 …」
    r"|(?<=[)\]〕】])[、,]\s*(?=(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第\s*\d)"
    # a bare list number after the department: 「…（商工観光課）　2　諮問事項　諮問第29号 …」
    r"|(?<=[)\]〕】])\s+(?=\d{1,2}\s+\S)"
    # a bare list number before a section word: 「1 前回要録の確認 2 審議事項 諮問第9号 …」
    rf"|\s+(?=\d{{1,2}}\s+(?:{_alternation(lx.SECTION_WORDS)})\s)"
)
# 「2 審議事項 諮問第9号 …」: a section word under a bare list number, then its first entry
_SECTION_THEN_NUMBER = re.compile(
    rf"^(\d{{1,2}}\s+(?:{_alternation(lx.SECTION_WORDS)}))\s+"
    r"(?=(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第\s*\d)"
)


def _section_apart(entry: str) -> list[str]:
    m = _SECTION_THEN_NUMBER.match(entry)
    return [m.group(1), entry[m.end() :]] if m else [entry]


# A header label with notes in brackets, after any one mark (by class, not listed):
# 出席委員(9名)：… / 出席者(敬称略)<TAB>… / □出席委員(5名)(敬称略)
_NOTED_LABEL = re.compile(
    r"^(\s*(?:\d{1,2}[.、]?\s+)?[^\w\s(]?\s*)([^\s:：()]{2,10})(?:\s*\([^()]{1,12}\))+\s*(?=[:：\t]|$)"
)
_MENU_WORD = re.compile(_alternation(lx.MENU_WORDS))


# A bracketed note that names an item: (1), (諮問事項2), (議題3).
_ITEM_NOTE = re.compile(rf"(?:{_alternation((*lx.SECTION_WORDS, *lx.ORDINAL_WORDS))})?の?\d{{1,2}}")


def _known_mark(lead: str) -> str:
    """A symbol (Unicode class S) before a noted header label is a field mark whatever its
    shape: written as ● the header reads (♢出席委員(5名) -> ●出席委員)."""
    t = lead.rstrip()
    if t and unicodedata.category(t[-1])[0] == "S" and t[-1] not in LABEL_MARKS:
        return t[:-1] + "●" + lead[len(t) :]
    return lead


def _noted_field(m: re.Match[str]) -> bool:
    """A header label with a note, not a speaker label naming its unit: 実施機関(税務課)."""
    unit = m.group(0).rstrip()[:-1].rsplit("(", 1)[-1]
    if m.group(2) in lx.SPEAKER_UNIT_ROLES and _UNIT_WORD.search(unit):
        return False
    if re.search(r"第\d+号", unit) or _ITEM_NOTE.fullmatch(unit.strip()):
        return False  # 付した条件(諮問第14号), 議題(1): the note names the item, it must stay
    return m.group(2) in LABEL_FIELD


@dataclass
class LayoutReport:
    roles: Counter[str] = field(default_factory=Counter)
    speaker_styles: Counter[str] = field(default_factory=Counter)


def is_label(text: str) -> bool:
    """A speaker label: a role or title word at the end, optionally a name or unit with it."""
    t = text.strip().replace(" ", "")
    return bool(t) and t not in _NOT_SPEAKER and bool(_LABEL.match(t))


# A member designated after the role (委員A, 委員1) and a name in any bracket after the
# role (会長〔岩城〕, 委員【砂川】): rewritten as A委員 and 会長(岩城).
_DESIGNATED = re.compile(r"^(委員)([A-Za-zア-ン0-9]{1,2})$")
_NAMED_ROLE = re.compile(
    r"^([^\s\[【〔〈《<]{1,16})[\[【〔〈《<]([^\]】〕〉》>]{1,12})[\]】〕〉》>]$"
)


def canonical_label(text: str) -> str | None:
    """The label in the canonical shape the later stages read, or None."""
    t = text.strip().replace(" ", "")
    m = _DESIGNATED.match(t)
    if m:
        return m.group(2) + m.group(1)
    m = _NAMED_ROLE.match(t)
    if m and is_label(m.group(1)):
        return f"{m.group(1)}({m.group(2)})"
    return None


def speaker_parts(line: str) -> tuple[str, str, str] | None:
    """(style, label, words) when the line opens with a speaker label in any known layout."""
    s = line.strip()
    if not s or len(s) > 4000 or s[0] not in _OPENERS:
        return None
    opener = s[0] if s[0] not in lx.SPEAKER_MARKS else s[1:].lstrip()[:1]
    pattern = _BY_OPENER.get(opener)
    if pattern is not None:
        m = pattern.match(s)
        if m and is_label(m.group(1)) and not (opener in _QUOTE_OPENERS and m.group(2).strip()):
            return opener, m.group(1).replace(" ", ""), m.group(2).strip()
        if m and opener not in _QUOTE_OPENERS and (label := canonical_label(m.group(1))):
            return opener, label, m.group(2).strip()  # 〘委員A〙 / 【委員2】: a seat in brackets
    m = _MARKED.match(s)
    if m and is_label(m.group(1)):
        return s[0], m.group(1), (m.group(2) or "").strip()
    if m and (label := canonical_label(m.group(1))) is not None:
        return s[0], label, (m.group(2) or "").strip()
    if s[0] in lx.SPEAKER_MARKS and (spaced := _spaced_label(s)) is not None:
        return spaced
    return None


# A label letter-spaced after its mark, the words after it: 「○会 長 それでは…」.
_SPACED_CHARS = re.compile(
    r"^.\s*((?:[\u3400-\u9fff々ヶ\u30a0-\u30ffA-Z] ){1,11}[\u3400-\u9fff々ヶ])"
)


def _spaced_label(s: str) -> tuple[str, str, str] | None:
    """The longest run of spaced single characters after the mark that is a label."""
    m = _SPACED_CHARS.match(s)
    if not m:
        return None
    chars = m.group(1).split(" ")
    for k in range(len(chars), 1, -1):
        label = "".join(chars[:k])
        if is_label(label):
            consumed = m.start(1) + len(" ".join(chars[:k]))
            return s[0], label, s[consumed:].strip()
    return None


def _looks_like_speech(line: str) -> bool:
    s = line.strip()
    return bool(s) and ("。" in s or "?" in s or len(s) >= 30) and speaker_parts(s) is None


def _header_row(label: str, words: str) -> bool:
    """【事務局】総務部長 大塚、総務課長 堀内: a header label with a list, not a turn."""
    return "。" not in words and LABEL_FIELD.get(label) in ("secretariat", "staff", "attendance")


_MENU_SEPARATORS = re.compile(r"[\s|｜/／]+")


def _is_menu(line: str) -> bool:
    tokens = [t for t in _MENU_SEPARATORS.split(line) if t]  # 「よくある質問 | サイトマップ」
    if len(tokens) < 3 or "。" in line or any(len(t) > 12 for t in tokens):
        return False
    return sum(1 for t in tokens if _MENU_WORD.search(t)) >= 0.75 * len(tokens)


def _spaced_out(line: str) -> bool:
    tokens = line.split()
    if len(tokens) >= 4 and tokens[0] in LABEL_FIELD and len(tokens[0]) >= 2:
        tokens = tokens[1:]  # 「出席委員　　熊 谷 　 康 弘 （会長）」: a label printed whole
    if len(tokens) == 4 and tokens[-1][:1] == "(" and tokens[-1][-1:] == ")":
        tokens = tokens[:-1]  # 「岩 田 　 正 　（会長）」: a short name, then its note
    if len(tokens) == 3:
        return all(len(t) == 1 for t in tokens)  # 「議 事 録」
    return len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.8 * len(tokens)


_WIDE_GAP = re.compile(r"\s{2,}")
_WIDE_GAP_KEPT = re.compile(r"(\s{2,})")
_LIST_SEPARATOR = re.compile(r"[、,，・]")
# Wider than a letter-spaced name's inner gap (space, ideographic space, space): a column.
_COLUMN_GAP = 4  # (at least)
_GAP_WORDS = frozenset(LABEL_FIELD) | frozenset(lx.SPEAKER_ENDINGS)
_LIST_NUMBER = re.compile(
    # (the number spaced out too: 「３ ． 出 席 委 員」, 「1 0 ． 会 議 の 経 過」)
    r"^(?:\d(?: ?\d)?(?: ?[.、])?|\(\d{1,2}\)|[(]?[アイウエオカキクケコ][).、]?"
    r"|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][.、]?)\s+"
)


_LABELS_LONGEST = sorted((k for k in LABEL_FIELD if len(k) >= 2), key=len, reverse=True)


def _label_prefix(word: str) -> str | None:
    """A header label at the start of a joined word, when a role or name follows it."""
    if word in LABEL_FIELD:
        return None  # 「出 席 委 員」 alone is the label 出席委員, not 出席 before 委員
    for label in _LABELS_LONGEST:
        if word.startswith(label) and len(word) > len(label):
            return label if word[len(label) :].startswith(lx.SPEAKER_ENDINGS) else None
    return None


_NOTE = re.compile(r"[(（][^()（）]*[)）]")
_AFTER_NOTE = re.compile(r"(?<=[)）]) (?=\S)")


_GAP_WORD_STARTS = tuple(w for w in _GAP_WORDS if len(w) >= 2)


def _labelled(word: str) -> bool:
    return word.startswith(_GAP_WORD_STARTS)


def _column_gap(parts: list[str]) -> int:
    """How wide a gap parts two names on this line. Wider than a letter-spaced name's inner
    gap as a rule (:data:`_COLUMN_GAP`); but where a whole name (four letters or more)
    stands apart from another by a narrower gap, the line's names are parted that narrowly,
    and a gap as wide beside a shorter name parts names too
    (「石 黒　健 吾　　中 園　友 美　　宮 内　彰」)."""
    words = [_NOTE.sub("", "".join(p.split())) for p in parts[::2]]  # 「怜(会長)」 is one letter
    gaps = [len(g) for g in parts[1::2]]
    sides = [
        (gap, len(_LIST_SEPARATOR.split(left)[-1]), len(_LIST_SEPARATOR.split(right)[0]))
        for gap, left, right in zip(gaps, words, words[1:], strict=False)
        if not (_labelled(left) or _labelled(right))  # 「出 席 委 員　　委 員 長」: no names
    ]
    # four letters are a whole name, and three after it start the next (a family name of
    # three then a given name of four is rare; 「長 谷 川 　 恵 理 子」 is three and three)
    confident = [gap for gap, a, b in sides if max(a, b) >= 4 and min(a, b) >= 3]
    return min([_COLUMN_GAP, *confident])


def _unspace(line: str) -> str:
    """``出 席 委 員　　会 長 白 井 直 人`` -> ``出席委員  会長白井直人``.

    Letters are joined, but a gap of two or more spaces after a header label or a role word
    still separates it from its value; any other wide gap is inside a name (``松 岡 　 健``,
    ``森 　 健 太``). The indent is kept, so a continuation row still continues its row.
    """
    indent = line[: len(line) - len(line.lstrip())]
    words: list[str] = []
    halves: list[list[str]] = []  # the gap-parted pieces each word was joined from
    body = line.strip()
    if "".join(body.split()) in lx.DOC_TYPES:
        return indent + "".join(body.split())  # 「議　　事　　録」: the document's type, spaced
    if m := _LIST_NUMBER.match(body):  # ``3 出 席 者``: the list number stays apart
        words.append("".join(m.group().split()))
        halves.append([words[-1]])
        body = body[m.end() :]
    # a note closes its name, however narrow the gap after it (「康 弘(会長) 日 下 部」)
    body = _AFTER_NOTE.sub("  ", body)
    parts = _WIDE_GAP_KEPT.split(body)
    column_gap = _column_gap(parts)
    for n, (segment, gap) in enumerate(zip(parts[::2], ["", *parts[1::2]], strict=True)):
        word = "".join(segment.split())
        first = segment.split()[0] if n == 0 and segment.strip() else ""
        if n == 0 and not words and len(first) >= 2 and first in LABEL_FIELD and word != first:
            words.append(first)  # 「欠席委員　内 海 　 雅 人」: a label printed whole, then a name
            halves.append([first])
            word = word[len(first) :]
        elif n == 0 and not words and (label := _label_prefix(word)):
            words.append(label)  # 「出 席 委 員 会 長」: the label, then its value
            halves.append([label])
            word = word[len(label) :]
        # Two names side by side (伊 集 院 　 礼 子　　　　江 波 戸), or a name closed by its note.
        column = len(gap) >= column_gap or (bool(words) and words[-1].endswith(")"))
        # two whole names side by side (小 松 和 也　　谷 口 さ と み): four letters or more on
        # each side of the gap are no family name and given name
        column = column or (
            bool(words)
            and len(_LIST_SEPARATOR.split(words[-1])[-1]) >= 4
            and len(_LIST_SEPARATOR.split(word)[0]) >= 4
        )
        # a whole name, then a family name whose one-letter given name is padded to the
        # column (葛 西 由 美　　宮 内 　 修): the narrower gap parts the two names
        following = "".join(parts[2 * n + 2].split()) if 2 * n + 2 < len(parts) else ""
        column = column or (
            bool(words)
            and len(_LIST_SEPARATOR.split(words[-1])[-1]) >= 4
            and 2 <= len(word) <= 3
            and len(following) == 1
            and 2 * n + 2 == len(parts) - 1
        )
        if (
            words
            and not column
            and words[-1] not in _GAP_WORDS
            and word not in _GAP_WORDS  # 「…達 也　　委　員　　江 藤」: a role opens an entry
            and not _LIST_NUMBER.match(words[-1] + " ")
        ):
            words[-1] += word
            halves[-1].append(word)
        elif word:
            words.append(word)
            halves.append([word])
    return indent + "  ".join(_paired_names(w, h) for w, h in zip(words, halves, strict=True))


_NAME_HALF = re.compile(r"[\u3400-\u9fff々ヶ\u3040-\u309f]{1,3}")
_WHOLE = re.compile(r"[\u3400-\u9fff々ヶ\u3040-\u309f]{4,6}")


def _paired_names(word: str, halves: list[str]) -> str:
    """Names whose family/given gap is as wide as the gap between them
    (「江 川 　 修　　　国 分 　 優 子」, or narrower: 「北 条 　 隆　　宇 佐 見 　 純 子」):
    four or more halves of one to three letters each pair up, as family and given name,
    into names set apart by a column gap."""
    if len(halves) < 3:
        return word
    # (a piece of four letters or more is a whole name: 「戸 張 清 美　　三 森 　 篤」; the
    # pieces between such names pair up)
    runs: list[list[str]] = [[]]
    for h in halves:
        if _WHOLE.fullmatch(h):
            runs += [[h], []]
        else:
            runs[-1].append(h)
    names: list[str] = []
    for run in (r for r in runs if r):
        if len(run) == 1 and _WHOLE.fullmatch(run[0]):
            names.append(run[0])
        elif len(run) % 2 == 0 and all(_NAME_HALF.fullmatch(h) for h in run):
            names += [a + b for a, b in zip(run[::2], run[1::2], strict=True)]
        else:
            return word
    return "  ".join(names) if len(names) >= 2 else word


_DOC_TYPE = re.compile(f"(?:{_alternation(lx.DOC_TYPES)})$")


def _heading_key(line: str) -> str:
    return _DOC_TYPE.sub("", "".join(line.split()))


def _running_headers(lines: list[str]) -> set[int]:
    """Lines repeated on every page: the same text (twice or more) beside a page marker,
    or the document's heading beside one or printed with the page number after a gap."""
    markers = [i for i, ln in enumerate(lines) if len(ln) < 24 and is_page_marker(ln.strip())]
    # The document's heading reprinted on each page, even if the first print is spaced out.
    heads = {_heading_key(ln) for ln in [t for t in lines[:40] if t.strip()][:2]}
    # 「しずく町審議会 要録　　　1/3」: a running header with its page number on one line.
    paged = {
        i: m.group(1)
        for i, ln in enumerate(lines)
        if "  " in ln and len(ln) < 120 and (m := TRAILING_PAGE.match(ln))
    }
    # ... whether it reprints the heading, or is the same text on two pages or more
    repeated = Counter(compact(text) for text in paged.values())
    drop = {
        i for i, text in paged.items() if repeated[compact(text)] >= 2 or _reprints(text, heads)
    }
    if not markers:
        return drop
    counts = Counter(s for ln in lines if len(s := ln.strip()) >= 6)
    beside: dict[str, list[int]] = {}
    for i in markers:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and len(s := lines[j].strip()) >= 6 and counts[s] >= 2:
                beside.setdefault(s, []).append(j)
    # Repeated beside two page markers (an item heading is repeated too, from the agenda,
    # but stands beside a page marker only by chance, once).
    drop |= {j for found in beside.values() if len(set(found)) >= 2 for j in found}
    for i in markers:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and lines[j].strip() and _reprints(lines[j], heads):
                drop.add(j)
    return drop


def _reprints(line: str, heads: set[str]) -> bool:
    """The document's heading, or its tail without the session (the council's name)."""
    key = _heading_key(line)
    return key in heads or (len(key) >= 6 and any(h.endswith(key) for h in heads))


_TABLE_REF = re.compile("|".join(f"(?:{p})" for p in lx.TABLE_REFERENCES))
# (the kind word may be left to the column head: 「諮問番号」 over 「第57号」)
_ROW_NUMBER = re.compile(r"^(?:(?:令和|平成)\d+年度)?(?:諮問|報告)?第\s*\d+\s*号$")
_REFERENCE_KIND = re.compile(r"(諮問|報告)第")
_CELLS = re.compile(r"\t+|\s{2,}| \| |\|")


_LEAD_NUMBER = re.compile(r"^((?:(?:令和|平成)\d+年度)?(?:諮問|報告)第\s*\d+\s*号)\s+(\S.*)$")


def _row_cells(line: str) -> list[str]:
    """Cells of a table row; a number cell parted from the next by one space still is one
    (「諮問第41号　市税の…について　　　納税課」)."""
    cells = [c.strip() for c in _CELLS.split(line.strip()) if c.strip()]
    if len(cells) == 1 and line.count("/") >= 2:
        cells = [c.strip() for c in line.split("/") if c.strip()]  # 番号/件名/担当課 rows
    m = _LEAD_NUMBER.match(cells[0]) if cells else None
    cells = [m.group(1), m.group(2), *cells[1:]] if m else cells
    if len(cells) in (2, 3) and (t := _TITLE_THEN_UNIT.match(cells[1])):
        if len(cells) == 2 or t.group(2).endswith(lx.UNIT_ENDINGS):
            # the unit cell parted by one space too (the verdict after it by a wide gap)
            cells = [cells[0], t.group(1), t.group(2), *cells[2:]]
    elif len(cells) == 2 and (t := _CELL_THEN_UNIT.match(cells[1])):
        if t.group(2).endswith(lx.UNIT_ENDINGS):
            # a title broken inside its cell (「…業務委託に　保険年金課」 over 「ついて」)
            cells = [cells[0], t.group(1), t.group(2)]
    return cells


_CELL_THEN_UNIT = re.compile(r"^(\S.{3,}?)\s+(\S{2,16})$")
# 「…について　住宅課」: a title cell, then the department's cell after a single space.
_TITLE_THEN_UNIT = re.compile(r"^(.+?(?:について|の件|に関すること))\s+(\S{2,16})$")
# 「(1)～(3)」 before the numbers the table lists: the rows bring their own.
_ORDINAL_RANGE = re.compile(
    r"[(\[]?\d{1,2}[)\]]?\s*(?:[~\-・、,]|から)\s*[(\[]?\d{1,2}[)\]]?\s*(?:まで)?\s*$"
)


# Words one of lx.TABLE_REFERENCES holds (a cheap test before the pattern).
_REFERENCE_HINTS = ("号から", "号~", "ないし", "件", "号及び", "号および", "号、第", "号・第")


def _expand_table_references(lines: list[str], report: LayoutReport) -> list[str]:
    """An agenda entry that points to a table becomes the table's rows, one entry each."""
    for i, line in enumerate(lines[:300]):
        ranged = any(w in line for w in _REFERENCE_HINTS)
        m = _TABLE_REF.search(line) if ranged else None
        if not m:
            continue
        rows: list[int] = []
        cells_of: list[list[str]] = []
        moved: dict[int, int] = {}  # a row's line -> the line its last cells were pushed onto
        verdicts = False
        end = min(i + 60, len(lines))
        for k in range(_table_start(lines, i + 1, end), end):
            cells = _row_cells(lines[k])
            if len(cells) >= 2 and _ROW_NUMBER.match(cells[0]):
                rows.append(k)
                cells_of.append(cells)
                verdicts = verdicts or (len(cells) >= 4 and classify_verdict(cells[-1]) is not None)
            elif rows and len(cells_of[-1]) == 2 and _moved_unit_cell(lines[k], cells):
                # 「…について」 filling the title's column, its 担当課 (and 結果) pushed onto
                # the next line
                rows.append(k)
                moved[rows[-2]] = k
                cells_of[-1].extend(cells)
                verdicts = verdicts or (len(cells) == 2 and classify_verdict(cells[1]) is not None)
            elif rows and _wrapped_cell(lines[k], cells, cells_of[-1]):
                # a title wrapped inside its cell: the line continues the row above
                rows.append(k)
                tail = _TITLE_THEN_UNIT.match(cells[0]) if len(cells) == 1 else None
                if tail and tail.group(2).endswith(lx.UNIT_ENDINGS):
                    cells = [tail.group(1), tail.group(2)]  # 「外部結合について 戸籍住民課」
                cells_of[-1][1] += cells[0]
                if len(cells) >= 2 and len(cells_of[-1]) == 2:
                    cells_of[-1].extend(cells[1:])
            elif rows and lines[k].strip():
                break
        if not cells_of:
            continue
        kind = _REFERENCE_KIND.search(line)
        for c in cells_of:
            if c[0].startswith("第") and kind:
                c[0] = kind.group(1) + c[0]  # 「第57号」 under 「諮問第57号から第60号まで」
        entries = [f"{c[0]} {c[1]}" + (f"〔{c[2]}〕" if len(c) >= 3 else "") for c in cells_of]
        report.roles["table_reference"] += 1
        header = rows[0] - 1
        # A table that also gives each row's result is the result table: it stays, a row
        # whose last cells were pushed onto the next line joined into one again.
        drop = set(moved.values()) if verdicts else set(rows)
        joined = {k: f"{lines[k].rstrip()}  {lines[p].strip()}" for k, p in moved.items()}
        if not verdicts and header > i and any(w in lines[header] for w in lx.TABLE_HEADER_WORDS):
            drop.add(header)
        first = _ORDINAL_RANGE.sub("", line[: m.start()]) + entries[0] + line[m.end() :]
        if line.lstrip().startswith("|"):
            more = [f"| | {e} |" for e in entries[1:]]  # continuation rows of a pipe table
        else:
            indent = "\t" if "\t" in line else "  "
            more = [indent + e for e in entries[1:]]
        out = [*lines[:i], first, *more]
        rest = enumerate(lines[i + 1 :], start=i + 1)
        out += [joined.get(k, ln) if verdicts else ln for k, ln in rest if k not in drop]
        return out
    return lines


def _table_start(lines: list[str], start: int, end: int) -> int:
    """Where the referred table's rows may start: after its column heads (番号 件名 担当課)
    when they are printed, so a result list or conditions by number before it are no rows."""
    for k in range(start, end):
        if sum(w in lines[k] for w in lx.TABLE_HEADER_WORDS) >= 2:
            return k + 1
    return start


def _moved_unit_cell(line: str, cells: list[str]) -> bool:
    """A line indented far, holding one cell that names a section (市民課), or that and a
    verdict (子育て支援課　承認): the last cells of the row above."""
    indent = len(line) - len(line.lstrip())
    unit = bool(cells) and bool(_UNIT_WORD.search(cells[0]))
    return (
        indent >= 8
        and unit
        and (len(cells) == 1 or (len(cells) == 2 and classify_verdict(cells[1]) is not None))
    )


def _wrapped_cell(line: str, cells: list[str], row: list[str]) -> bool:
    """An indented line of one or two cells under a row whose title cell does not end like
    a title yet (…の直接 / 提出について): the rest of that title, with the row's last cells."""
    # (a PDF's text may lose the indent: then the tail ends like a title, its unit after it)
    tail = _TITLE_THEN_UNIT.match(line.strip())
    return (
        (line[:1].isspace() or (tail is not None and tail.group(2).endswith(lx.UNIT_ENDINGS)))
        and 1 <= len(cells) <= 2
        and len(cells[0]) <= 30
        and not _ROW_NUMBER.match(cells[0])
        and not row[1].endswith(("について", ")", "〕", "】"))
    )


# A speaker mark glued to its label inside a long line: ``…導入について(学校給食課) ●岩崎課長 …``.
# The character before the mark is checked in Python: a pattern that opens with a
# look-behind is tried at every position, one that opens with a character class is not.
_INLINE_TURN = re.compile(rf"[{re.escape(lx.SPEAKER_MARKS)}]([^\s「」()、。:：]{{1,20}})(?=\s)")
_BEFORE_TURN = frozenset(" \t。?!)」")


# A bracketed label right after a full stop: ``…説明があった。(委員)タブレットを…``.
# (a space may follow a bracketed role: 「…ある。　(会長) それでは…」, checked to be a label)
_INLINE_BRACKETED = re.compile(r"[(【<]([^\s「」()【】<>、。:：]{1,16})[)】>](?=\s?\S)")
_BEFORE_BRACKETED = frozenset("。?!」")
_BRACKETED_START = re.compile(r"^[(【<]([^\s「」()【】<>、。:：]{1,16})[)】>](?=\S)")
# The other label brackets («委員», 《会長》, 〈市民課〉 …) never enclose a note inside a
# sentence, so a space may follow them: 「…である。«委員»　…か。«市民課»　…」.
# One character class for the openers (a scan per alternative is slow on long lines); the
# closer is checked against the opener's pair where the match is used.
_LABEL_PAIRS = dict((o, c) for o, c in lx.SPEAKER_BRACKETS if o not in "(【<[")
_LABEL_OPEN = re.escape("".join(_LABEL_PAIRS))
_LABEL_CLOSE = re.escape("".join(_LABEL_PAIRS.values()))
_INLINE_LABEL_BRACKET = re.compile(
    rf"[{_LABEL_OPEN}]([^\s「」、。:：{_LABEL_OPEN}{_LABEL_CLOSE}]{{1,16}})[{_LABEL_CLOSE}]"
)


def _paired(m: re.Match[str] | None) -> re.Match[str] | None:
    """The match when its closer is its opener's pair (《会長》, not 《会長»)."""
    if m is None or m.re is not _INLINE_LABEL_BRACKET:
        return m
    return m if _LABEL_PAIRS.get(m.group()[0]) == m.group()[-1] else None


_UNIT_WORD = re.compile(r"..(?:課|係|室|センター|館|所|署|局)$")
# ``● 議事の概要 (1) …``: the proceedings start inside a header line.
_MARKED_BODY_START = re.compile(rf"^\s*[{re.escape(lx.FIELD_MARKS)}]\s*(\S{{2,12}})\s+(\S.*)$")


_ANY_OPENER = re.compile(f"[{re.escape(''.join(sorted(_OPENERS)))}]")


# The floor's assent as a stage direction inside a 要録 paragraph: 「…よろしいか。（「異議なし」
# の声あり）議事2 …」. It stands on a line of its own, and what follows starts another.
_INLINE_STAGE = re.compile(
    r"[(\[〔]\s*「?(?:異議なし|異議無し|異議ありません|賛成)」?\s*(?:(?:と|の|との)\s*)?"
    r"(?:声|発言|呼ぶ者)?\s*(?:あり|多数)?\s*[)\]〕]"
)


def _stage_cuts(line: str) -> list[int]:
    cuts: list[int] = []
    for m in _INLINE_STAGE.finditer(line):
        if m.start() and line[m.start() - 1] in "。?!」か":
            cuts.append(m.start())
            if line[m.end() :].strip():
                cuts.append(m.end())
    return cuts


# A decision block's tag inside a 要録's paragraph: 「…承認といたします。（結果）条件付き承認
# （条件）①…こと。」. Each tag starts a line of its own, as it would in a word-processor 会議録.
_INLINE_DECISION_TAG = re.compile(rf"\(\s*(?:{DECISION_TAGS})\s*\)")


def _decision_tag_cuts(line: str) -> list[int]:
    cuts: list[int] = []
    for m in _INLINE_DECISION_TAG.finditer(line):
        before = line[: m.start()].rstrip(" \u3000")
        # after a full stop, or after the verdict under the tag before (（結果）承認（条件）…)
        after_tag = bool(cuts) and classify_verdict(before[cuts[-1] :].split(")", 1)[-1])
        if before and (before[-1] in _BEFORE_BRACKETED or after_tag):
            cuts.append(m.start())
    return cuts


def _inline_cuts(line: str) -> list[int]:
    cuts = (
        _stage_cuts(line)
        + _decision_tag_cuts(line)
        + [
            m.start()
            for m in _INLINE_TURN.finditer(line)
            if m.start() and line[m.start() - 1] in _BEFORE_TURN and is_label(m.group(1))
        ]
    )
    for m in [*_INLINE_BRACKETED.finditer(line), *_INLINE_LABEL_BRACKET.finditer(line)]:
        # (a gap may stand between the full stop and the label: 「…思う。　＜税務課＞…」)
        before = line[: m.start()].rstrip(" \u3000")
        if not before or before[-1] not in _BEFORE_BRACKETED or not _paired(m):
            continue
        label = m.group(1)
        # (a section's name in ( ) set off by a space is a note, 「…（健康課） …」)
        spaced = m.re is _INLINE_BRACKETED and line[m.end() : m.end() + 1].isspace()
        if is_label(label) or (
            not spaced and _UNIT_WORD.search(label) and label not in _NOT_SPEAKER
        ):
            cuts.append(m.start())
    return sorted(set(cuts))


def _split_inline_turns(lines: list[str], report: LayoutReport) -> list[str]:
    """A 要録 written as one paragraph per item: each turn inside it starts its own line."""
    out: list[str] = []
    for line in lines:
        if len(line) < 60:
            out.append(line)
            continue
        m = _MARKED_BODY_START.match(line)
        if m and is_body_marker(m.group(1)):
            out.append(m.group(1))
            line = m.group(2)
        elif "\t" in line[:16]:
            label, value = line.split("\t", 1)
            if label.strip() and value.strip() and is_body_marker(label):
                out.append(label.strip())  # 「会議の内容<TAB>(1) …」: the body is that cell
                line = value.strip()
        if not _ANY_OPENER.search(line):
            out.append(line)
            continue
        cuts = _inline_cuts(line)
        if not cuts:
            out.append(line)
            continue
        report.roles["inline_turns"] += len(cuts)
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            piece = line[a:b].rstrip()
            unit = (
                (_BRACKETED_START.match(piece) or _paired(_INLINE_LABEL_BRACKET.match(piece)))
                if a
                else None
            )
            if unit is not None and _INLINE_DECISION_TAG.match(piece):
                unit = None  # 「（条件）①…」: a decision block's tag, no speaker
            if unit is not None and not is_label(unit.group(1)):
                piece = f"○{unit.group(1)} {piece[unit.end() :].lstrip()}"  # (介護保険課)端末は…
            if piece.strip():
                out.append(piece)
    return out


_BOX_CHARS = re.compile(f"[{re.escape(lx.BOX_RULES + lx.BOX_BARS)}]")
_BOX_RULE = re.compile(f"^[{re.escape(lx.BOX_RULES + lx.BOX_BARS)}\\s]+$")
_BOX_BAR = re.compile(f"[{re.escape(lx.BOX_BARS)}]")


def _unbox(lines: list[str], report: LayoutReport) -> list[str]:
    """A table drawn with box characters is a pipe table: rules go, bars become ``|``."""
    out = []
    for line in lines:
        if _BOX_RULE.match(line) and line.strip():
            report.roles["noise"] += 1
            continue
        out.append(_BOX_BAR.sub("|", line) if _BOX_BAR.search(line) else line)
    return out


# A label, then a leader or a bar, then the value: 「日時…………令和…」, 「会議名|…」.
_LEADER_ROW = re.compile(
    rf"^(\s*[^\s{lx.LABEL_BARS}…‥:：]{{0,12}}?\w\w)\s*{lx.LABEL_LEADERS}\s*(\S.*)$"
)
# the label may be letter-spaced: 「会 議 名 │ …」
_BAR_ROW = re.compile(
    rf"^(\s*[^\s{lx.LABEL_BARS}:：](?:[^{lx.LABEL_BARS}:：]{{0,20}}?[^\s{lx.LABEL_BARS}:：])?)"
    rf"\s*{lx.LABEL_BARS}\s*(\S.*)$"
)
_BAR_CONTINUED = re.compile(rf"^\s*{lx.LABEL_BARS}\s*(\S.*)$")
_ANY_SEPARATOR = re.compile(f"{lx.LABEL_LEADERS}|{lx.LABEL_BARS}")
# The same test, found as fast: a pattern that opens with one character class is scanned for
# that class, one that opens with alternatives of repeats is tried at every position (ten
# times slower on a header). A leader's character, then the rest of its run seen from it.
_SEPARATOR_HINT = re.compile(
    r"[…‥・･.―\-ｰー|](?:(?<=[…‥])[…‥]|(?<=[・･.])[・･.]{2}|(?<=[―\-ｰー])[―\-ｰー]{2}|(?<=\|))"
)
_HEADER_SCAN = 300


def _leader_row(m: re.Match[str]) -> bool:
    """A known label before the leader, or a leader too long for an ellipsis before a value
    that is no sentence (「えー……それでは開会します。」 is speech)."""
    if label_field(m.group(1)) not in (None, "ignore"):
        return True
    leader = m.string[m.end(1) : m.start(2)].strip()
    return len(leader) >= 3 and not m.group(2).rstrip().endswith("。")


def _label_separators(lines: list[str], report: LayoutReport) -> list[str]:
    """Header rows whose label and value are parted by dot leaders or a bar become
    ``label：value``; a bar row with no label continues the row above (indented)."""
    out = list(lines)
    bar_rows = False
    for i, line in enumerate(lines[:_HEADER_SCAN]):
        if "。" in line[:16]:
            bar_rows = False
            continue
        m = _LEADER_ROW.match(line)
        if m and "…" not in m.group(2)[:1] and _leader_row(m):
            out[i] = f"{m.group(1)}:{m.group(2)}"
            report.roles["leader_row"] += 1
            continue
        m = _BAR_ROW.match(line) if "|" in line else None
        known = m is not None and label_field(m.group(1)) not in (None, "ignore")
        if m and known and not line.lstrip().startswith("|"):
            out[i] = f"{m.group(1)}:{m.group(2).rstrip(' |')}"
            bar_rows = True
            continue
        m = _BAR_CONTINUED.match(line) if bar_rows else None
        if m and "|" not in m.group(1):
            out[i] = f"  {m.group(1)}"
            continue
        bar_rows = bar_rows and bool(line.strip())
    return out


# Header labels and body markers, each letter-spaced or not (日時 / 日 時): what a field
# lead may stand before.
_LEAD_LABELS = sorted(
    {k for k in LABEL_FIELD if len(k) >= 2} | {k for k in _BODY_MARKERS_ALL if len(k) >= 2},
    key=len,
    reverse=True,
)
_SPACED_LABEL = "|".join(" ?".join(re.escape(ch) for ch in k) for k in _LEAD_LABELS)
# A lead before a label: one symbol character (▣ ◉ ❖ …, by Unicode class, not a list), a
# counted number (1. / 2． / 3、) or an opening bracket whose pair closes the label (〈日時〉).
_FIELD_LEAD = re.compile(
    r"(?:^|(?<=\s))(?:(?P<num>\d{1,2})[.、]\s?|(?P<cnum>[^\W\d_])|(?P<open>[^\w\s]))\s?"
    rf"(?P<label>{_SPACED_LABEL})(?P<note>\([^()]{{1,24}}\))?"
    r"(?:(?P<close>[^\w\s(:：])|(?=[\s:：]|$))"
)
_LEAD_SCAN = 80  # header lines looked at for field leads
# What every lead that counts needs, tested before the lead pattern (which is tried at every
# position of a line, behind its look-behind): at the line's start or after a blank, a
# number with its stop or one character that is neither a blank nor a letter of the kana,
# kanji or Latin ranges (none of those is a symbol, a bracket or a number by its Unicode
# class, so none leads), then the first character of a label. Lines without it (most
# header lines: 日時　令和…, names, sentences) hold no lead _lead_key accepts, so skipping
# them changes nothing.
_LEAD_BEFORE_LABEL = re.compile(
    r"(?:^|\s)(?:\d{1,2}[.、]\s?"
    r"|[^\s\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fffA-Za-z])\s?"
    rf"[{re.escape(''.join(sorted({k[0] for k in _LEAD_LABELS})))}]"
)
# Marks the header already reads before a label (■ ● ◆ …), the marks of speakers' turns and
# the bars of a table are left as they are.
_NO_FIELD_LEAD = frozenset(LABEL_MARKS + "○〇◯|¦" + lx.BOX_BARS + lx.BOX_RULES)


def _lead_key(m: re.Match[str]) -> str | None:
    """What kind of lead the match has: ``num``, ``pair:〈`` or ``mark:▣``; None when the
    characters around the label are no lead (a closer with no opener, a letter)."""
    if m.group("num"):
        return None if m.group("close") else "num"
    if m.group("cnum"):
        # one character that is a number by its Unicode class (① ⑴ ❶ ⒈), not a letter
        cnum = m.group("cnum")
        return "cnum" if unicodedata.category(cnum) == "No" and not m.group("close") else None
    o, c = m.group("open"), m.group("close")
    if c is not None:
        return f"pair:{o}" if _PAIR_OF.get(o) == c else None
    if unicodedata.category(o)[0] != "S" or o in _NO_FIELD_LEAD or o in _BRACKET_CHARS:
        # (an opening bracket such as < leads only as a pair: 「< 議 事 >」 is no mark)
        return None  # a symbol (So, Sm); not a comma, a table's bar or a turn's ○
    return f"mark:{o}"


def _marked_before(line: str, at: int) -> bool:
    before = line[:at].rstrip()
    return bool(before) and unicodedata.category(before[-1])[0] == "S"


def _counts_on(numbers: list[int]) -> bool:
    """1, 2, 3 … in order: a counting sequence (a stray 3. is no field lead)."""
    return len(numbers) >= 3 and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _field_leads(lines: list[str]) -> dict[int, list[re.Match[str]]]:
    """Header fields opened by a lead the document uses again and again, found by structure:
    the same mark, bracket pair or counted number before several distinct header labels
    (▣日時 … ▣場所 …, 〈日時〉 … 〈場所〉, 1.会議名 … 2.日時). The scan ends where speech
    starts, so a speaker's turn is never read as a field."""
    found: dict[int, list[re.Match[str]]] = {}
    by_key: dict[str, set[str]] = {}
    numbers: list[int] = []
    circled: list[int] = []
    inline: set[str] = set()  # pair and number leads must open two fields on one line
    for i, line in enumerate(lines[:_LEAD_SCAN]):
        if "。" in line and speaker_parts(line.strip()) is not None:
            break
        if len(line) < 3 or not _LEAD_BEFORE_LABEL.search(line):
            continue
        on_line: Counter[str] = Counter()
        for m in _FIELD_LEAD.finditer(line):
            key = _lead_key(m)
            if key is None or (key in ("num", "cnum") and _marked_before(line, m.start())):
                continue  # 「● 2.日時」: a mark already leads the field
            found.setdefault(i, []).append(m)
            on_line[key] += 1
            by_key.setdefault(key, set()).add(m.group("label").replace(" ", ""))
            if key == "num":
                numbers.append(int(m.group("num")))
            elif key == "cnum":
                circled.append(int(unicodedata.numeric(m.group("cnum"), 0)))
        inline |= {k for k, n in on_line.items() if n >= 2}
    counted = {k for k, ns in (("num", numbers), ("cnum", circled)) if _counts_on(ns)}
    keep = {
        k
        for k, labels in by_key.items()
        if len(labels) >= 2
        and (k.startswith("mark:") or k in inline or k == "cnum")
        and (k not in ("num", "cnum") or k in counted)
    }
    return {i: kept for i, ms in found.items() if (kept := [m for m in ms if _lead_key(m) in keep])}


def _canonical_leads(lines: list[str], report: LayoutReport) -> list[str]:
    """Field leads of any shape rewritten as the canonical ``●label`` (letter spacing out,
    ``label:`` when nothing follows on the line), which the field split then reads."""
    leads = _field_leads(lines)
    if not leads:
        return lines
    out = list(lines)
    for i, ms in leads.items():
        line = out[i]
        for m in reversed(ms):
            label = m.group("label").replace(" ", "") + (m.group("note") or "")
            tail = line[m.end() :]
            if _lead_key(m) not in ("num", "cnum") and not _lead_key(m).startswith("pair:"):
                line = f"{line[: m.start()]}●{label}{tail}"  # ▣日 時 … -> ●日時 …
                continue
            sep = ":" if not tail.strip() else " "
            line = f"{line[: m.start()]}●{label}{sep}{tail.lstrip()}"
            report.roles["field_lead"] += 1
        out[i] = line
    return out


def _separator_char(ch: str) -> bool:
    """A character that parts a label from its value: any colon, equals sign or solidus by
    its Unicode name (: ： ﹕ ꞉ = ＝ / ／), not a list bullet or a mark."""
    if ch.isalnum() or ch.isspace():
        return False
    name = unicodedata.name(ch, "")
    return any(w in name for w in ("COLON", "EQUALS SIGN", "SOLIDUS"))


def _value_leads(lines: list[str], report: LayoutReport) -> list[str]:
    """A header flattened from a table, each value on the lines under its label and opened
    by the separator (「開催場所」 / 「：市役所…」): the separator goes, so the label's row
    is label over value (the two-column shape the header reads). Found by structure: at
    least two label lines each followed by a line opening with the same separator."""
    pairs: Counter[str] = Counter()
    scan = lines[:_HEADER_SCAN]
    for prev, line in zip(scan, scan[1:], strict=False):
        s = line.lstrip()
        if len(s) > 1 and _separator_char(s[0]) and compact_label(prev) in LABEL_FIELD:
            pairs[s[0]] += 1
    leads = {ch for ch, n in pairs.items() if n >= 2}
    if not leads:
        return lines
    out = list(lines)
    for i, line in enumerate(scan):
        s = line.lstrip()
        if len(s) > 1 and s[0] in leads:
            if "。" in s and speaker_parts(s[1:].strip()) is not None:
                break
            out[i] = "  " + s[1:].lstrip()  # indented: a value line under its label
            report.roles["value_lead"] += 1
    return out


def compact_label(line: str) -> str:
    return "".join(line.split())


def rewrite(lines: list[str]) -> tuple[list[str], LayoutReport]:
    """Classify each line and return the lines in canonical layout, with what was seen."""
    report = LayoutReport()
    # (Searched in the joined lines at once: neither pattern can match a line break.)
    if _BOX_CHARS.search("\n".join(lines[:2000])):
        lines = _unbox(lines, report)
    if _SEPARATOR_HINT.search("\n".join(lines[:_HEADER_SCAN])):  # (_ANY_SEPARATOR)
        lines = _label_separators(lines, report)
    lines = _canonical_leads(lines, report)
    lines = _value_leads(lines, report)
    # 「諮問第 7号」 is 諮問第7号 to every rule below, the table references' too
    lines = [_NUMBER_SPACE.sub("", line) if "第" in line else line for line in lines]
    lines = _expand_table_references(lines, report)
    lines = _split_inline_turns(lines, report)
    running = _running_headers(lines)
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first in running and (m := TRAILING_PAGE.match(lines[first])):
        # the document's own heading, printed with the first page's number: the heading
        lines[first] = m.group(1)
        running.discard(first)
    bare_labels = _bare_labels_used(lines, running)
    out: list[str] = []
    pending_label: str | None = None
    pending_label_line = ""
    for i, raw in enumerate(lines):
        line = _INLINE_NOISE.sub("", raw) if "B" in raw else raw
        s = line.strip()
        if line is not raw and s != raw.strip() and len(s) < 40 and "。" not in s:
            report.roles["noise"] += 1  # a download link: 会議録(PDF) [1,024KB PDFファイル]
            continue
        if s and len(s) < 60 and _FOOTER.fullmatch(s):
            report.roles["noise"] += len(lines) - i
            break
        if s in _END_MARKS and all(not t.strip() for t in lines[i + 1 : i + 40]):
            report.roles["noise"] += 1
            continue
        spaced = s.count(" ") >= 2
        if i in running or (
            s and len(s) < 120 and (_NOISE.fullmatch(s) or (spaced and _is_menu(s)))
        ):
            report.roles["noise"] += 1
            continue
        if spaced and len(s) < 80 and _spaced_out(s):
            report.roles["spaced"] += 1
            marked = _spaced_label(s) if s[0] in lx.SPEAKER_MARKS else None
            # 「○市 民 課 長 受付票を…」: the label keeps its own end, the words are joined
            line = f"{s[0]}{marked[1]} {_unspace(marked[2])}" if marked else _unspace(line)
            s = line.strip()
        if "(" in s[:16] and (m := _NOTED_LABEL.match(line)) and _noted_field(m):
            line = _known_mark(m.group(1)) + m.group(2) + line[m.end() :]
            s = line.strip()
        marks = len(_FIELD_SPLIT.findall(s)) if len(s) > 6 and _has_field_mark(s) else 0
        if marks >= 2 or (marks == 1 and i < 80 and _FIELD_SPLIT.match(s) and not _spoken(s)):
            report.roles["fields"] += 1
            out.extend(_split_fields(s))
            continue
        if pending_label is not None and s:
            if is_page_marker(s):
                continue
            if (_looks_like_speech(s) and not _header_row(pending_label, s)) or _caption(s):
                # a caption is bracketed, the canonical shape of a label over its text
                words = f"【{s.rstrip(':： ')}】" if _caption(s) else s
                out.append(f"○{pending_label} {words}")
                pending_label = None
                continue
            out.append(pending_label_line)
            pending_label = None
        parts = speaker_parts(s) if s and len(s) <= 4000 else None
        if parts is None and bare_labels and _bare_label(s) and _bare_turn(lines, i, running):
            parts = ("bare", s.replace(" ", ""), "")
        elif parts is None and s.endswith(":") and _bare_label(s[:-1].rstrip()):
            # 「会長：」 alone on its line, the words below (not a header label over a list)
            if _bare_turn(lines, i, running):
                parts = (":", s[:-1].strip().replace(" ", ""), "")
        if parts is not None:
            style, label, words = parts
            nxt = None if words else _next_text(lines, i + 1, running)
            if words and _looks_like_speech(words) and not _header_row(label, words):
                report.roles["speaker"] += 1
                report.speaker_styles[style] += 1
                out.append(f"○{label} {words}")
                continue
            if (
                not words
                and nxt is not None
                and (
                    (_looks_like_speech(nxt) and not _header_row(label, nxt))
                    or _captioned_words(lines, i + 1, running)
                )
            ):
                # A label alone on its line: the words on the following lines are its turn.
                report.roles["speaker"] += 1
                report.speaker_styles[style] += 1
                pending_label, pending_label_line = label, line
                continue
        report.roles["text" if s else "blank"] += 1
        out.append(line)
    if pending_label is not None:
        out.append(pending_label_line)
    _drop_closing_mark(out, report)
    return out, report


# Labels without any mark or bracket, alone on their line (a <dt> of an HTML page, a
# plain-text copy): trusted only when the minutes use them for several turns.
_BARE_LABEL_TURNS = 3


_LABEL_ENDS = (*lx.SPEAKER_ENDINGS, ")")


def _bare_label(s: str) -> bool:
    return (
        0 < len(s) <= 20
        and s.endswith(_LABEL_ENDS)  # a cheap test before the label pattern
        and "。" not in s
        and not s[0].isdigit()
        and is_label(s)
    )


def _bare_turn(lines: list[str], i: int, running: set[int]) -> bool:
    """The words under a bare label are sentences (a list of names under 出席委員 is not)."""
    nxt = _next_text(lines, i + 1, running)
    return nxt is not None and "。" in nxt and speaker_parts(nxt) is None


def _bare_labels_used(lines: list[str], running: set[int]) -> bool:
    seen = 0
    for i, line in enumerate(lines):
        if _bare_label(line.strip()) and _bare_turn(lines, i, running):
            seen += 1
            if seen >= _BARE_LABEL_TURNS:
                return True
    return False


def _spoken(s: str) -> bool:
    """「○事務局　・…こと。」: a marked speaker's sentence, not a header field of that name."""
    return s.endswith("。") and speaker_parts(s) is not None


def _drop_closing_mark(out: list[str], report: LayoutReport) -> None:
    """``以上`` as the last text line closes the minutes; it is not part of the last item."""
    j = len(out) - 1
    while j >= 0 and not out[j].strip():
        j -= 1
    if j >= 0 and out[j].strip() in _END_MARKS:
        report.roles["noise"] += 1
        del out[j]


_ANY_FIELD_MARK = re.compile(f"[{re.escape(lx.FIELD_MARKS)}]")


def _has_field_mark(s: str) -> bool:
    return _ANY_FIELD_MARK.search(s) is not None


# A caption the secretariat reads out before the text it names: 「留意事項」, 「条件：」 (a
# bracketed one, 「（条件）」, is a decision tag the later stages read as a block of its own).
_CAPTIONS = frozenset((*lx.NOT_SPEAKER, *lx.OPINION_NAMES))


def _caption(s: str) -> bool:
    return len(s) <= 12 and s.rstrip(":： ") in _CAPTIONS


def _captioned_words(lines: list[str], start: int, skip: set[int]) -> bool:
    """A label alone on its line whose words come under a caption: 「〘事務局〙」, 「留意事項」,
    then 「…されたい。」."""
    texts = []
    for j in range(start, min(start + 8, len(lines))):
        s = lines[j].strip()
        if s and j not in skip and not is_page_marker(s):
            texts.append(s)
        if len(texts) == 2:
            return _caption(texts[0]) and _looks_like_speech(texts[1])
    return False


def _next_text(lines: list[str], start: int, skip: set[int]) -> str | None:
    for j in range(start, min(start + 6, len(lines))):
        s = lines[j].strip()
        if not s or j in skip or is_page_marker(s) or _NOISE.fullmatch(s):
            continue
        return s
    return None


def _split_fields(line: str) -> list[str]:
    """``● 日時 … ● 場所 …`` -> ``日時：…`` / ``場所：…``; the agenda value keeps its entries."""
    starts = [m.start() for m in _FIELD_SPLIT.finditer(line)]
    head = line[: starts[0]].strip() if starts else ""
    out = [head] if head else []
    for a, b in zip(starts, [*starts[1:], len(line)], strict=True):
        chunk = line[a + 1 : b].strip()
        m = re.match(rf"({_FIELD_LABELS}){_LABEL_NOTE}(?:[\s:：]+|(?=\(\d))(.*)$", chunk)
        if m and LABEL_FIELD.get(m.group(1)) == "agenda":
            # Entries on their own indented lines, so a 報告事項 inside is not a new field.
            first, *rest = _AGENDA_SPLIT.split(m.group(2).strip())
            rest = [part for entry in rest for part in _section_apart(entry)]
            out.append(f"{m.group(1)}:{first.strip()}")
            out.extend(f"  {entry.strip()}" for entry in rest if entry.strip())
        elif m:
            out.append(f"{m.group(1)}:{m.group(2).strip()}")
        elif _BODY_HEAD.match(chunk):
            out.append(f"●{chunk}")  # the proceedings start: 「● 審議内容 …」 keeps its mark
        else:
            out.append(chunk)
    return out


_BODY_HEAD = re.compile(rf"(?:{_alternation(tuple(_BODY_MARKERS_ALL))})[\s:：]")
