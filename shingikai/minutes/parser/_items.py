"""Body segmentation: section headings, item headings and the lines belonging to each item.

An item starts at a heading that either names an agenda item from the header (by number,
or by title at the start of the line) or is unmistakably a heading by itself: a bracketed
number (``[諮問第480号]``, ``【令4-3】``), ``○ 諮問第10号「…」``, ``○「…」について…`` or
``○題名（担当課）``.  Numbered section headings (``(4) 報告``) set the kind of the items
under them and end the current item; procedural sections (開会, 挨拶) hold no items.
Agenda items that no heading opens start where the proceedings first name them
(:func:`anchor_mentions`), so minutes that move on in speech still have every item's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as lx
from ._agenda import (
    _DEPT_END,
    NUMBER_RE,
    AgendaItem,
    kind_for,
    number_key,
    section_kind,
    split_entry,
)
from ._labels import is_body_marker
from ._layout import speaker_parts
from ._normalize import Line, compact, sentences, title_key
from ._outcome import classify
from ._tables import classify_verdict, result_columns
from ._turns import speaker_of

# A section heading's ordinal: any counter an agenda counts with, (1) 1 1. 一、 第1 as well as
# a one-character number form (① ⑴ ⒈ ❶ ➀) or a kana counter (ア, (ア)).
_SECTION = re.compile(
    r"^(?:\((\d{1,2})\)|(\d{1,2})[.、]?(?=\s)|(\d{1,2})[.、]|([一二三四五六七八九十]{1,3})[、.]"
    r"|第(\d{1,2})\s|[\u2460-\u249b\u2776-\u2793][.、]?|\(?[アイウエオカキクケコ]\)?(?=\s)|"
    r"\([アイウエオカキクケコ]\))\s*(.*)$"
)
_BRACKET_SECTION = re.compile(r"^[【■◆●<\[]\s*([^】>\]]{2,14}?)\s*[】>\]]?$")
_MARK = re.compile(r"^([○〇◯●■◆□◇]|-|・)\s*")
_STRONG_MARKS = "○〇◯■◆●"
# A whole heading in one pair of brackets, opening with the item's own number or a worded
# ordinal: 【諮問第8号　…について〔課〕】, ［議題2　…について］.
_ENCLOSED_HEADING = re.compile(
    r"^[【\[<《〈]\s*((?:(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第\s*\d+\s*号"
    r"|(?:議題|案件|審議|報告)\s*\d{1,2})\s.+?)\s*[】\]>》〉]$"
)
_ITEMISH_TITLE = re.compile(r"(?:について|の件|に関する[^。]*|の確認)$|諮問")
_ACTION = re.compile(r"了承|承認|「可」|可と|継続審議|否と|不承認")
# A whole "title" that is a verdict phrase: the row of a result table, not a heading.
_VERDICT_ONLY = re.compile(
    r"^(?:[^。、]{0,12}(?:を付して|を付し|付きで|のとおり|どおり))?"
    r"(?:適当|妥当|承認|了承|可決|否決|不承認|継続審議|継続審査)[^。]{0,8}$"
)
_TRAILER = re.compile(
    r"^(?:\d{1,2}[.、]?\s*)?[■●◆◇・【]?\s*(?:問い?合わ?せ先|お問い?合わ?せ|連絡先)(?:[】:：\s]|$)"
)
_PARTICLE_START = re.compile(r"^(?:は|が|を|も|で|と|へ|に(?!つ)|の(?!件)|について[、,]|[、,。])")


# Words alone on a line that head a part of an item, never a section of the agenda.
_NOT_SECTIONS = frozenset({"審議結果", "審議の結果", "結果", "結論", "答申", "説明", "質疑"})


@dataclass
class Heading:
    number: str | None
    ordinal: str | None
    title: str
    department: str | None
    text: str
    agenda: AgendaItem | None = None
    # Read from the agenda only (the item hidden in a header cell): less sure, so flagged.
    from_agenda_only: bool = False


@dataclass
class Block:
    heading: Heading
    kind: str
    lines: list[Line] = field(default_factory=list)


def section_of(text: str) -> str | None:
    """Kind of a section heading line such as ``(4) 報告`` or ``【報告事項】``, else None."""
    m = _SECTION.match(text)
    if m:
        rest = m.group(6).strip()
        if not rest:
            return None
        kind = section_kind(rest) if len(compact(rest)) <= 30 else None
        if kind is None and " " in rest:
            first = rest.split(" ", 1)[0]
            kind = section_kind(first)
        return kind
    m = _BRACKET_SECTION.match(text)
    if m and text[0] in "【■◆●<[" and not re.search(r"意見|結論|結果|答申", m.group(1)):
        return section_kind(m.group(1))
    if len(text) <= 8 and re.fullmatch(r"[\w・]+", text) and text not in _NOT_SECTIONS:
        kind = section_kind(text)
        if kind in ("confirmation", "report", "consultation", "other"):
            return kind
    return None


class HeadingFinder:
    """Recognises item headings, remembering which agenda items and numbers were used."""

    def __init__(self, agenda: list[AgendaItem]) -> None:
        self.agenda = agenda
        self.used: set[int] = set()
        self.used_numbers: set[str] = set()
        self._by_number = {number_key(a.number): i for i, a in enumerate(agenda) if a.number}
        self._probed: dict[str, Heading | None] = {}
        self._state = (0, 0)
        self._heads: set[str] | None = None

    def probe(self, text: str) -> Heading | None:
        """Heading for ``text`` without consuming agenda items (used while joining lines).

        Results are memoised until an item is consumed: joining and segmenting ask about
        the same lines several times."""
        state = (len(self.used), len(self.used_numbers))
        if state != self._state:
            self._probed, self._state = {}, state
        if text not in self._probed:
            self._probed[text] = self._match(text, consume=False)
        return self._probed[text]

    def take(self, text: str) -> Heading | None:
        return self._match(text, consume=True)

    def _match(self, text: str, consume: bool) -> Heading | None:
        if len(text) > 220 or text.count("。") > 1:
            return None
        if len(text) <= 16 and (idx := self._ordinal_heading(text)) is not None:
            # 「＜議題1＞」, 「議題(2)」: a heading that names only the agenda's ordinal
            agenda = self.agenda[idx]
            if consume:
                self.used.add(idx)
            return Heading(
                agenda.number, agenda.ordinal, agenda.title, agenda.department, text, agenda
            )
        if is_result_row(text):
            return None  # 「諮問第41号<TAB>…<TAB>納税課<TAB>承認」 is a result-table row
        if enclosed := _ENCLOSED_HEADING.match(text):
            text = enclosed.group(1)  # 【諮問第8号　…について〔市民協働課〕】: the brackets go
        m = _MARK.match(text)
        marker = m.group(1) if m else ""
        s = text[m.end() :] if m else text
        group = _GROUP_PREFIX.match(s) or _SECTION_BEFORE_KANA.match(s)
        if group and len(s) > group.end():
            # 「3 諮問事項 (1) 諮問第15号 …」, 「(1)ア 諮問第5号 …」: the section's number is
            # not the item's
            s = s[group.end() :]
        parts = speaker_parts(text) if marker else None
        if (
            parts is not None
            and parts[1] in lx.SPEAKER_UNIT_ROLES
            or (
                parts is not None
                and "(" in parts[1]
                and parts[1].split("(")[0] in lx.SPEAKER_UNIT_ROLES
            )
        ):
            return None  # ○実施機関(福祉課) is a speaker, not an item for 実施機関
        named = _NAME_AND_SIDE.match(text) if marker else None
        if named and named.group(1).endswith(lx.SPEAKER_ENDINGS):
            return None  # 「●平松（事務局）」 alone on its line: a speaker, name and side
        ordinal, number, title, dept = split_entry(s)
        if not title and not number:
            return None
        if _PARTICLE_START.match(title) and (
            "。" in text or classify(title) or not _ITEMISH_TITLE.search(title)
        ):
            # 「諮問第16号は継続審議といたします。」 is a sentence, not a heading; a title may
            # still begin with the same kana (「がん検診…について」).
            return None
        if number and "。" in text and re.match(r"^[:：]", text[text.find(number) + len(number) :]):
            return None  # 「諮問第32号：…こと。」 lists a condition under 付した条件
        if title and (len(title) <= 6 or _VERDICT_ONLY.match(title)) and classify(title):
            return None  # a result row: 「諮問第480号 了承」, 「… 意見を付して適当と認める」
        idx = self._agenda_index(number, title, text, bool(marker))
        if idx is not None and idx in self.used:
            return None
        if (
            idx is not None
            and number
            and text.endswith("。")
            and self.agenda[idx].key[:8] not in title_key(text)
        ):
            return None  # 「諮問第41号 なお、…留意されたい。」 names the item in a list line
        nkey = number_key(number)
        if idx is None and nkey and nkey in self.used_numbers:
            return None
        strong = False
        if number:
            bracketed = bool(re.match(r"^[\[【〔]", s.lstrip("0123456789().、 ")))
            formal = bool(NUMBER_RE.fullmatch(nkey))
            strong = (bracketed or formal) and bool(
                marker or ordinal or bracketed or not text.endswith("。") or _ACTION.search(text)
            )
        if not strong and marker in _STRONG_MARKS and marker and (s.startswith("「") or dept):
            strong = True
        if (
            not strong
            and idx is None
            and ordinal
            and _ITEMISH_TITLE.search(title or "")
            and "。" not in text
        ):
            strong = True
        if idx is None and not strong:
            return None
        agenda = self.agenda[idx] if idx is not None else None
        if consume:
            if idx is not None:
                self.used.add(idx)
            if nkey:
                self.used_numbers.add(nkey)
        return Heading(number, ordinal, title, dept, text, agenda)

    def _key_heads(self) -> set[str]:
        if self._heads is None:
            self._heads = {a.key[:2] for a in self.agenda if len(a.key) >= 2}
        return self._heads

    def _ordinal_heading(self, text: str) -> int | None:
        m = _ORDINAL_HEADING.match(text.strip())
        kind = None
        if not m and (m := _ORDINAL_KIND_HEADING.match(text.strip())):
            # 「(3) 報告について」: the ordinal as the agenda prints it, and that item's kind
            kind = _KIND_OF_WORD[m.group("kind")]
        if not m:
            return None
        want = _ordinal_key(m.group(1))
        found = [
            i
            for i, a in enumerate(self.agenda)
            if a.ordinal
            and _ordinal_key(a.ordinal) == want
            and (kind is None or (a.kind == kind and compact(a.ordinal) == compact(m.group(1))))
        ]
        if kind is not None and not found:
            # 「3　報告事項について」: the body's own section number, and the kind's sole item
            found = [i for i, a in enumerate(self.agenda) if a.kind == kind]
        return found[0] if len(found) == 1 and found[0] not in self.used else None

    def _agenda_index(self, number: str | None, title: str, text: str, marked: bool) -> int | None:
        if number and (nkey := number_key(number)) in self._by_number:
            return self._by_number[nkey]
        key = title_key(title)
        if len(key) < 2 or key[:2] not in self._key_heads():
            return None  # (no agenda title equals the key or opens it: most body lines)
        best, best_len = None, 0
        for i, item in enumerate(self.agenda):
            akey = item.key
            if akey == key and i not in self.used:
                return i  # a short title (会議録の確認 -> 会議録) must match exactly
            if len(akey) < 4 or len(key) < 4 or not key.startswith(akey):
                continue
            extra = len(key) - len(akey)
            close = extra == 0 or marked or (extra <= 12 and "。" not in text)
            if close and len(akey) > best_len:
                best, best_len = i, len(akey)
        return best


# A heading that is an ordinal word and the agenda's ordinal, in any bracket or none.
_HEADING_WORDS = "|".join(sorted({*lx.ORDINAL_WORDS, *lx.SECTION_WORDS}, key=len, reverse=True))
_ORDINAL_HEADING = re.compile(
    rf"^[<\[【〈《(■●◆◇○]?\s*(?:{_HEADING_WORDS})"
    r"の?\s*([(\[]?\s*(?:\d{1,2}|[アイウエオカキクケコ]|[一二三四五六七八九十]{1,3})\s*[)\]]?)"
    r"\s*[>\]】〉》)]?$"
)


# The agenda's ordinal, then only a kind word: 「(3) 報告について」, 「2　諮問事項について」.
_ORDINAL_KIND_HEADING = re.compile(
    rf"^[<【〈《■●◆◇○〇◯▶▷►◎◉★☆]?\s*((?:{_HEADING_WORDS})?\s*[(\[]?\s*"
    r"(?:\d{1,2}|[アイウエオカキクケコ]|[一二三四五六七八九十]{1,3})"
    r"\s*[)\]]?)[\s.、]*(?P<kind>報告|諮問|審議)(?:事項|案件)?(?:について|の件)\s*[>\]】〉》)]?$"
)
_KIND_OF_WORD = {"報告": "report", "諮問": "consultation", "審議": "consultation"}
# A section's bracketed number glued to the item's kana ordinal: 「(1)ア　諮問第5号 …」.
_SECTION_BEFORE_KANA = re.compile(r"^\(\d{1,2}\)\s*(?=[アイウエオカキクケコ][\s.、])")
# A section's number and kind heading an item's own number on one line:
# 「2 報告事項 (1) 漏えい事案について」, 「3 諮問事項 諮問第15号 …」.
_GROUP_PREFIX = re.compile(
    r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3}|\(\d{1,2}\))[.、]?\s*)?"
    rf"(?:{'|'.join(lx.SECTION_WORDS)})\s*"
    # (「（1）諮問事項　ア　諮問第3号 …」: a kana ordinal set off by a space)
    r"(?=[(\[]\s*\d|\s\d|[(（]?[アイウエオ][)）]|[アイウエオカキク]\s|諮問第|報告第)"
)


def _ordinal_key(ordinal: str) -> str:
    return re.sub(r"[\s()\[\]【】〔〕<>.、第]", "", ordinal)


# A speaker's name with their side in brackets, alone on its line: 「●平松（事務局）」.
_NAME_AND_SIDE = re.compile(r"^\S?\s*[^\s()（）]{1,6}[(（]([^()（）]{1,10})[)）]\s*$")
# The chair's or secretariat's opening words: what stands before the first item, not in it.
_OPENING = re.compile(
    r"開会(?:し|いた|を宣|します)|会議(?:は|が)成立|定足数|開会の(?:挨拶|あいさつ)"
)
# The meeting closed, as a stage direction or a time: 「（午前11時30分閉会）」, 「散会」.
_CLOSED = re.compile(
    r"^\s*[(（]?(?:(?:午前|午後)?\d{1,2}時(?:\d{1,2}分|半)?\s*)?(?:閉会|散会)[)）]?\s*$"
)


def _ends_proceedings(text: str) -> bool:
    """The meeting's closing (「（午前11時30分閉会）」) or its contact trailer: no item goes on
    past it."""
    return bool(_CLOSED.match(text) or _TRAILER.match(text))


_MARKED_LEAD = re.compile(r"^[■◆●◎◇□]\s*([^\s:：]{2,8})(?:\s*[:：]\s*|\s+)\S")  # ●閉会：…


def is_result_row(text: str) -> bool:
    """A table row ending in a verdict cell: by tabs, or by spaces after the department."""
    tabbed = "\t" in text
    cells = [c for c in text.split("\t") if c.strip()] if tabbed else text.split(" ")
    if len(cells) < 3 or len(cells[-1]) > 14:
        return False
    if tabbed and classify_verdict(cells[-1]):
        return True  # 「諮問第8号<TAB>…について<TAB>承認」: tab cells, a verdict cell last
    return bool(cells[-2].strip().endswith(lx.UNIT_ENDINGS) and classify_verdict(cells[-1]))


_NUMBERED_CONFIRMATION = re.compile(
    r"^[<【〈《■●◆◇○]?\s*(?:\(\d{1,2}\)|\d{1,2}[.、]?\s)\s*[^\s。]{0,12}(?:会議録|議事録|要録)の?(?:確認|承認)$"
)


def _titled_section(text: str) -> bool:
    """A section word followed by an item's title on the same line."""
    m = _SECTION.match(text)
    rest = m.group(6).strip() if m else ""
    if " " not in rest:
        return False
    title = rest.split(" ", 1)[1]
    # the title before a department in any bracket pair the agenda reads: 〔総務課〕, 【総務課】
    bare = _DEPT_END.sub("", title) if not title[-1:].isalnum() else title
    return bool(_ITEMISH_TITLE.search(bare) or re.search(r"\([^()]{1,16}\)$", title))


