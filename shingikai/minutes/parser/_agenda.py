"""Agenda entries: item numbers, titles, departments and the kind of each section.

The same vocabulary serves the header's 会議次第 cell and the body's item headings, so a
heading such as ``[諮問第 480 号]おたふくかぜ…`` and an agenda line such as
``1 [諮問第480号] おたふくかぜ…`` split into the same number, title and department.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ._normalize import collapse_letter_spacing, compact, is_page_marker, title_key
from .lexicon import (
    CIRCLED_ORDINALS,
    DEFAULT_ITEM_KIND,
    DOC_TYPES,
    ENCLOSED_SERIES,
    KIND_MARKS,
    NUMBER_TAILS,
    ORDINAL_SHAPES,
    ORDINAL_WORDS,
)

_KNUM = "0-9一二三四五六七八九十百〇"
_NUMBER_TAILS = "|".join(NUMBER_TAILS)
_CIRCLED = "".join(CIRCLED_ORDINALS)
NUMBER_RE = re.compile(
    rf"(?:(?:令和|平成|昭和)(?:[{_KNUM}]+|元)年度)?"
    rf"(?:諮問|報告|議案|答申|協議|審議|確認|承認|意見)?第[{_KNUM}]+号(?:{_NUMBER_TAILS})?"
)
_BRACKET_NUM = re.compile(r"^[\[【〔]\s*([^\]】〕]{1,20}?)\s*[\]】〕]\s*")
_SHORT_NUM = re.compile(r"(?:令和?|平成?|昭和?|R|H)?\d+[-‐ー―]\d+|(?:No\.?\s*)?\d+")
_ORDINAL_WORD = "|".join(ORDINAL_WORDS)
# One alternation of the extra shapes; each shape's own ``ord`` group is renamed.
SHAPES = "|".join(
    f"(?:{p.replace('(?P<ord>', f'(?P<ord{i}>')})" for i, p in enumerate(ORDINAL_SHAPES)
)
_ORDINAL = re.compile(
    r"^(?:\((\d{1,2})\)|(\d{1,2})[.、](?!\d)|(\d{1,2})(?=\s)|([アイウエオカキクケコサシスセソ])(?=[\s.、])"
    # 議題1 / 案件A / 審議ア / 議案一: a word, then a counter of any series
    # 議題(1) / 案件〔2〕: the word, then a bracketed number
    rf"|((?:{_ORDINAL_WORD})(?:\d{{1,2}}|[A-Zア-コ]|[一二三四五六七八九十]{{1,3}}"
    rf"|[(\[【〔<〈《]\d{{1,2}}[)\]】〕>〉》])|[{_CIRCLED}])(?=\s)"
    rf"|({SHAPES})(?![0-9]))"
    r"[\s.、]*"
)


# A worded ordinal in brackets: 「【案件1】…」, 「［議題2］…」.
_BRACKETED_WORD_ORDINAL = re.compile(
    rf"^[\[【〔<〈《]\s*((?:{_ORDINAL_WORD})(?:\d{{1,2}}|[A-Zア-コ]|[一二三四五六七八九十]{{1,3}}))"
    r"\s*[\]】〕>〉》]\s*"
)


# Counter series an ordinal may count in; a series is judged by its successor, so a
# new decoration (第, brackets, a full stop) needs no rule of its own.
_SERIES = (
    "一二三四五六七八九十",
    "イロハニホヘトチリヌルヲ",
    "アイウエオカキクケコサシスセソ",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "abcdefghijklmnopqrstuvwxyz",
    "".join(CIRCLED_ORDINALS),
    "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ",
    *ENCLOSED_SERIES,
)
_SERIES_CHARS = "".join(_SERIES)
# 第一 / (A) / ロ / 3. / 〔2〕: a counter with any decoration, set off by a space.
_DECORATED = re.compile(
    rf"(第?)([(\[【〔〈《]?)(\d{{1,2}}|[{_SERIES_CHARS}])([)\]】〕〉》]|[.、](?!\d))?"
    r"(?:(?<=[)\]】〕〉》])|(?=\s))"
)


def _successor(counter: str) -> str | None:
    if counter.isdigit():
        return str(int(counter) + 1)
    for series in _SERIES:
        i = series.find(counter)
        if i >= 0:
            return series[i + 1] if i + 1 < len(series) else None
    return None


def _series_split(entry: str) -> list[str]:
    """An entry holding several of a run of ordinals (「イ … ロ … ハ …」, 「第一 … 第二 …」,
    「(A) … (B) …」): split where the successor of each ordinal follows a space."""
    m = _DECORATED.match(entry)
    if m is None or len(entry) < 24:
        return [entry]
    lead, opening, counter, closing = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if not (lead or opening or closing) and counter.isdigit():
        return [entry]  # a bare number is too common inside titles to split at
    cuts, pos = [0], m.end()
    while (counter := _successor(counter)) is not None:
        after = "" if opening and closing else r"(?=\s)"  # (B)諮問… needs no space
        token = re.compile(rf"(?<=\s){re.escape(lead + opening + counter + closing)}{after}")
        found = token.search(entry, pos)
        if found is None:
            break
        cuts.append(found.start())
        pos = found.end()
    if len(cuts) < 2:
        return [entry]
    return [entry[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(entry)], strict=True)]


def _ordinal_of(m: re.Match[str]) -> str | None:
    """The ordinal as printed from a match of ``_ORDINAL``."""
    if m.group(1):
        return f"({m.group(1)})"
    if m.group(6):
        named = [v for k, v in m.groupdict().items() if k.startswith("ord") and v]
        return named[0] if named else m.group(6)
    return m.group(2) or m.group(3) or m.group(4) or m.group(5)


_DEPT_WORD = r"(?:課|部|室|局|係|センター|館|所|園|署|病院|担当|事務局|委員会)"
# 「(担当：市民課)」 / 「〔所管課 危機管理課〕」: the label in front of the section goes.
_DEPT_LABEL = re.compile(r"^(?:担当課?|所管課?|説明課?|説明者|担当部署|所管部署)\s*[:：]?\s*")
# Any bracket pair may hold the department: (…), […], 【…】, 〔…〕, 〈…〉, 《…》, 〖…〗, {…}.
_OPEN = r"(\[【〔〈《〖{<≪«‹"
_CLOSE = r")\]】〕〉》〗}>≫»›"


def _more_brackets() -> tuple[str, str]:
    """Every other opening bracket of the general and CJK punctuation blocks whose next code
    point closes it (Unicode classes Ps and Pe): ⟪⟫, ❲❳, ⦅⦆ … hold a department too."""
    o, c = "", ""
    for i in (*range(0x2000, 0x2E80), *range(0x3000, 0x3040)):
        a, b = chr(i), chr(i + 1)
        if unicodedata.category(a) == "Ps" and unicodedata.category(b) == "Pe" and a not in _OPEN:
            o, c = o + re.escape(a), c + re.escape(b)
    return o, c


_MORE_OPEN, _MORE_CLOSE = _more_brackets()
_MORE_OPEN_CHARS = frozenset(_MORE_OPEN.replace("\\", ""))
_OPEN, _CLOSE = _OPEN + _MORE_OPEN, _CLOSE + _MORE_CLOSE
# 「（市民課所管）」 / 「〔福祉課担当〕」: a word saying the section is in charge is no part of it.
_DEPT_IN_CHARGE = r"(?:所管|主管|担当|所掌)?"
_DEPT_END = re.compile(
    rf"\s*[{_OPEN}]([^{_OPEN}{_CLOSE}]{{1,40}}?{_DEPT_WORD}){_DEPT_IN_CHARGE}[{_CLOSE}]\s*$"
)
_DEPT_START = re.compile(
    rf"^[{_OPEN}]([^{_OPEN}{_CLOSE}]{{1,40}}?{_DEPT_WORD}){_DEPT_IN_CHARGE}[{_CLOSE}]\s*"
)
# A bracketed ordinal in front of an own number: 【1】諮問第9号, [2] 報告第1号, 〈3〉 ….
_BRACKET_ORDINAL = re.compile(
    rf"^[{_OPEN}]\s*(\d{{1,2}}|[A-Za-z]|[アイウエオカキクケコ])\s*[{_CLOSE}]\s*"
)
# A kind word in brackets in front of the title: 【諮問】…, 〔報告〕….
_KIND_LEAD = re.compile(
    rf"^[{_OPEN}]\s*(" + "|".join(sorted(KIND_MARKS, key=len, reverse=True)) + rf")\s*[{_CLOSE}]\s*"
)
# An own number in brackets after the title, alone or with the department.
_NUMBER_AFTER = re.compile(
    rf"\s*[{_OPEN}]\s*((?:(?:令和|平成)\s*\d+\s*年度)?(?:諮問|報告|議案)第\s*\d+\s*号)"
    rf"(?:\s*[・、,/\s]\s*([^{_OPEN}{_CLOSE}]{{1,40}}?{_DEPT_WORD}))?\s*[{_CLOSE}]"
)


def _titled(text: str) -> bool:
    """A title in front of a bracketed number, not a block label (付した条件(諮問第5号))."""
    t = text.strip(" 「」")
    return len(t) >= 6 and not t.endswith(("条件", "意見", "結果", "答申", "結論", "審議"))


# A labelled department after the title with no bracket: 「…について　担当：市民課」, or
# set off by a gap alone (「…について　　担当　市民課」).
_DEPT_LABELLED_END = re.compile(
    rf"\s+(?:担当課?|所管課?|担当部署|所管部署)(?:\s*[:：]\s*|\s+)(\S{{1,40}}?{_DEPT_WORD})\s*$"
)
_DEPT_AFTER_QUOTE = re.compile(
    rf"^「[^」]*」\s*[(\[【〔]([^()\[\]【】〔〕]{{1,40}}?{_DEPT_WORD})[)\]】〕]"
)
_LEAD_MARK = re.compile(r"^[・●○〇◯◎■◆□◇▶▷►\-*]+\s*")
_AGENDA_MARK = re.compile(
    rf"(?:^|(?<=\s))(?:(?:{_ORDINAL_WORD})\d{{1,2}}(?=\s)|"
    r"\(\d{1,2}\)|\d{1,2}[.、](?!\d)|\d{1,2}(?=\s)|[・●○〇◯◎■◆□◇]"
    rf"|(?:{SHAPES})(?![0-9])|[アイウエオカキクケコ{_CIRCLED}](?=\s)"
    r"|[\[【〔](?=[^\]】〕]{0,12}\d)[^\]】〕]{1,16}[\]】〕]"
    # a short number in any bracket pair (Unicode classes Ps/Pe): ❲1❳, ⟦2⟧
    rf"|[{_OPEN}]\d{{1,2}}[{_CLOSE}])"
    # a bracketed number run onto the department that closes the entry before it:
    # 「…について〔戸籍住民課〕(2)諮問第25号 …」
    rf"|(?<=[{_CLOSE}])\(\d{{1,2}}\)(?=\S)"
    # or run onto the kind word that heads the group: 「1 諮問事項(1)諮問第114号 …」
    r"|(?<=事項)\(\d{1,2}\)(?=\S)"
)
# A category word in front of an item's title: ``4 報告事項 個人情報の漏えい事案について``.
_CATEGORY = re.compile(
    # (not before an own number 「報告事項第2号」; 「確認事項　第5回会議録…」 is a title)
    r"^(報告事項|諮問事項|審議事項|協議事項|確認事項)\s*[:：]?\s*(?!第(?!\d+回)|について|の|に)(?=\S)"
    r"|^(報告|審議|協議|諮問)\s*[:：]?(?:\s+|(?=「))(?!第)(?=\S)"  # 報告「…について」
)
_KIND_WITH_ORDINAL = re.compile(r"^(?:報告|諮問|審議|協議)(?:事項)?\s*(\(\d{1,2}\))\s*(?=\S)")
# A number followed by these is the subject of the title, not the item's own number.
_OF_NUMBER = re.compile(
    r"^(?:に係る|に関する|に対する|に基づく|の(?:実施|運用|経過|状況|結果|答申))"
)
_LAST_BRACKET = re.compile(r"\s*[(\[〔【][^()\[\]〔〕【】]*[)\]〕】]$")
_CATEGORY_KIND = {
    "報告": "report",
    "諮問": "consultation",
    "審議": "consultation",
    "協議": "consultation",
    "確認": "confirmation",
}
_KIND_BEFORE_ORDINAL = re.compile(r"^(報告事項|諮問事項|審議事項|協議事項|確認事項)(?=第?\d)")
_KIND_MARK = re.compile(
    r"\s*[(\[〔【]\s*(" + "|".join(sorted(KIND_MARKS, key=len, reverse=True)) + r")\s*[)\]〕】]$"
)
_TITLE_TAIL = re.compile(r"(?:について|に関して|の件)?(?:\([^()]*\))?$")
# The minutes of an earlier meeting, whatever a council calls them (会議録, 会議記録, 要旨).
_DOCS = "|".join(sorted({*DOC_TYPES, "要旨", "概要"} - {"記録"}, key=len, reverse=True))
_CONFIRMS = re.compile(rf"(?:{_DOCS}).*(?:確認|承認|案\)?)$")
_CONFIRMED_DOC = re.compile(rf"(?:{_DOCS})")
# The minutes themselves, named in a short entry: 「議事録の承認」, 「第3回会議要録」.
_MINUTES_DOC = re.compile(r"(?<!署名)(?:会議録|議事録|要録|議事要旨|会議要旨|会議記録)(?!署名)")
_PROCEDURAL = (
    "挨拶",
    "あいさつ",
    "開会",
    "閉会",
    "授受",
    "事務連絡",
    "連絡事項",
    "次回",
    "配付資料",
    "配布資料",
    "資料確認",
    "資料の確認",
    "定足数",
    "紹介",
    "選出",
    "選任",
    "委嘱",
    "日程",
    "諮問書の手交",
    "諮問文の手交",
    "手交",
)
# A department bracket at the end with spaces inside it (a letter-spaced PDF line joined up).
_SPACED_BRACKET_END = re.compile(r"([(〔【])\s*([^()〔〕【】]{1,24}?)\s*([)〕】])$")
_OTHER_BUSINESS = re.compile(r"^その他[(（:：]")
_NEXT_MEETING = ("次回", "事務連絡", "連絡事項")
_SKIP_ENTRIES = re.compile(r"^(?:別紙|別添|次第)(?:のとおり|の通り|参照)?$|^(?:なし|無し|省略)$")


@dataclass
class AgendaItem:
    """One agenda item as listed in the header (or found only in the body)."""

    kind: str
    number: str | None
    title: str
    department: str | None
    ordinal: str | None = None
    kind_guessed: bool = False  # no number, section or word named the kind
    # sentences under the entry in its cell (「…原案のとおり承認された。」): the item dealt
    # with inside the header, as a confirmation often is
    note: str = ""

    @cached_property
    def key(self) -> str:
        return title_key(self.title)


# Verdicts whose words would name a consultation section (継続審議 holds 審議).
_VERDICT_WORDS = frozenset({"継続審議", "継続審査", "再審議", "審議未了", "審議継続"})


def section_kind(text: str) -> str | None:
    """Kind of a section heading, ``procedural`` for openings etc., None if not a section."""
    t = compact(text)
    if _OTHER_BUSINESS.match(t) and len(t) <= 40:
        return "procedural"  # 「その他（次回の開催日程について）」: the other business, no item
    if t.startswith(_NEXT_MEETING) and len(t) <= 20 and "。" not in t and not NUMBER_RE.search(t):
        return "procedural"  # 「次回の開催について」, 「連絡事項について」: business, no item
    if not t or "。" in t or NUMBER_RE.search(t) or "について" in t or "「" in t:
        return None
    if len(t) <= 30 and any(p in t for p in _PROCEDURAL):
        return "procedural"
    if len(t) > 16 or t in _VERDICT_WORDS:
        return None  # 「継続審議」 alone under 【結論】 is a verdict, as 「承認」 is
    kind = _short_section_kind(t)
    if kind is not None and _DEPT_END.search(text):
        return None  # a section heading names no department: 「報告　…の状況（総務課）」
    return kind


def _short_section_kind(t: str) -> str | None:
    if "確認" in t or _MINUTES_DOC.search(t):
        return "confirmation"  # 「議事録の承認」 is the item confirming the minutes
    if "報告" in t:
        return "report"
    if any(w in t for w in ("諮問", "審議", "答申", "審査")):
        return "consultation"
    if "その他" in t:
        return "other"
    if any(w in t for w in ("議事", "議題", "協議", "案件", "事項")):
        return "generic"
    return None


def kind_for(number: str | None, title: str, section: str | None) -> str:
    """Item kind: the number says most, then the enclosing section, then the title."""
    return _kind(number, title, section)[0]


def kind_guessed(number: str | None, title: str, section: str | None) -> bool:
    """True when nothing named the kind and it is the default (flagged for review)."""
    return _kind(number, title, section)[1]


def _kind(number: str | None, title: str, section: str | None) -> tuple[str, bool]:
    if number and "諮問" in number:
        return "consultation", False
    if number and "報告" in number:
        return "report", False
    t = compact(title)
    if "説明" in t and "諮問" not in t:
        return "other", False
    if section in ("consultation", "report", "confirmation", "other"):
        return section, False
    base = _TITLE_TAIL.sub("", t) or t
    if _CONFIRMS.search(base) or base.endswith("の確認"):
        return "confirmation", False
    if "報告" in t:
        return "report", False
    if "諮問" in t:
        return "consultation", False
    if number or re.search(r"(?:について|の件)$", t):
        return DEFAULT_ITEM_KIND, True
    return "other", False


def _bracketed_count(m: re.Match[str]) -> bool:
    """A short number in a bracket pair no table lists (❲1❳, ⟦2⟧): an ordinal."""
    return m.group(1).isdigit() and m.group(0)[0] in _MORE_OPEN_CHARS


# The same line is split while lines are joined, probed and taken as headings: memoised
# (a pure function of the text).
@lru_cache(maxsize=8192)
def split_entry(text: str) -> tuple[str | None, str | None, str, str | None]:
    """Split ``1 [諮問第480号] 題名(保健予防課)`` into (ordinal, number, title, department)."""
    s = _LEAD_MARK.sub("", text.strip())
    if s.endswith((" )", " 〕", " 】")):
        s = _SPACED_BRACKET_END.sub(r"\1\2\3", s)  # 「…について( 高齢福祉課 )」, letter-spaced
    ordinal = None
    m = _ORDINAL.match(s)
    if m:
        ordinal = _ordinal_of(m)
        s = s[m.end() :]
        inner = _ORDINAL.match(s)
        if inner and inner.group(5) and ordinal and ordinal[0].isdigit():
            # 「２　議題(1)　諮問第1号」: the body's section number, then the agenda's ordinal
            ordinal, s = _ordinal_of(inner), s[inner.end() :]
    elif m := _BRACKETED_WORD_ORDINAL.match(s):
        ordinal, s = m.group(1), s[m.end() :]  # 【案件1】 / ［議題2］: the agenda's 案件1
    else:
        m = _BRACKET_ORDINAL.match(s)
        # 〈1〉 / ＜2＞ / 《3》: brackets no own number is printed in are an ordinal's
        if m and (_followed_by_entry(s[m.end() :]) or s[0] in "<〈《≪«‹" or _bracketed_count(m)):
            # as (1) is kept as printed, so is (C); other brackets are decoration: 【3】 -> 3
            ordinal = m.group(0).strip() if m.group(0).startswith("(") else m.group(1)
            s = s[m.end() :]
        elif (m := _DECORATED.match(s)) and not m.group(3).isdigit():
            ordinal, s = m.group(0), s[m.end() :].lstrip()  # 第一 / ロ / (C), then a space
    s = _KIND_LEAD.sub("", s, count=1)
    s = _CATEGORY.sub("", s, count=1)
    m = _KIND_WITH_ORDINAL.match(s)
    if m:  # 「4　報告（1）…について」: the body's section number, then the item's own ordinal
        ordinal, s = m.group(1), s[m.end() :]
    lead_dept = None
    m = _DEPT_START.match(s)
    if m and NUMBER_RE.match(compact(s[m.end() : m.end() + 40])):
        lead_dept, s = m.group(1).strip(), s[m.end() :]  # 「（市民課）諮問第5号 …」
    number = None
    m = _BRACKET_NUM.match(s)
    if m and (NUMBER_RE.fullmatch(compact(m.group(1))) or _SHORT_NUM.fullmatch(m.group(1))):
        number = compact(m.group(1))
        s = s[m.end() :]
    else:
        m = NUMBER_RE.match(compact(s[:40]))
        rest = _drop_prefix_chars(s, len(m.group())) if m else ""
        if m and not _OF_NUMBER.match(rest):  # 「諮問第2号に係る実施状況」 is a title
            number = m.group()
            s = rest
    s = _KIND_MARK.sub("", s)
    department = lead_dept
    if number is None and (m := _NUMBER_AFTER.search(s)) and _titled(s[: m.start()]):
        # 「…について（諮問第5号）（市民課）」 / 「（諮問第5号・市民課）」: a number after the title
        number, department = compact(m.group(1)), m.group(2)
        s = s[: m.start()] + s[m.end() :]
    m = _DEPT_START.match(s)
    if m:  # 「〔区政情報課〕報告　…」: a kind word may follow the department
        department, s = m.group(1).strip(), s[m.end() :]
        s = _CATEGORY.sub("", _KIND_LEAD.sub("", s, count=1), count=1)
    m = _DEPT_END.search(s)
    if m:
        department, s = department or m.group(1).strip(), s[: m.start()]
    if department is None:
        m = _DEPT_AFTER_QUOTE.search(s)
        if m:
            department = m.group(1).strip()
    if department is None and (m := _DEPT_LABELLED_END.search(s)):
        department, s = m.group(1), s[: m.start()]  # 「…について　担当：市民課」
    if department:
        department = _DEPT_LABEL.sub("", department) or department
        s = _KIND_MARK.sub("", s)  # 「…について（報告）〔課〕」: the kind word before the bracket
    return ordinal, number, clean_title(s), department


def _followed_by_entry(rest: str) -> bool:
    """A bracketed short number is an ordinal when an own number or a kind word follows it
    (「【1】諮問第9号」, 「【3】報告 …」); alone before a title it may be the number itself."""
    rest = _KIND_LEAD.sub("", rest, count=1)
    return bool(NUMBER_RE.match(compact(rest[:40])) or _CATEGORY.match(rest))


def category_kind(text: str) -> str | None:
    """Kind named by a category word in front of a title (``報告事項 …`` -> report) or by a
    bracketed kind word after it (``…について（報告）``)."""
    lead = _KIND_BEFORE_ORDINAL.match(_LEAD_MARK.sub("", text.strip()))
    if lead:  # 報告事項第1 / 審議事項2: the word in front of the ordinal
        return next(k for w, k in _CATEGORY_KIND.items() if lead.group(1).startswith(w))
    s = _ORDINAL.sub("", _LEAD_MARK.sub("", text.strip()), count=1)
    s = _BRACKET_ORDINAL.sub("", s, count=1)
    dec = _DECORATED.match(s)
    if dec and not dec.group(3).isdigit():
        s = s[dec.end() :].lstrip()  # ハ 報告 …
    s = _DEPT_START.sub("", s, count=1)  # 〔区政情報課〕報告 …
    lead_mark = _KIND_LEAD.match(s)
    if lead_mark:  # 【報告】…: the kind in brackets before the title
        return KIND_MARKS[lead_mark.group(1)]
    mark = _KIND_MARK.search(s) or _KIND_MARK.search(_LAST_BRACKET.sub("", s))
    if mark:
        return KIND_MARKS[mark.group(1)]
    m = _CATEGORY.match(s)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    return next((k for w, k in _CATEGORY_KIND.items() if word.startswith(w)), None)


def _drop_prefix_chars(s: str, n: int) -> str:
    """Remove the first ``n`` non-space characters (the number, written with spaces)."""
    count = 0
    for i, ch in enumerate(s):
        if not ch.isspace():
            count += 1
        if count == n:
            return s[i + 1 :].lstrip()
    return ""


def clean_title(text: str) -> str:
    """Unwrap a title quoted as a whole and drop a decision clause after ``について、``."""
    s = text.strip().strip("、, ")
    if s.startswith("「"):
        close = s.find("」")
        after = s[close + 1 :] if close > 0 else None
        if after is not None and re.fullmatch(
            r"\s*(?:[(\[【〔][^()\[\]【】〔〕]*[)\]】〕])?\s*(?:について|に関して|の件)?(?:[、,].*)?",
            after,
        ):
            return s[1:close].strip()
    m = re.match(r"(.+?について)[、,].+", s)
    if m:
        return m.group(1).strip()
    return s


def parse_agenda(text: str) -> list[AgendaItem]:
    """Agenda items from a 会議次第/資料 cell (already split into lines at <p> tags).

    Entries are separated by list marks preceded by whitespace (``(3)``, ``1``, ``・``,
    ``○``, a bracketed number ``【令3-4】``) so marks inside titles (マイナ・アシスト) are
    left alone.  Category entries (諮問事項, (4) 報告) open a section whose kind the items
    under it inherit; procedural ones (挨拶, 開会) list nothing worth keeping.  A
    confirmation "section" with no entries under it (``(1) 前回会議録の確認``) is an item.
    """
    items: list[AgendaItem] = []
    section: str | None = None
    # A confirmation heading that is an item itself when nothing nests under it.
    # entry, style, outer section, sentences under it
    pending: tuple[str, str | None, str | None, str] | None = None
    outer: str | None = None  # the section a procedural entry (開会) interrupted
    section_style: str | None = None  # the ordinal style of that procedural entry
    # counted on the lines first, so a line a counted token opens starts its own entry
    counted = counted_leads([ln for ln in text.split("\n") if ln.strip()])
    entries = _entries(text, counted)
    counted = counted or counted_leads(entries)
    for entry in entries:
        if entry.lstrip().startswith(("※", "＊", "*")):
            continue  # 「※（Web）はオンラインによる出席」: a footnote under the list, no entry
        if _NARRATED.search(entry) and ordinal_style(entry.strip()) is None:
            # 「(1) 前回会議録の確認」 then 「…原案のとおり承認された。」: what was done, no entry
            if pending is not None:
                pending = (pending[0], pending[1], pending[2], f"{pending[3]}{entry.strip()}")
            elif items:
                items[-1].note += entry.strip()
            continue
        body = _LEAD_MARK.sub("", entry)
        token = _counted_lead(body, counted) if counted else None
        body_wo_ord = body[len(token) :].lstrip() if token else _ORDINAL.sub("", body, count=1)
        if body_wo_ord == body and (b := _BRACKET_ORDINAL.match(body)) and _bracketed_count(b):
            body_wo_ord = body[b.end() :]
        if not body_wo_ord.strip():
            continue
        # a bullet (・, ●) marks siblings as an ordinal does: 「・会議録の確認」, 「・諮問第5号」
        lead = _LEAD_MARK.match(entry)
        style = ordinal_style(body) or (f"mark:{lead.group().strip()[:1]}" if lead else None)
        if counted and style is None and _counted_lead(body, counted):
            style = "counted"
        if section == "procedural" and style and style == section_style:
            section = outer  # 「1 開会」 then 「3 諮問第…」: a sibling, not under 開会
        # under a bulleted heading only an entry with the same bullet is its sibling
        bulleted = pending is not None and str(pending[1]).startswith("mark:")
        sibling_kind = section_kind(body_wo_ord) and not bulleted
        # an unnumbered first entry (会議録の確認) then an entry naming an item of its own
        # (an own number, or numbered while it was not): a sibling, not an entry under it
        unnumbered_first = (
            pending is not None
            and pending[1] is None
            and (style is not None or NUMBER_RE.search(compact(body_wo_ord)[:30]) is not None)
            and not _CONFIRMED_DOC.search(body_wo_ord)  # ・第4回会議録 is under the heading
        )
        if pending is not None and (sibling_kind or style == pending[1] or unnumbered_first):
            items.append(_item(pending[0], "confirmation", counted, pending[3]))  # a sibling
            section = pending[2]
        kind = section_kind(body_wo_ord)
        if kind is not None:
            pending = None
            if kind == "confirmation" and (style or not items) and _CONFIRMED_DOC.search(entry):
                pending = (entry, style, section, "")
            if kind == "procedural" and section != "procedural":
                outer, section_style = section, style
            section = kind
            continue
        pending = None
        if _SKIP_ENTRIES.match(compact(body_wo_ord)) or section == "procedural":
            continue
        if section == "other" and not NUMBER_RE.search(compact(body_wo_ord)[:30]):
            continue  # business under その他 (次回の日程, 運営について) is no item of its own
        item = _item(entry, category_kind(body_wo_ord if token else entry) or section, counted)
        if item.title or item.number:
            items.append(item)
    if pending is not None:
        items.append(_item(pending[0], "confirmation", counted, pending[3]))
    return items


# A sentence of what was done (「…承認された。」, 「…説明があった。」): narration, no title.
_NARRATED = re.compile(r"[、,][^。]{4,}(?:された|あった|した|なった|ました)。\s*$")


# A first word set off by a space: a candidate ordinal of a shape no rule knows.
_LEAD_TOKEN = re.compile(r"^(\S{1,6})\s+(?=\S)")


def _counting(tokens: list[str]) -> bool:
    """Distinct tokens of one shape: one character each of one Unicode category (甲 乙 丙,
    壱 弐 参, ❶ ❷ ❸), or stems of one length whose last character counts (付議事項第1,
    付議事項第2; 諮問案件1, 報告案件1)."""
    if len(set(tokens)) != len(tokens):
        return False
    if all(len(t) == 1 for t in tokens):
        return len({unicodedata.category(t) for t in tokens}) == 1
    # 諮問案件1, 諮問案件2, 報告案件1: each kind may count on its own, one counter class
    stems = {t[:-1] for t in tokens}
    counters = {unicodedata.category(t[-1]) for t in tokens}
    return len({len(t) for t in stems}) == 1 and len(counters) == 1 and counters < {"Nd", "No"}


def counted_leads(entries: list[str]) -> frozenset[str]:
    """First words of agenda entries that count like ordinals though no rule knows their
    shape: the entries open with distinct tokens of one shape, no known ordinal reads them,
    and at least two go on with an own number or a kind word, so the token is no part of a
    title. Judged by the list's structure, not by the symbols (a new counter needs no row)."""
    tokens: list[str] = []
    anchored = 0
    for entry in entries:
        body = _LEAD_MARK.sub("", entry.strip())
        m = _LEAD_TOKEN.match(body)
        if m is None or _ORDINAL.match(body) or _DECORATED.match(body):
            continue
        token, rest = m.group(1), body[m.end() :]
        # a section word (報告事項) heads a group; one ending in a counter (付議事項第1) counts
        worded = section_kind(token) is not None and not token[-1].isdigit()
        if NUMBER_RE.match(token) or worded or token in KIND_MARKS:
            continue
        tokens.append(token)
        if NUMBER_RE.match(compact(rest[:40])) or rest.split(maxsplit=1)[0] in KIND_MARKS:
            anchored += 1
    if len(tokens) >= 2 and anchored >= 2 and _counting(tokens):
        return frozenset(tokens)
    return frozenset()


