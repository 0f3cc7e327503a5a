"""Orchestration: text -> header -> body -> items -> the JSON contract (docs/minutes-json.md)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from shingikai.lib.wareki import WarekiError, find_dates, parse_time, parse_time_range

from ._agenda import AgendaItem
from ._build import (
    add_missing_agenda,
    attach_unnumbered_opinion,
    build_items,
    collect_listed,
    drop_own_number,
    fallback_item,
    items_from_table,
)
from ._checks import contradictions
from ._confidence import assess
from ._decode import MinutesError, decode_bytes
from ._header import (
    TIME_ONE,
    TIME_RANGE,
    Header,
    agenda_items,
    cell_text,
    parse_attendance,
    parse_header,
    public_from,
    roster_attendance,
    secretariat_units,
)
from ._html import html_to_text, looks_like_html, without_unprinted_marks
from ._items import (
    HeadingFinder,
    anchor_mentions,
    is_result_row,
    item_in_header_cell,
    section_of,
    segment,
    sole_item_without_heading,
)
from ._layout import rewrite, speaker_parts
from ._names import SpeakerContext, chairs_in, units_in
from ._normalize import (
    Line,
    clean_body_lines,
    join_wrapped,
    normalize_chars,
    tags_to_breaks,
    title_key,
)
from ._rejoin import rejoin_pdf_text
from ._turns import STAGE, decision_tag, is_subsection, speaker_of, starts_turn
from .lexicon import DOC_TYPES, TIME_SAME_AS_START

# Lines at the top of the minutes in which a stated head count is looked for.
OPENING_LINES = 40
_COUNCIL_WORD = re.compile(r"(?:審議会|委員会|審査会|会議|部会)")
_SESSION = re.compile(r"第[0-9一二三四五六七八九十]+回")
_SESSION_PREFIX = re.compile(
    r"^.*?第[0-9一二三四五六七八九十百]+回[・\s]*|^(?:令和|平成|昭和)(?:\d+|元)年度[・\s]*"
)
_DOC_WORDS = sorted({*DOC_TYPES, "会議要録", "議事要旨", "議事概要", "概要"}, key=len, reverse=True)
# A document-type word may be letter-spaced like the heading it ends: 「… 議 事 録」.
_DOC_SUFFIX = re.compile(
    rf"[\s・]*(?:の\s?)?(?:{'|'.join(r'[ ]?'.join(map(re.escape, w)) for w in _DOC_WORDS)})"
    r"(?:\((?:要旨|概要|要約|抄録|案|速報)\))?$"
    # or the document word in brackets after the name: 「…審議会（要録）」
    rf"|\s*\((?:{'|'.join(map(re.escape, _DOC_WORDS))})\)$"
)


# 「…審議会会議録（令和6年度第2回）」: the session in brackets after the document word.
_SESSION_AFTER = re.compile(
    r"\s*[(（](?:(?:令和|平成)(?:\d+|元)年度)?\s*第[0-9一二三四五六七八九十]+回[)）]$"
)


def _without_doc_word(line: str) -> str:
    """The heading without its document-type word; 「第3回会議　要録」 keeps its 会議, the
    meeting's (a gap parts it from 要録), not 会議要録's; a session in brackets printed after
    the word stays (「…審議会会議録（第2回）」 -> 「…審議会（第2回）」)."""
    session = _SESSION_AFTER.search(line)
    if session is not None and _DOC_SUFFIX.search(line[: session.start()]):
        return _without_doc_word(line[: session.start()]) + session.group().strip()
    m = _DOC_SUFFIX.search(line)
    if m is None:
        return line
    k = m.group().find("会議")
    at = m.start() + k
    if k >= 0 and line[at - 1 : at] == "回" and line[at + 2 : at + 3].isspace():
        return line[: at + 2]
    return line[: m.start()]


_MUNI = re.compile(
    r"^([\u3040-\u30ff\u4e00-\u9fff々ヶ]{1,6}?(?:都|道|府|県|市|区|町|村))(?=\s?[\u4e00-\u9fff])"
)
_MUNI_CONTEXT = re.compile(
    r"(?<![\u4e00-\u9fff々ヶ])([\u4e00-\u9fff々ヶ]{1,6}?(?:都|道|府|県|市|区|町|村))"
    r"(?=役所|役場|庁舎|情報公開|個人情報保護条例|議会|長(?:[^\u4e00-\u9fff]|$))"
)
_NOT_MUNI = frozenset(
    {
        "都市",
        "市区町村",
        "区市町村",
        "市町村",
        "都道府県",
        "各市",
        "当市",
        "本市",
        "同市",
        "他市",
        "各区",
        "当区",
        "本区",
        "同区",
        "全市",
        "区市",
        "市区",
        "町村",
    }
)
# Block titles that head a list below them even without a mark.
_BARE_HEADINGS = frozenset(
    {"附帯意見", "付帯意見", "附帯条件", "付帯条件", "付した条件", "附した条件", "審議結果", "結果"}
)
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.、]?|\(\d{1,2}\))\s*")
# A heading's title is complete once it ends 「…について」/「…の件」 or with its department.
_TITLE_DONE = re.compile(r"(?:について|の件|[)）〕】])\s*$")
# The rest of a title broken across lines: short, ending 「…について（課）」 or 「…の件」.
_TITLE_TAIL = re.compile(
    r"^[^。、\s]{1,30}(?:について|の件)(?:\s*[(（〔【][^()（）〔〕【】]{1,20}[)）〕】])?$"
)
# ①…⑳ opening a line with words after it: an entry of a list, never a wrapped line's tail.
_CIRCLED_ENTRY = re.compile(r"^[\u2460-\u2473]\s*\S")
_MARKED_HEADING = re.compile(r"^[■□◆◇●▼【<\[][^。]{1,20}$")
_PUBLIC_BODY = (
    (re.compile(r"非公開(?:と|で|に)(?:する|し|行)|傍聴(?:は|を)?(?:不可|認めない|認めず)"), False),
    (re.compile(r"公開(?:により|で|と)(?:行|し|す)|傍聴(?:者|人)(?:は|が)?\s*\d+\s*[名人]"), True),
)


def parse_minutes_bytes(data: bytes, source: str = "") -> dict[str, Any]:
    """Decode bytes (UTF-8, Shift_JIS/CP932, EUC-JP, HTML or text) and parse them."""
    return parse_minutes(decode_bytes(data), source=source)


def parse_minutes(text: str, *, source: str = "") -> dict[str, Any]:
    """Parse minutes text (plain or HTML) into the JSON contract described in the docs."""
    return parse_minutes_with_text(text, source=source)[0]


def plain_text(text: str) -> str:
    """The minutes as readable text: HTML converted, full/half-width forms normalised."""
    return _converted_and_plain(text)[1]


def _converted_and_plain(text: str) -> tuple[str, str]:
    """The text with any HTML converted, and that text width-normalised (``plain_text``).
    The parse needs both: the re-joining pass measures line widths before the folding."""
    converted = html_to_text(text) if looks_like_html(text) else text
    return converted, normalize_chars(converted)


def parse_minutes_with_text(text: str, *, source: str = "") -> tuple[dict[str, Any], str]:
    """The parse and the minutes as plain text (``plain_text``): an import keeps both, and
    the HTML conversion and width folding they share are done once."""
    if not isinstance(text, str):
        raise MinutesError(f"expected text, got {type(text).__name__}; use parse_minutes_bytes")
    if not text.strip():
        raise MinutesError("empty input: the minutes contain no text")
    page = text if looks_like_html(text) else None
    text, plain = _converted_and_plain(text)
    # Characters folded, and the lines a PDF broke joined again (page breaks out); the
    # stored plain text keeps the lines as they were.
    text = rejoin_pdf_text(text, is_turn=lambda s: speaker_parts(s) is not None, normalized=plain)
    warnings: list[str] = []
    lines, layout = rewrite(text.split("\n"))
    text = "\n".join(lines)
    header = parse_header(lines)
    if not header.rows:
        warnings.append("no header table recognised; meeting details taken from the text")
    att = roster_attendance(header, lines, parse_attendance(header))
    ctx = SpeakerContext(
        members=att.present + att.absent,
        chairs=chairs_in(header.values("attendance"), att.present),
        secretariat_units=secretariat_units(header)
        + [u for e in att.secretariat for u in units_in(e)],
        secretariat_entries=att.secretariat,
        text=text,
    )
    sources: dict[str, str] = {}
    meeting = _meeting(header, text, warnings, sources, printed=plain)
    agenda = agenda_items(header)
    finder = HeadingFinder(agenda)
    body = _body_lines(lines[header.body_start :], finder, ctx)
    blocks, outside = segment(body, finder)
    blocks, outside = item_in_header_cell(blocks, outside, body, finder)
    blocks, outside = anchor_mentions(blocks, outside, body, finder, ctx)
    blocks, outside = sole_item_without_heading(blocks, outside, finder)
    if meeting["public_attendance"] is None:
        meeting["public_attendance"] = _public_from_body(outside + body[:200])
        sources["public_attendance"] = "body"
    outside_texts = [ln.text for ln in outside]
    listed = collect_listed(
        lines,
        # A 結果 row's lines are result rows even without tabs: read under a result head.
        _result_block(header) + lines[header.body_start :],
        outside_texts,
        _lines(header.values("opinions")),
    )
    items = build_items(blocks, ctx, listed, warnings)
    items = add_missing_agenda(items, blocks, agenda, outside_texts, listed, warnings)
    if not items and listed.rows:
        warnings.append("items taken from the result table")
        items = items_from_table(listed)
        for item in items:
            item["_sources"] = {"heading": "table", "outcome": "table"}
    if not items:
        items, placed = _items_from_mentions(body, ctx, listed, warnings)
        if items:
            outside_texts = placed
    attach_unnumbered_opinion(items, listed)
    drop_own_number(items)
    if page is not None:
        _opinions_as_printed(items, page)
    if not items:
        warnings.append("no agenda items recognised; the full text is kept as one 'other' item")
        raw_body = tags_to_breaks("\n".join(lines[header.body_start :]))
        kept = [ln.strip() for ln in raw_body.split("\n") if ln.strip()]
        items = [fallback_item(kept)]
        items[0]["_sources"] = {"heading": "fallback"}
        outside_texts = kept
    title = meeting["title"] or ""
    municipality = _municipality(title, header, text)
    confidence, flags = assess(meeting, sources, items)
    # The opening lines as printed: the layout stage drops what it does not need (head
    # counts among them) from the header rows it rewrites.
    opening = "\n".join(plain.split("\n", OPENING_LINES)[:OPENING_LINES])
    flags = list(dict.fromkeys(flags + contradictions(meeting, att.present, items, opening)))
    return {
        "source": source,
        "municipality": municipality,
        "council": _council(title, municipality),
        "meeting": meeting,
        "members_present": att.present,
        "members_absent": att.absent,
        "items": items,
        "warnings": warnings,
        "confidence": confidence,
        "flags": flags,
        "unplaced": "\n".join(outside_texts),
    }, plain


def _opinions_as_printed(items: list[dict[str, Any]], page: str) -> None:
    """An HTML page's list marks drawn by the browser are no part of an opinion."""
    given = [i for i in items if i.get("opinion")]
    printed = without_unprinted_marks([i["opinion"] for i in given], page)
    for item, opinion in zip(given, printed, strict=True):
        item["opinion"] = opinion