def _names_agenda_item(finder: HeadingFinder, text: str) -> bool:
    heading = finder.probe(text)
    return heading is not None and heading.agenda is not None


def segment(lines: list[Line], finder: HeadingFinder) -> tuple[list[Block], list[Line]]:
    """Split body lines into item blocks; lines outside any item are returned separately."""
    blocks: list[Block] = []
    outside: list[Line] = []
    current: Block | None = None
    section: str | None = None
    spoken = False  # not _no_speech(blocks), kept as lines are added (blocks only grow)
    in_results = False  # under a result table's column heads (番号 件名 結果)
    for line in lines:
        if result_columns(line.text) or (in_results and _table_line(line.text)):
            # the result table after the proceedings lists the items; its rows open none
            # (its verdicts are read by number from the raw lines)
            in_results = True
            outside.append(line)
            continue
        in_results = False
        if blocks and not spoken and is_body_marker(line.text) and _no_speech(blocks):
            # 「会議の経過」 after a result table or a summary that names the items: what came
            # before lists them; their headings in the proceedings open them.
            outside.extend(_release(blocks, finder))
            blocks, current, spoken = [], None, False
            outside.append(line)
            continue
        if _ends_proceedings(line.text):
            # 「12　問い合わせ先 …」 after the proceedings, 「（午前11時30分閉会）」: what
            # follows (an opinion printed apart, a contact) is no part of the last item
            current = None
            outside.append(line)
            continue
        if current is not None and is_body_marker(line.text):
            # 「審議の経過」 under the first item opened in a header cell: a heading over the
            # rest of the same proceedings, no section of items
            outside.append(line)
            continue
        kind = section_of(line.text)
        lead = _MARKED_LEAD.match(line.text) if kind is None else None
        if lead and section_kind(lead.group(1)) in ("procedural", "other"):
            kind = section_kind(lead.group(1))  # 「●その他 次回は…」 closes the last item
        if kind is not None and kind != "procedural" and _names_agenda_item(finder, line.text):
            kind = None  # ``(1) 前回会議録の確認`` listed as an agenda item is that item
        elif kind == "confirmation" and _NUMBERED_CONFIRMATION.match(line.text):
            kind = None  # 「(3)前回会議録の確認」 numbered as the items are: an item, agenda or not
        if kind is not None and kind != "procedural" and _titled_section(line.text):
            section = kind  # 「(3) 報告 前回答申に係る実施状況について」: an item of that kind
        elif kind is not None:
            section, current = kind, None
            outside.append(line)
            continue
        heading = finder.take(line.text)
        if heading is not None:
            if heading.agenda is not None:
                item_kind = heading.agenda.kind
            else:
                item_kind = kind_for(heading.number, heading.title, section)
            current = Block(heading, item_kind)
            blocks.append(current)
            continue
        if current is not None:
            current.lines.append(line)
            spoken = spoken or len(line.text) > 200 or line.text.count("。") > 1
        else:
            outside.append(line)
    return blocks, outside