def _counted_lead(body: str, counted: frozenset[str]) -> str | None:
    m = _LEAD_TOKEN.match(body.strip())
    return m.group(1) if m and m.group(1) in counted else None


_COUNTER = re.compile(
    r"\d+|[一二三四五六七八九十]+|[アイウエオカキクケコサシスセソ]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[\u2460-\u2473]"
)


def ordinal_style(text: str) -> str | None:
    """``(1)`` -> paren, ``1`` -> digit, ``ア`` -> kana; None without an ordinal.

    A counter of a lettered or kanji series is styled by its decoration alone (イ and ロ,
    第一 and 第二, (A) and (B) are siblings)."""
    dec = _DECORATED.match(text)
    if dec and not dec.group(3).isdigit():
        return f"dec:{dec.group(1)}{dec.group(2)}{dec.group(4) or ''}"
    m = _ORDINAL.match(text)
    if not m:
        # 〔1〕 / ⟨2⟩: a number in any bracket pair is styled by its bracket
        b = _BRACKET_ORDINAL.match(text)
        return f"bracket:{text[0]}" if b else None
    if m.group(5):
        return "word"
    if m.group(6):
        return "shape:" + _COUNTER.sub("n", m.group(6))
    return "paren" if m.group(1) else "kana" if m.group(4) else "digit"


