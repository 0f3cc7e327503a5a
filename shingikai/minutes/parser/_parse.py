"""Orchestration: text -> header -> body -> items -> the JSON contract (docs/minutes-json.md)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from shingikai.lib.wareki import WarekiError, find_dates, parse_time, parse_time_range

from ._agenda import AgendaItem, number_key
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
    secretariat_units,
)
from ._html import html_to_text, looks_like_html
from ._items import Block, HeadingFinder, section_of, segment
from ._names import SpeakerContext, units_in
from ._normalize import Line, clean_body_lines, join_wrapped, normalize_chars, tags_to_breaks
from ._outcome import decide, followups, result_table
from ._turns import STAGE, decision_tag, speaker_of, split_turns, starts_turn

_SESSION_PREFIX = re.compile(
    r"^.*?第[0-9一二三四五六七八九十百]+回[・\s]*|^(?:令和|平成|昭和)(?:\d+|元)年度[・\s]*"
)
_DOC_SUFFIX = re.compile(
    r"[\s・]*(?:会議録|議事録|要録|会議概要|会議要旨|議事要旨|議事概要|概要|"
    r"記録)$"
)
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
_PUBLIC_BODY = (
    (re.compile(r"非公開(?:と|で|に)(?:する|し|行)|傍聴(?:は|を)?(?:不可|認めない|認めず)"), False),
    (re.compile(r"公開(?:により|で|と)(?:行|し|す)|傍聴(?:者|人)(?:は|が)?\s*\d+\s*[名人]"), True),
)


def parse_minutes_bytes(data: bytes, source: str = "") -> dict[str, Any]:
    """Decode bytes (UTF-8, Shift_JIS/CP932, EUC-JP, HTML or text) and parse them."""
    return parse_minutes(decode_bytes(data), source=source)


def parse_minutes(text: str, *, source: str = "") -> dict[str, Any]:
    """Parse minutes text (plain or HTML) into the JSON contract described in the docs."""
    if not isinstance(text, str):
        raise MinutesError(f"expected text, got {type(text).__name__}; use parse_minutes_bytes")
    if not text.strip():
        raise MinutesError("empty input: the minutes contain no text")
    if looks_like_html(text):
        text = html_to_text(text)
    text = normalize_chars(text)
    warnings: list[str] = []
    lines = text.split("\n")
    header = parse_header(lines)
    if not header.rows:
        warnings.append("no header table recognised; meeting details taken from the text")
    att = parse_attendance(header)
    ctx = SpeakerContext(
        members=att.present + att.absent,
        secretariat_units=secretariat_units(header)
        + [u for e in att.secretariat for u in units_in(e)],
        secretariat_entries=att.secretariat,
        text=text,
    )
    meeting = _meeting(header, text, warnings)
    agenda = agenda_items(header)
    finder = HeadingFinder(agenda)
    body = _body_lines(lines[header.body_start :], finder, ctx)
    blocks, outside = segment(body, finder)
    if meeting["public_attendance"] is None:
        meeting["public_attendance"] = _public_from_body(outside + body[:200])
    items = _items(blocks, body, ctx, warnings)
    items = _add_missing_agenda(items, blocks, agenda, warnings)
    if not items:
        warnings.append("no agenda items recognised; the full text is kept as one 'other' item")
        raw_body = tags_to_breaks("\n".join(lines[header.body_start :]))
        items = [_fallback_item([ln.strip() for ln in raw_body.split("\n") if ln.strip()])]
    title = meeting["title"] or ""
    municipality = _municipality(title, header, text)
    return {
        "source": source,
        "municipality": municipality,
        "council": _council(title, municipality),
        "meeting": meeting,
        "members_present": att.present,
        "members_absent": att.absent,
        "items": items,
        "warnings": warnings,
    }


def _body_lines(raw: list[str], finder: HeadingFinder, ctx: SpeakerContext) -> list[Line]:
    cleaned = clean_body_lines(raw)

    def is_heading(line: Line) -> bool:
        t = line.text
        if section_of(t) or finder.probe(t) or decision_tag(t) is not None or STAGE.match(t):
            return True
        speaker = speaker_of(line, ctx) if len(t) <= 30 else None
        return bool(speaker and not speaker[2])  # a label alone on its line: (委員)

    def starts_block(line: Line) -> bool:
        return starts_turn(line, ctx) or is_heading(line) or line.text in ("以上", "了")

    return join_wrapped(cleaned, starts_block, is_heading)


def _meeting(header: Header, text: str, warnings: list[str]) -> dict[str, Any]:
    preamble = header.preamble or [ln.strip() for ln in text.split("\n") if ln.strip()][:3]
    title = cell_text(header.first("title")) or _title_from_preamble(preamble)
    if not title:
        warnings.append("meeting title not found")
    when = cell_text(header.first("datetime"))
    day = _first_date(when) or _first_date(title) or _first_date(" ".join(header.preamble))
    if day is None:
        day = _first_date(text[:3000])
        if day is not None:
            warnings.append("meeting date not in a header row; took the first date in the text")
    if day is None:
        warnings.append("meeting date not found")
    start, end = _times(cell_text(header.first("time")) or when, warnings)
    place = cell_text(header.first("place")) or None
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


def _title_from_preamble(preamble: list[str]) -> str:
    for line in preamble:
        line = re.sub(r"^[【\[]([^】\]]+)[】\]]", r"\1", line.strip())
        line = _DOC_SUFFIX.sub("", line).strip()
        if re.search(r"(?:審議会|委員会|審査会|会議|部会)", line):
            return line
    return ""


def _first_date(text: str) -> date | None:
    found = find_dates(text) if text else []
    return found[0][0] if found else None


def _times(text: str, warnings: list[str]) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    m = TIME_RANGE.search(text)
    if m:
        try:
            start, end = parse_time_range(f"{m.group(1)}~{m.group(2)}")
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


def _public_from_body(lines: list[Line]) -> bool | None:
    for line in lines:
        for pattern, value in _PUBLIC_BODY:
            if pattern.search(line.text):
                return value
    return None


def _items(
    blocks: list[Block], body: list[Line], ctx: SpeakerContext, warnings: list[str]
) -> list[dict[str, Any]]:
    table = result_table([line.text for line in body])
    results: list[dict[str, Any]] = []
    parsed = [split_turns(b.lines, ctx) for b in blocks]
    decisions = [decide(p, b.heading.text) for p, b in zip(parsed, blocks, strict=True)]
    # Headings listed back to back (two 要録 confirmed together) share the next decision.
    for i in range(len(blocks) - 2, -1, -1):
        if not blocks[i].lines and decisions[i][0] == "unknown":
            decisions[i] = decisions[i + 1]
    for block, body_text, (outcome, opinion, _src) in zip(blocks, parsed, decisions, strict=True):
        h = block.heading
        ag = h.agenda
        number = (ag.number or ag.ordinal) if ag else (h.number or h.ordinal)
        title = ag.title if ag and ag.title else h.title
        dept = (ag.department if ag else None) or h.department or _dept_from(body_text, block, ctx)
        if outcome == "unknown" and number and number_key(number) in table:
            outcome = table[number_key(number)]
        utterances = [
            {"role": t.role, "speaker": t.label, "act": t.act, "text": t.text}
            for t in body_text.turns
            if t.text
        ]
        if block.lines and not utterances and not body_text.decisions:
            warnings.append(f"item {number or title!r}: no speaker turns recognised")
        results.append(
            {
                "kind": block.kind,
                "number": number,
                "title": title,
                "department": dept,
                "grounds": _grounds(block, body_text),
                "outcome": outcome,
                "opinion": opinion,
                "followups": followups(body_text),
                "utterances": utterances,
            }
        )
    return results


_GROUNDS = re.compile(r"(?:条例|法|規則|要綱)第\d+条(?:第\d+項)?(?:第\d+号)?")
_GROUNDS_CUE = re.compile(r"^\s*(?:に基づ|による|の規定|に該当|に規定)")


def _grounds(block: Block, body_text: Any) -> list[str]:
    """Provisions the item is decided under: cited in heading, decisions or notes, or in
    speech as the basis (「条例第16条に基づく…」)."""
    found = []
    texts = [(t, False) for t in (block.heading.text, *body_text.decisions, *body_text.notes)]
    texts += [(t.text, True) for t in body_text.turns]
    for text, needs_cue in texts:
        for m in _GROUNDS.finditer(text):
            if needs_cue and not _GROUNDS_CUE.match(text[m.end() : m.end() + 6]):
                continue
            prefix = re.findall(r"[\u4e00-\u9fff・]+$", text[max(0, m.start() - 20) : m.start()])
            found.append((prefix[0] if prefix else "") + m.group())
    return list(dict.fromkeys(found))


def _dept_from(body_text: Any, block: Block, ctx: SpeakerContext) -> str | None:
    """Department when no bracket names it: the 〜の回答 note, else the first official."""
    for note in body_text.notes:
        m = re.search(
            r"及び([^、。\s]+?(?:課|部|室|局|係|"
            r"センター))(?:[、・][^。\s]*)?の回答",
            note,
        )
        if m:
            return m.group(1)
    for role in ("department", "secretariat"):
        if role == "secretariat" and block.kind not in ("report", "other"):
            break
        for turn in body_text.turns:
            if turn.role == role and turn.label:
                unit = ctx.unit_of(turn.label)
                if unit:
                    return unit
    return None


def _add_missing_agenda(
    items: list[dict[str, Any]], blocks: list[Block], agenda: list[AgendaItem], warnings: list[str]
) -> list[dict[str, Any]]:
    """Agenda items never found in the body are still reported, in agenda order."""
    found = {id(b.heading.agenda) for b in blocks if b.heading.agenda is not None}
    out = list(items)
    pos_of = {id(b.heading.agenda): i for i, b in enumerate(blocks) if b.heading.agenda}
    insert_at = 0
    for ag in agenda:
        if id(ag) in found:
            insert_at = out.index(items[pos_of[id(ag)]]) + 1
            continue
        warnings.append(f"agenda item {ag.number or ag.title!r} not found in the body")
        out.insert(
            insert_at,
            {
                "kind": ag.kind,
                "number": ag.number or ag.ordinal,
                "title": ag.title,
                "department": ag.department,
                "grounds": [],
                "outcome": "unknown",
                "opinion": None,
                "followups": [],
                "utterances": [],
            },
        )
        insert_at += 1
    return out


def _fallback_item(body: list[str]) -> dict[str, Any]:
    """Unknown layout: keep every line of the body as one unattributed utterance."""
    text = "\n".join(body)
    return {
        "kind": "other",
        "number": None,
        "title": "",
        "department": None,
        "grounds": [],
        "outcome": "unknown",
        "opinion": None,
        "followups": [],
        "utterances": [{"role": "unknown", "speaker": "", "act": "other", "text": text}],
    }


def _municipality(title: str, header: Header, text: str) -> str | None:
    candidates = [_SESSION_PREFIX.sub("", title)]
    candidates += [re.sub(r"^[【\[]", "", p) for p in header.preamble]
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
    name = _DOC_SUFFIX.sub("", _SESSION_PREFIX.sub("", title)).strip(" ・")
    if municipality and name.startswith(municipality) and len(name) > len(municipality) + 2:
        name = name[len(municipality) :].strip()
    name = re.sub(r"[(（]第?\d+回[)）]$", "", name).strip()
    return name or None


__all__ = ["parse_minutes", "parse_minutes_bytes"]