def _table_line(text: str) -> bool:
    """A row (or a cell broken onto its own line) of a table: short, no sentence."""
    return len(text) <= 80 and "。" not in text


def _no_speech(blocks: list[Block]) -> bool:
    """Blocks holding only short lines (table cells, verdicts, an opinion row), no speech."""
    return all(
        len(line.text) <= 200 and line.text.count("。") <= 1 for b in blocks for line in b.lines
    )


def _release(blocks: list[Block], finder: HeadingFinder) -> list[Line]:
    """Give the blocks' agenda items and numbers back to the finder; their lines go outside."""
    released: list[Line] = []
    for block in blocks:
        if block.heading.agenda is not None:
            finder.used.discard(finder.agenda.index(block.heading.agenda))
        if block.heading.number:
            finder.used_numbers.discard(number_key(block.heading.number))
        released.append(Line(block.heading.text))
        released.extend(block.lines)
    return released


def item_in_header_cell(
    blocks: list[Block], outside: list[Line], body: list[Line], finder: HeadingFinder
) -> tuple[list[Block], list[Line]]:
    """The first agenda entry, printed in a header cell and never repeated as a heading, when
    the body opens straight into its proceedings (「議事 (1) 諮問第61号 …」, then
    「(福祉課から説明…)」, then the heading of a later item): the lines before that heading
    are the first item's.

    Only when the next heading is a later item (or one the agenda does not list), the first
    entry is no confirmation and the lines hold no section heading, so a preamble (開会,
    会長挨拶) never becomes an item.
    """
    if not finder.agenda or not blocks:
        return blocks, outside  # without a later heading the lines have no end
    first = finder.agenda[0]
    found = {id(b.heading.agenda) for b in blocks if b.heading.agenda is not None}
    if id(first) in found or 0 in finder.used or first.kind == "confirmation":
        # A confirmation of the last minutes is settled in passing among the opening words
        # (see add_missing_agenda); those words are not its proceedings.
        return blocks, outside
    outside_ids = {id(line) for line in outside}
    leading: list[Line] = []
    for line in body:
        if id(line) not in outside_ids:
            break
        leading.append(line)
    if not leading or any(section_of(ln.text) or _OPENING.search(ln.text) for ln in leading):
        return blocks, outside
    finder.used.add(0)
    heading = Heading(
        first.number, first.ordinal, first.title, first.department, first.title, first, True
    )
    taken = {id(line) for line in leading}
    block = Block(heading, first.kind, leading)
    return [block, *blocks], [line for line in outside if id(line) not in taken]