def _entries(text: str, counted: frozenset[str] = frozenset()) -> list[str]:
    """Split agenda text into entries at list marks; a mark alone joins the next entry."""
    entries: list[str] = []
    for raw in text.split("\n"):
        line = collapse_letter_spacing(" ".join(raw.split()))
        if not line or is_page_marker(line):
            continue  # 「- 1 -」 of a PDF page break inside the agenda
        starts = [m.start() for m in _AGENDA_MARK.finditer(line) if not _number_closing(line, m)]
        if len(starts) <= 1:
            starts = _numbered_starts(line) or starts
        if counted and (not starts or starts[0] != 0) and _counted_lead(line, counted):
            starts.insert(0, 0)  # 「乙 諮問第5号 …」 after 「甲 前回会議録の確認」: a sibling
        if not starts or starts[0] != 0:
            head = line[: starts[0]] if starts else line
            if entries and _continues(entries[-1], head) and not _NARRATED.search(head):
                entries[-1] += head  # a title wrapped onto the next line
                line = line[len(head) :].strip()
                if not line:
                    continue
                starts = [m.start() for m in _AGENDA_MARK.finditer(line)]
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
        carry = ""
        for a, b in zip(starts, [*starts[1:], len(line)], strict=True):
            entry = carry + line[a:b]
            bare = _ORDINAL.sub("", _LEAD_MARK.sub("", entry.lstrip()), count=1)
            if not bare.strip() and b < len(line):
                carry = entry
                continue
            carry = ""
            entries.extend(_series_split(entry.strip()))
    return entries