# 諮問第3号「…」 / 報告第2号 …について: an own number named in the proceedings, with the
# title when it is quoted or ends in について right after the number.
_MENTION = re.compile(
    r"((?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第\d+号)"
    r"(?:\s*「([^「」]{4,60})」|\s+([^\s、。「」]{4,50}?について))?"
)


def _items_from_mentions(
    body: list[Line], ctx: SpeakerContext, listed: Any, warnings: list[str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """No agenda and no heading: the own numbers the proceedings name (諮問第3号, 報告第2号)
    become the items, in the order first named; each opens where it is first named and runs
    to the next, and its decision is read there. Flagged (heading source "mention")."""
    found: dict[str, AgendaItem] = {}
    for line in body:
        for m in _MENTION.finditer(line.text):
            key = m.group(1)
            title = m.group(2) or m.group(3) or ""
            if key not in found:
                kind = "report" if key.startswith("報告") or "報告第" in key else "consultation"
                found[key] = AgendaItem(kind, key, title, None)
            elif title and not found[key].title:
                found[key].title = title
    if not found:
        return [], []
    agenda = list(found.values())
    finder = HeadingFinder(agenda)
    blocks, outside = segment(body, finder)
    blocks, outside = anchor_mentions(blocks, outside, body, finder, ctx)
    items = build_items(blocks, ctx, listed, warnings)
    for item in items:
        item["_sources"]["heading"] = "mention"
    if items:
        warnings.append(
            "no agenda recognised; items opened where the proceedings name their numbers"
        )
    return items, [ln.text for ln in outside]


def _result_block(header: Header) -> list[str]:
    rows = _lines(header.values("results"))
    return ["審議結果", *rows, ""] if rows else []


def _lines(values: list[str]) -> list[str]:
    return [ln.strip() for v in values for ln in tags_to_breaks(v).split("\n") if ln.strip()]


# A line that may open with an agenda entry: an ordinal, a mark or an item number.
_HEAD_START = re.compile(
    r"^(?:\(\d{1,2}\)|\d{1,2}[.、]?\s|[アイウエオカキクケコ][\s.、]|[○〇●■◆◇▶▷►◎◉★☆]"
    r"|(?:(?:令和|平成)\d+年度)?(?:諮問|報告)第|(?:審議|議題|報告|案件)\d)"
)
_SPACE = re.compile(r" ")


def _split_heading_leads(lines: list[Line], finder: HeadingFinder) -> list[Line]:
    """``(2) 諮問第12号 …について(課) 課から説明があった。…``: a 要録 paragraph that opens
    with a whole agenda entry is that item's heading followed by its first paragraph."""
    if not finder.agenda:
        return lines
    out: list[Line] = []
    # A heading ends with its title or the department's bracket: only such prefixes are
    # probed (a probe splits the entry, and most lines are speech).
    ends = tuple({a.title[-2:] for a in finder.agenda if a.title} | {")", "】", "〕", "」"})
    for line in lines:
        t = line.text
        if len(t) > 12 and " " in t[:200] and _HEAD_START.match(t) and not is_result_row(t):
            for m in _SPACE.finditer(t, 0, 200):
                head = t[: m.start()]
                if not head.endswith(ends):
                    continue
                found = finder.probe(head)
                if (
                    found is not None
                    and found.agenda is not None
                    # the whole entry, or its number or ordinal alone: 「イ 諮問第78号について …」
                    # (a title that is only について has the empty key)
                    and title_key(found.title) in (found.agenda.key, "")
                ):
                    out += [Line(head, line.indent), Line(t[m.end() :].strip(), 0)]
                    break
            else:
                out.append(line)
        else:
            out.append(line)
    return out


def _body_lines(raw: list[str], finder: HeadingFinder, ctx: SpeakerContext) -> list[Line]:
    cleaned = _split_heading_leads(clean_body_lines(raw), finder)
    # Both tests read only the line's text, and nothing is consumed while lines are joined
    # (the finder is only probed): each text is tested once, however often it is asked.
    headings: dict[str, bool] = {}
    starts: dict[str, bool] = {}

    def is_heading(line: Line) -> bool:
        found = headings.get(line.text)
        if found is None:
            found = headings[line.text] = _is_heading(line)
        return found

    def _is_heading(line: Line) -> bool:
        t = line.text
        if section_of(t) or finder.probe(t) or decision_tag(t) is not None or STAGE.match(t):
            return True
        bare = len(t) <= 12 and _LIST_NUMBER.sub("", t) in _BARE_HEADINGS
        bare = bare or t == "記"  # the formal heading of a list: never joined to its first entry
        if _MARKED_HEADING.match(t) or bare or (len(t) <= 14 and is_subsection(t)):
            return True  # ■付した条件 / 【質疑】 / 附帯意見 / 説明 alone on a line
        speaker = speaker_of(line, ctx) if len(t) <= 30 else None
        return bool(speaker and not speaker[2])  # a label alone on its line: (委員)

    def starts_block(line: Line) -> bool:
        found = starts.get(line.text)
        if found is None:
            found = starts[line.text] = (
                starts_turn(line, ctx)
                or is_heading(line)
                or line.text in ("以上", "了")
                or _CIRCLED_ENTRY.match(line.text) is not None
            )
        return found

    def continues_heading(heading: Line, line: Line) -> bool:
        t = heading.text
        if any(t.count(a) > t.count(b) for a, b in ("()", "「」", "【】", "〔〕")):
            return True  # 「…について（」 + 「市民課）」
        first = finder.probe(t)
        if first is None or starts_block(line) or is_heading(line):
            return False
        if first.agenda is None:
            # no agenda to compare with: a numbered heading cut before its 「…について（課）」
            return not _TITLE_DONE.search(t) and bool(_TITLE_TAIL.match(line.text.strip()))
        joined = finder.probe(t + line.text)
        target = first.agenda.key
        if joined is None or joined.agenda is not first.agenda:
            return False
        before, after = title_key(first.title), title_key(joined.title)
        # Longer, or only its 「について〔課〕」 tail was on the next line.
        # A title cut short is continued; a complete one is followed by its proceedings.
        longer = (len(after) > len(before) and len(before) < len(target)) or (
            after == before and bool(joined.department) and not first.department
        )
        return longer and target.startswith(after[: len(target)])

    return join_wrapped(cleaned, starts_block, is_heading, continues_heading)


def _meeting(
    header: Header, text: str, warnings: list[str], sources: dict[str, str], printed: str = ""
) -> dict[str, Any]:
    """The meeting's fields; ``printed`` is the text as printed, running headers and all."""
    preamble = header.preamble or [ln.strip() for ln in text.split("\n") if ln.strip()][:3]
    sources["title"] = "header" if cell_text(header.first("title")) else "preamble"
    named = cell_text(header.first("title"))
    title = squeeze_spaces(named or _title_from_preamble(preamble, printed))
    if _COUNCIL_WORD.search(_without_doc_word(title)):
        title = _without_doc_word(title)  # 「会 議 名 …審議会」 with 「議 事 録」 on the line below
    if not title:
        warnings.append("meeting title not found")
    when = cell_text(header.first("datetime"))
    day = _first_date(when) or _first_date(title) or _first_date(" ".join(header.preamble))
    if day is None:
        sources["date"] = "text"
        day = _first_date(text[:3000])
        if day is not None:
            warnings.append("meeting date not in a header row; took the first date in the text")
    if day is None:
        warnings.append("meeting date not found")
    time_text = cell_text(header.first("time")) or when
    if header.values("time_end"):
        time_text = f"開会 {time_text} 閉会 {cell_text(header.first('time_end'))}"
    start, end = _times(time_text, warnings)
    if start is None:
        start, end = _times_from_text(text, day, warnings)
        if start is not None:
            sources["start_time"] = sources["end_time"] = "text"
    place = cell_text(header.first("place")) or None
    if place is None:
        place = _place_from_text(text)
        if place is not None:
            sources["place"] = "text"
            warnings.append("meeting place not in a header row; took a 場所/会場 line of the text")
    public = None
    for value in header.values("public"):
        public = public_from(value)
        if public is not None:
            break
    return {
        "title": title or None,
        "date": day.isoformat() if day else None,
        "start_time": start,
        "end_time": end,
        "place": place,
        "public_attendance": public,
    }


_INNER_SPACE = re.compile(r"(?<=(.))\s+(?=(.))")


def squeeze_spaces(text: str) -> str:
    """Japanese names carry no word spaces: drop spaces unless both neighbours are Latin."""

    def keep(m: re.Match[str]) -> str:
        return " " if m.group(1).isascii() and m.group(2).isascii() else ""

    return _INNER_SPACE.sub(keep, text.strip())


def _title_from_preamble(preamble: list[str], text: str = "") -> str:
    """The first line naming a council; one that also names the session (第N回) wins, as
    a running title above the heading (「磯浜市…審議会」, then 「令和6年度第4回磯浜市…」)
    is the shorter form of it. A line printed again on later pages is a running header:
    a heading printed once wins over it."""
    found = []
    running = []
    lines = Counter(ln.strip() for ln in text.split("\n")) if text else Counter()
    for i, raw in enumerate(preamble):
        line = re.sub(r"^[【\[]([^】\]]+)[】\]]", r"\1", raw.strip())
        line = _without_doc_word(line).strip()
        nxt = preamble[i + 1].strip() if i + 1 < len(preamble) else ""
        session_only = bool(_SESSION_ONLY.match(line.replace(" ", "")))
        if not _COUNCIL_WORD.search(line) and nxt and (len(nxt) <= 12 or session_only):
            # (「令和6年度第1回」 alone above the council's name: one heading in two lines)
            joined = _without_doc_word(line + nxt).strip()
            line = joined if _COUNCIL_WORD.search(joined) else line  # a heading broken in two
        if _COUNCIL_WORD.search(line):
            (running if lines[raw.strip()] > 1 else found).append(line)
    found += running
    # a running header printed with its page number (「…審議会（第5回）　　1/4」) is the
    # page's, not the heading: the heading below it wins
    found = [t for t in found if not _PAGED.search(t)] + [
        _PAGED.sub("", t) for t in found if _PAGED.search(t)
    ]
    session = [t for t in found if _SESSION.search(t)]
    return (session or found or [""])[0]


_SESSION_ONLY = re.compile(r"^(?:(?:令和|平成)(?:\d+|元)年度)?第[0-9一二三四五六七八九十]+回$")
_PAGED = re.compile(r"\s+(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-)$")


def _first_date(text: str) -> date | None:
    found = find_dates(text) if text else []
    return found[0][0] if found else None


_T = r"((?:午前|午後)?\s*\d{1,2}\s*(?::\s*\d{2}|時\s*(?:\d{1,2}\s*分|半)?))"
_OPEN_CLOSE_AFTER = re.compile(rf"{_T}\s*(?:開会|開始)\D{{0,6}}?{_T}\s*(?:閉会|終了|散会)")
_OPEN_CLOSE_BEFORE = re.compile(
    # between them anything short, a list number too: 「3.開会 10時00分 4.閉会 11時25分」
    rf"(?:開会|開始)(?:時刻|時間)?\s*[:：]?\s*{_T}(?:\D|\d{{1,2}}(?=[.、)])){{0,10}}?"
    rf"(?:閉会|終了|散会)(?:時刻|時間)?\s*[:：]?\s*{_T}"
)


_SAME_WORDS = "|".join(sorted(TIME_SAME_AS_START, key=len, reverse=True))
_SAME_AS_START = re.compile(rf"(?<=[~\-―‐—–]|ら)\s*(?:{_SAME_WORDS})\s*(?=\d)")


# Hours and minutes in kanji numerals, as formal minutes print them: 十一時, 三十分, 〇五分.
_KANJI_CLOCK = re.compile(r"[〇一二三四五六七八九十]{1,3}(?=時|分)")
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}


def _kanji_number(m: re.Match[str]) -> str:
    s = m.group()
    if "十" not in s:
        return "".join(str(_KANJI_DIGITS[c]) for c in s)
    tens, _, ones = s.partition("十")
    return str(_KANJI_DIGITS.get(tens, 1) * 10 + _KANJI_DIGITS.get(ones, 0))


# A time range whose clocks part hours from minutes by the same punctuation mark (any
# Unicode class P or S character but a dash or tilde), judged by that repetition.
_PUNCT_CLOCK_RANGE = re.compile(
    r"(?<![\d.,])([01]?\d|2[0-3])([^\w\s~〜～\-‐–—ー－―:])([0-5]\d)\s*[~〜～\-‐–—ー－―]\s*"
    r"([01]?\d|2[0-3])\2([0-5]\d)(?![\d])"
)


def _times(text: str, warnings: list[str]) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    text = text.replace("正午", "午後0時")  # noon: 午前10時～正午 is 10:00-12:00
    if "時" in text:
        text = _KANJI_CLOCK.sub(_kanji_number, text)  # 午前十時四十分 -> 午前10時40分
    if "同" in text:
        text = _SAME_AS_START.sub("", text)  # 午後1時30分～同3時: the end inherits 午後
    m = TIME_RANGE.search(text)
    pair = (m.group(1), m.group(2)) if m else None
    if pair is None and (m := _PUNCT_CLOCK_RANGE.search(text)):
        # 10.00~11.45 / 10・00－11・30: any one punctuation mark parts hours from minutes
        pair = (f"{m.group(1)}:{m.group(3)}", f"{m.group(4)}:{m.group(5)}")
    if pair is None and ("会" in text or "始" in text):
        # 「13時30分開会 15時10分閉会」, 「開会 午前10時 閉会 …」, 「10時開始 11時終了」
        found = _OPEN_CLOSE_AFTER.search(text) or _OPEN_CLOSE_BEFORE.search(text)
        pair = (found.group(1), found.group(2)) if found else None
    if pair:
        try:
            start, end = parse_time_range(f"{pair[0]}~{pair[1]}")
            return start.strftime("%H:%M"), end.strftime("%H:%M")
        except WarekiError as exc:
            warnings.append(f"meeting time not understood: {exc}")
    m = TIME_ONE.search(text)
    if m:
        try:
            return parse_time(m.group()).strftime("%H:%M"), None
        except WarekiError as exc:
            warnings.append(f"meeting time not understood: {exc}")
    return None, None


# The opening lines scanned when the header names no time or place.
_OPENING_LINES = 40
_PLACE_LINE = re.compile(
    # any marks, brackets or list numbers in front (judged by class, not listed)
    r"^[\W\d_]*(?:開催)?(?:場所|会場)[^\w\s]{0,2}\s*[:：/=]?\s*"
    r"(?:於\s*)?([^\s:：。、][^。]{1,40})$"
)
_MEETING_TIME_WORD = re.compile(r"開会|閉会|開始|終了|時間|日時|時刻")


def _opening(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()][:_OPENING_LINES]


def _times_from_text(
    text: str, day: date | None, warnings: list[str]
) -> tuple[str | None, str | None]:
    """No time in a header row: a time range on a line of the opening that also carries
    the meeting date or a word of meeting times (日時, 開会, 時間 …). Never a lone time."""
    for line in _opening(text):
        dated = day is not None and _first_date(line) == day
        if not (dated or _MEETING_TIME_WORD.search(line)):
            continue
        found: list[str] = []
        start, end = _times(line, found)
        if start is not None and end is not None:
            warnings.append("meeting time not in a header row; took a time range of the text")
            return start, end
    return _opened_and_closed(text)


# 「（午後２時００分開会）」 on a line of its own where the proceedings start, 「午後３時閉会」
# where they end (the time before or after the word, in brackets or not).
_MARKED_TIME = r"^[(（]?\s*(?:{t}\s*(?:{w})|(?:{w})\s*[:：]?\s*[(（]?{t}[)）]?)\s*[)）]?$"
_OPENED = re.compile(_MARKED_TIME.format(t=_T, w="開会|開議"))
_CLOSED_AT = re.compile(_MARKED_TIME.format(t=_T, w="閉会|散会"))


def _opened_and_closed(text: str) -> tuple[str | None, str | None]:
    """The times of the lines that open and close the proceedings, when the text has them:
    the opening one among the first lines, the closing one among the last."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    opened = next((m for ln in lines[:120] if (m := _OPENED.match(ln))), None)
    if opened is None:
        return None, None
    closed = next((m for ln in reversed(lines[-60:]) if (m := _CLOSED_AT.match(ln))), None)
    try:
        start = parse_time(_clock(opened)).strftime("%H:%M")
        end = parse_time(_clock(closed)).strftime("%H:%M") if closed else None
    except WarekiError:
        return None, None
    if end is not None and end <= start and "午" not in _clock(closed):
        end = None  # 「午後2時開会」 … 「3時閉会」: the 午後 is not repeated; leave it unread
    return start, end


def _clock(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


def _place_from_text(text: str) -> str | None:
    """No place in a header row: an opening line that starts with 場所 / 会場."""
    for line in _opening(text):
        m = _PLACE_LINE.match(line)
        if m:
            return m.group(1).strip()
    return None


def _public_from_body(lines: list[Line]) -> bool | None:
    for line in lines:
        for pattern, value in _PUBLIC_BODY:
            if pattern.search(line.text):
                return value
    return None


def _municipality(title: str, header: Header, text: str) -> str | None:
    candidates = [_SESSION_PREFIX.sub("", title)]
    candidates += [_SESSION_PREFIX.sub("", re.sub(r"^[【\[]", "", p)) for p in header.preamble]
    for cand in candidates:
        m = _MUNI.match(cand.strip())
        if m and m.group(1) not in _NOT_MUNI:
            return m.group(1)
    counts: dict[str, int] = {}
    for source in (cell_text(header.first("place")), text[:200000]):
        for m in _MUNI_CONTEXT.finditer(source):
            name = m.group(1)
            if name not in _NOT_MUNI and len(name) >= 2:
                counts[name] = counts.get(name, 0) + 1
        if counts:
            break
    return max(counts, key=lambda k: counts[k]) if counts else None


def _council(title: str, municipality: str | None) -> str | None:
    """Council name: the title without session number, document type or municipality."""
    name = _without_doc_word(_SESSION_PREFIX.sub("", title)).strip(" ・")
    if municipality and name.startswith(municipality) and len(name) > len(municipality) + 2:
        name = name[len(municipality) :].strip()
    name = re.sub(r"[(（]第?\d+回[)）]$", "", name).strip()
    return name or None


__all__ = ["parse_minutes", "parse_minutes_bytes"]