def sole_item_without_heading(
    blocks: list[Block], outside: list[Line], finder: HeadingFinder
) -> tuple[list[Block], list[Line]]:
    """An agenda of one entry never repeated as a heading (a 要録 that goes from 「● 議題 …」
    to 「● 審議内容 …」): the proceedings after the opening words, up to the close, are its.
    Flagged as read from the agenda only."""
    if blocks or len(finder.agenda) != 1 or 0 in finder.used:
        return blocks, outside
    sole = finder.agenda[0]
    if sole.kind == "confirmation":
        return blocks, outside
    start = 0
    for i, line in enumerate(outside):
        if section_of(line.text) or _OPENING.search(line.text):
            start = i + 1  # the opening business before the proceedings is no part of them
    end = next((i for i in range(start, len(outside)) if _CLOSED.match(outside[i].text)), None)
    taken = outside[start:end]
    if not taken:
        return blocks, outside
    finder.used.add(0)
    heading = Heading(
        sole.number, sole.ordinal, sole.title, sole.department, sole.title, sole, True
    )
    ids = {id(line) for line in taken}
    return [Block(heading, sole.kind, taken)], [ln for ln in outside if id(ln) not in ids]


# The chair moving to an item: 「次に、諮問第4号について…」, 「…の説明をお願いします」.
_INTRODUCES = re.compile("|".join(f"(?:{p})" for p in lx.ITEM_INTRODUCTIONS))
_ORDINAL_WORDS = "|".join(lx.ORDINAL_WORDS)
_SECTION_OR_ORDINAL = "|".join(
    sorted({*lx.SECTION_WORDS, *lx.ORDINAL_WORDS}, key=len, reverse=True)
)
# An ordinal of one character or digits names an item only after a word (案件C, 議題2):
# alone it also occurs inside words (ICカード) and numbers.
_BARE_ORDINAL = re.compile(
    r"\(?\d+\)?|[アイウエオカキクケコサシスセソA-Z一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ\u2474-\u2487"
    + lx.ENCLOSED_COUNTERS
    + "]"
)
_LEAD = r"^[\s○〇◯●■◆◇・]*"
_FISCAL_YEAR = re.compile(r"^(?:令和|平成)(?:\d+|元)年度")
_KIND_OF_WORDS = {
    "consultation": ("諮問事項", "審議事項", "諮問", "審議"),
    "report": ("報告事項", "報告"),
    "confirmation": ("確認事項",),
}
_KIND_WORDS = "|".join((*lx.SECTION_WORDS, "報告", "諮問", "審議"))