# A bracketed own number with nothing after it but a department: 「…について　【諮問第7号】（課）」.
_CLOSING_NUMBER = re.compile(
    rf"[\[【〔]\s*{NUMBER_RE.pattern}\s*[\]】〕]\s*(?:[{_OPEN}][^{_OPEN}{_CLOSE}]{{1,20}}[{_CLOSE}])?\s*$"
)


def _number_closing(line: str, mark: re.Match[str]) -> bool:
    """A bracketed number after a title closes that entry; it opens no entry of its own."""
    return mark.start() > 0 and _CLOSING_NUMBER.match(line, mark.start()) is not None


# An own number set off by a space, then its title (not 「諮問第2号に係る…」).
_OWN_NUMBER_AFTER_SPACE = re.compile(
    r"(?:^|(?<=\s))(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第\d+号(?=\s)"
)


def _numbered_starts(line: str) -> list[int]:
    """Entries run together with no list mark, each opened by its own number: the line is
    split before every own number when it opens the line and recurs (no lexicon of marks)."""
    starts = [m.start() for m in _OWN_NUMBER_AFTER_SPACE.finditer(line)]
    return starts if len(starts) >= 2 and starts[0] == 0 else []


_COMPLETE = re.compile(r"(?:について|の件|[)\]】〕」。])$")