@dataclass
class _Mention:
    """How the proceedings name an agenda item: ``anywhere`` (its number, a worded
    ordinal such as 議題2 or 議事ア, its title) and ``head`` (a bare ordinal opening a
    sentence before the entry's number, kind word or title: 「(4) 報告事項 総務課長から…」)."""

    anywhere: re.Pattern[str] | None
    head: re.Pattern[str] | None
    by_kind: re.Pattern[str] | None = None

    @classmethod
    def of(
        cls,
        item: AgendaItem,
        shared: bool = False,
        sole: bool = False,
        others: tuple[str, ...] = (),
    ) -> _Mention:
        """``shared``: another agenda item has the same ordinal (諮問事項第1 and 報告事項第1),
        so the ordinal names this one only after its kind word.  ``sole``: the only item
        of its kind on the agenda, so a sentence moving on to that kind (「次に、報告事項に
        ついて説明を…」) names it.  ``others``: the other items' ordinals; 議題2 names the
        item numbered so, not the one listed as a bare 2 (「2 会議録の確認」 … 「議題2 諮問…」)."""
        names = []
        if item.number:
            names.append(re.escape(number_key(item.number)))
            bare = _FISCAL_YEAR.sub("", number_key(item.number))
            if bare != number_key(item.number):
                names.append(re.escape(bare))  # 令和5年度諮問第2号, named 諮問第2号 in speech
        if item.ordinal and shared:
            kind_words = "|".join(_KIND_OF_WORDS.get(item.kind, ("(?!)",)))
            names.append(rf"(?:{kind_words})(?:の)?{re.escape(item.ordinal)}")
        elif item.ordinal and not _BARE_ORDINAL.fullmatch(item.ordinal):
            # 第1 names the item, not inside 報告第1号 or 第1回 (as ORDINAL_SHAPES reads it)
            names.append(
                re.escape(item.ordinal) + ("(?![号回])" if item.ordinal[-1].isdigit() else "")
            )
        elif item.ordinal:
            # 議題2 / 議事の(2) / 諮問事項(2): any ordinal or section word before it
            # (looked behind once matched, so the pattern still opens with its words)
            owned = [o for o in others if o != item.ordinal and o.endswith(item.ordinal)]
            not_owned = "".join(f"(?<!{re.escape(o)})" for o in owned)
            # (「諮問3件」 counts items, it names none)
            names.append(
                rf"(?:{_SECTION_OR_ORDINAL})(?:の)?{re.escape(item.ordinal)}{not_owned}"
                r"(?![件名人回号日年月])"
            )
            if len(compact(item.title)) >= 4:
                # 「まず(1)前回会議録の確認です。」: the ordinal with its title, mid-sentence
                names.append(re.escape(compact(item.ordinal) + compact(item.title)[:4]))
        if len(item.key) >= 8:
            names.append(re.escape(item.key))
        anywhere = re.compile(rf"(?:{'|'.join(names)})(?![0-9])") if names else None
        head = None
        if item.ordinal and _BARE_ORDINAL.fullmatch(item.ordinal):
            # the ordinal before its own kind's word: 「(1) 諮問第7号」 opens no report (1)
            own_kind = "|".join(_KIND_OF_WORDS[item.kind]) if item.kind in _KIND_OF_WORDS else ""
            follow = [own_kind or _KIND_WORDS, *names[:1]]
            follow += [re.escape(item.title[:4])] if len(item.title) >= 4 else []
            head = re.compile(rf"{_LEAD}{re.escape(item.ordinal)}\s*(?:{'|'.join(follow)})")
        by_kind = None
        if sole and item.kind in _KIND_OF_WORDS:
            kind_words = "|".join(_KIND_OF_WORDS[item.kind])
            by_kind = re.compile(
                rf"(?:{kind_words})(?:について|に(?:移|入)|の(?:説明|件))"
                # 「次に報告事項です。」: the chair moving on names the kind alone
                rf"|^(?:次に|続いて|続きまして)[、,]?\s*(?:{kind_words})(?:です|に参ります)"
            )
        return cls(anywhere, head, by_kind)

    def opens(self, sentence: str, strict: bool) -> bool:
        """Does this sentence open the item?  Strict (inside another item's text): only at
        the sentence's start or when the sentence moves the meeting on."""
        if self.head is not None and self.head.search(sentence):
            return True
        if self.by_kind is not None and self.by_kind.search(sentence):
            if _INTRODUCES.search(sentence):
                return True  # otherwise its number or ordinal may still name it (議題(3)の報告)
        if self.anywhere is None:
            return False
        m = self.anywhere.search(compact(sentence))
        if m is None:
            return False
        if not strict:
            return True
        lead = re.match(_LEAD + r"(?:\(?\d{1,2}\)?\s*)?", sentence)
        starts = self.anywhere.match(compact(sentence[lead.end() if lead else 0 :]))
        return bool(starts) or bool(_INTRODUCES.search(sentence))


def anchor_mentions(
    blocks: list[Block], outside: list[Line], body: list[Line], finder: HeadingFinder, ctx: Any
) -> tuple[list[Block], list[Line]]:
    """Agenda items that no heading opens start where the proceedings first name them.

    Minutes with no item headings move on in speech (「それでは、諮問第3号について説明を
    お願いします。」) or run an item into the last one's paragraph (「…了承された。(2)
    諮問第14号 町民課長から…」): the sentence naming the next agenda item opens its span,
    which runs to the next such sentence or the next block.  Inside another item's text only
    a sentence that starts with the item or moves the meeting on counts; a line naming two
    pending items opens nothing; a later item opens before an earlier one only when the
    sentence introduces it.  The turn's speaker is carried into the new span.
    """
    found = {id(b.heading.agenda) for b in blocks if b.heading.agenda is not None}
    pending = [
        a for i, a in enumerate(finder.agenda) if id(a) not in found and i not in finder.used
    ]
    ordinals = [a.ordinal for a in finder.agenda if a.ordinal]
    kinds = [a.kind for a in finder.agenda]
    mentions = {
        id(a): _Mention.of(
            a, ordinals.count(a.ordinal) > 1, kinds.count(a.kind) == 1, tuple(ordinals)
        )
        for a in pending
    }
    if not any(m.anywhere or m.head or m.by_kind for m in mentions.values()):
        return blocks, outside
    owner = {id(line): block for block in blocks for line in block.lines}
    placed: list[tuple[Line, Block | None]] = []
    current: Block | None = None  # a block opened here, taking its owner's lines
    current_from: Block | None = None
    opened: list[Block] = []
    # Most lines name no pending item: one pattern of every name rules them out cheaply.
    quick = re.compile(
        "|".join(
            p.pattern
            for m in mentions.values()
            for p in (m.anywhere, m.head, m.by_kind)
            if p is not None
        )
    )
    # A found block's heading line ends a span opened here: 「2 諮問第68号 …」 after the
    # paragraph of item 1 is item 2's, however the span before it was opened.
    head_keys = {compact(b.heading.text) for b in blocks if b.heading.text}
    for pos, original in enumerate(body):
        own = owner.get(id(original))
        if current is not None and own is not current_from:
            current = None
        if current is not None and own is None and compact(original.text) in head_keys:
            current = None
        if current is not None and (
            _ends_proceedings(original.text) or result_columns(original.text)
        ):
            current = None  # the meeting closed, or its result table: no part of the span
        line, first = original, True
        if (
            current is not None
            and len(opened) > 1
            and (back := _return_cut(line, opened, current, mentions, ctx))
        ):
            # 「それでは審議1について、御質問、御意見をお願いします。」 after 報告1 was heard
            # inside it: the meeting is back at an item opened before
            head, line = back[0], back[1]
            if head is not None:
                placed.append((head, current))
            current = back[2]
        while True:  # a 要録 paragraph may open several items: the tail is probed again
            if not pending or (
                not quick.search(compact(line.text)) and not quick.search(line.text)
            ):
                placed.append((line, current or own))
                break
            spk = speaker_of(line, ctx)
            label = _label_before(body, pos, ctx)
            prefix = line.text[: len(line.text) - len(spk[2])] if spk else ""
            cut = _opening_cut(line.text[len(prefix) :], pending, mentions, own is not None)
            if cut is None or (not first and cut[0] == 0 and not prefix):
                placed.append((line, current or own))
                break
            at, item = cut
            head = line.text[: len(prefix) + at].rstrip()
            tail = line.text[len(prefix) + at :].lstrip()
            if at == 0 and prefix:
                head, tail = "", line.text
            elif label and not speaker_of(Line(tail, 0), ctx):
                tail = f"○{label} {tail}"
            if head:
                placed.append((Line(head, line.indent), current or own))
            pending.remove(item)
            finder.used.add(finder.agenda.index(item))
            heading = Heading(item.number, item.ordinal, item.title, item.department, "", item)
            current, current_from = Block(heading, item.kind), own
            opened.append(current)
            line, first = Line(tail, 0), False
    if not opened:
        return blocks, outside
    return _rebuild(blocks, placed)