def _continues(previous: str, text: str) -> bool:
    """An unmarked agenda line continues the previous entry unless that entry is complete
    (ends with について or any closing bracket, by Unicode class) or the line is a section
    word (報告事項)."""
    if _DEPT_START.fullmatch(text.strip()) and not _DEPT_END.search(previous):
        return True  # a department bracket alone on the next line: 「…について」+「（課）」
    if len(previous) <= 8 and section_kind(previous) in ("consultation", "report", "other"):
        return False  # a heading of items of one kind (諮問事項) or その他 stands on its own line
    closed = bool(previous) and unicodedata.category(previous[-1]) in ("Pe", "Pf")
    return not closed and not _COMPLETE.search(previous) and section_kind(text) is None


def _item(
    entry: str, section: str | None, counted: frozenset[str] = frozenset(), note: str = ""
) -> AgendaItem:
    token = _counted_lead(_LEAD_MARK.sub("", entry.strip()), counted) if counted else None
    if token:
        rest = _LEAD_MARK.sub("", entry.strip())[len(token) :]
        _ordinal, number, title, dept = split_entry(rest)
        ordinal: str | None = token
    else:
        ordinal, number, title, dept = split_entry(entry)
    # 報告2 as the ordinal says the kind as a 報告第2号 would.
    says_kind = ordinal if ordinal and not ordinal[0].isdigit() and ordinal[0] != "(" else None
    kind, guessed = _kind(number or says_kind, title, section)
    return AgendaItem(kind, number, title, dept, ordinal, guessed, note)


def number_key(number: str | None) -> str:
    """Numbers compare without spaces or brackets (``[諮問第 480 号]`` == ``諮問第480号``)."""
    return _NUMBER_KEY_DROP.sub("", number) if number else ""


_NUMBER_KEY_DROP = re.compile(r"[\s\[\]【】〔〕()]")