# The chair taking the meeting back to an item: 「それでは審議1について、御質問、御意見を…」.
_RETURN = re.compile(
    r"^(?:それでは|では|改めて|戻りまして|戻って)[、,]?[^。]{0,24}について[、,]?\s*"
    r"(?:御|ご)?(?:質問|意見|質疑|審議)"
)


def _return_cut(
    line: Line, opened: list[Block], current: Block, mentions: dict[int, _Mention], ctx: Any
) -> tuple[Line | None, Line, Block] | None:
    """(the line's part before, the part from it, the block) when a sentence of the line
    takes the meeting back to an item opened before; the speaker's label goes with it."""
    if "について" not in line.text:
        return None  # (what _RETURN needs: most lines are ruled out before any parsing)
    spk = speaker_of(line, ctx)
    words = spk[2] if spk else line.text
    prefix = line.text[: len(line.text) - len(words)]
    offset = 0
    for sentence in sentences(words):
        at = words.find(sentence, offset)
        offset = at + len(sentence) if at >= 0 else offset
        if not _RETURN.search(sentence):
            continue
        named = [
            b
            for b in opened
            if b is not current
            and (m := mentions.get(id(b.heading.agenda))) is not None
            and m.anywhere is not None
            and m.anywhere.search(compact(sentence))
        ]
        if len(named) != 1:
            continue
        if at <= 0:
            return None, line, named[0]
        label = f"○{spk[1]} " if spk else ""
        head = Line((prefix + words[:at]).rstrip(), line.indent)
        return head, Line(label + words[at:].lstrip(), 0), named[0]
    return None


def _label_before(body: list[Line], pos: int, ctx: Any) -> str:
    """The speaker of the turn that line ``pos`` belongs to (the nearest label above)."""
    for line in reversed(body[max(0, pos - 200) : pos + 1]):
        spk = speaker_of(line, ctx)
        if spk and spk[1]:
            return spk[1]
    return ""


def _rebuild(
    blocks: list[Block], placed: list[tuple[Line, Block | None]]
) -> tuple[list[Block], list[Line]]:
    """Blocks and outside lines from each line's new owner, blocks in body order (a found
    block without lines keeps its place after the block before it)."""
    for block in blocks:
        block.lines = []
    order: list[Block] = []
    seen: set[int] = set()
    outside: list[Line] = []
    for line, block in placed:
        if block is None:
            outside.append(line)
            continue
        block.lines.append(line)
        if id(block) not in seen:
            order.append(block)
            seen.add(id(block))
    for i, block in enumerate(blocks):
        if id(block) not in seen:
            at = next((n + 1 for n, b in enumerate(order) if i and b is blocks[i - 1]), 0)
            order.insert(at, block)
    return order, outside


def _opening_cut(
    text: str, pending: list[AgendaItem], mentions: dict[int, _Mention], strict: bool
) -> tuple[int, AgendaItem] | None:
    """(offset of the sentence, item) when ``text`` opens the span of a pending item."""
    offset = 0
    for sentence in sentences(text):
        at = text.find(sentence, offset)
        offset = at + len(sentence) if at >= 0 else offset
        named = [a for a in pending if mentions[id(a)].opens(sentence, strict)]
        if len(named) != 1:
            continue
        item = named[0]
        if item is not pending[0] and not _INTRODUCES.search(sentence):
            return None
        return max(at, 0), item
    return None
