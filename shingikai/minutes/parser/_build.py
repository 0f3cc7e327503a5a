"""Items of the contract from body blocks, plus what the rest of the document says.

Result-only reports (会議結果報告書) give verdicts and attached opinions in rows that name
the item by number (``諮問第13号　閲覧用端末の…こと。`` under ``附帯意見``); those are read
here and used when the item's own text does not carry them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ._agenda import AgendaItem, kind_for, number_key
from ._items import Block
from ._names import SpeakerContext
from ._normalize import title_key
from ._opinion import LIST_ENTRY, strip_label, tidy
from ._outcome import (
    NUMBER_REF,
    classify,
    decide,
    followups,
    passing_confirmation,
    result_table,
    rulings_by_number,
)
from ._tables import TableRow, departments_by_number, outcomes_by_number, result_rows
from ._turns import split_turns
from .lexicon import ORDINAL_WORDS, SECTION_WORDS


@dataclass
class Listed:
    """Verdicts and opinions listed by item number outside the items' own text."""

    outcomes: dict[str, str] = field(default_factory=dict)
    opinions: dict[str, str] = field(default_factory=dict)  # "" for an unnumbered one
    departments: dict[str, str] = field(default_factory=dict)
    rows: list[TableRow] = field(default_factory=list)

    def outcome_by_title(self, title: str) -> str | None:
        """A result table whose rows name the items by ordinal or title only: the row of
        the same title (compared by key), when exactly one row has it."""
        key = title_key(title or "")
        found = [
            r.outcome for r in self.rows if r.outcome and r.title and title_key(r.title) == key
        ]
        return found[0] if key and len(found) == 1 else None

    def opinion_for(self, key: str, outcome: str) -> str | None:
        found = by_number(self.opinions, key)
        if outcome not in ("approved_with_opinion", "conditional") or found is None:
            return None
        return tidy(strip_label(found))


_BARE_NUMBER = re.compile(r"第\d+号$")


def by_number(mapping: dict[str, str], key: str) -> str | None:
    """A value listed under the item's number; a list that prints only 第14号 (its kind in
    another column) names 諮問第14号 too."""
    if not key:
        return None
    if key in mapping:
        return mapping[key]
    bare = _BARE_NUMBER.search(key)
    return mapping.get(bare.group()) if bare and bare.group() != key else None


def collect_listed(
    document: list[str], tables: list[str], texts: list[str], opinion_rows: list[str]
) -> Listed:
    """Verdicts, departments and opinions listed by number.

    ``document`` is every raw line (a table with a verdict column can sit anywhere; a header
    table never has one), ``tables`` the raw lines that may hold loose verdict rows (the
    body and a 審議結果 row, never the agenda), ``texts`` the cleaned body lines outside
    items and ``opinion_rows`` a 附帯意見 row.
    """
    rows = result_rows(document)
    outcomes = result_table(tables)
    outcomes.update(outcomes_by_number(rows))
    return Listed(
        outcomes=outcomes,
        opinions={
            **{number_key(r.number): r.opinion for r in rows if r.number and r.opinion},
            **numbered_opinions(document),
            **listed_opinions(opinion_rows, texts),
        },
        departments=departments_by_number(rows),
        rows=rows,
    )


# What heads an opinion or conditions printed apart from the proceedings.
_HEAD_NAMES = r"附帯意見|付帯意見|附帯条件|付帯条件|付した条件|附した条件"
_OPINION_NAME = rf"(?:{_HEAD_NAMES}|条件|意見)"
# A head naming one or both at once: 「附帯意見」, 「附帯意見及び条件」, 「附帯意見・条件」.
_HEAD = rf"{_HEAD_NAMES}|{_OPINION_NAME}(?:及び|および|並びに|・|/){_OPINION_NAME}"
_OPINION_HEAD = re.compile(rf"^[\s\d.、()■●◆◇・<\[【]*(?:{_HEAD})[>\]】)]?\s*$")
# An item's own number as a row prints it: 「諮問第 47号」, 「令和6年度諮問第3号」.
_ROW_NUMBER = r"(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第\s*\d+\s*号"


# A header-table row whose label cell is the opinion head: 「付した条件<TAB>諮問第214号：…」.
_OPINION_HEAD_CELL = re.compile(
    rf"^[\s■●◆◇・<\[【]*(?:{_HEAD_NAMES})"
    r"[>\]】]?\s*\t+\s*(\S.*)$"
)


# 「● 附帯意見 諮問第46号　なお、…されたい。」: the head, then its one row on the same line.
_OPINION_HEAD_BEFORE_ROW = re.compile(rf"^[\s■●◆◇・]*(?:{_HEAD})\s*[:：]?\s*({_ROW_NUMBER}.*)$")
# The next item's row run onto the same line of a 要録: 「…留意されたい。　諮問第33号（条件）：…」.
_NEXT_ROW = re.compile(rf"(?<=。)\s+(?={_ROW_NUMBER})")


def _rows_apart(lines: list[str]) -> list[str]:
    """Opinion rows run together after their head on one line, one row a line."""
    out: list[str] = []
    for line in lines:
        if "号" in line and _OPINION_HEAD_BEFORE_ROW.match(line.strip()):
            out.extend(_NEXT_ROW.split(line))
        else:
            out.append(line)
    return out


_NUMBERED_OPINION_HEAD = re.compile(
    # any marks in front (by class: not a letter or digit); a short compound ending in 意見 or
    # 条件 after の (諮問第9号の承認条件, …の答申意見) names the opinion as well
    r"^[^\w]*((?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)?第\d+号)"
    r"(?:に(?:付|附)した|に対する|への|の(?:[^\s。、の]{1,4}?(?=意見|条件))?)"
    r"(?:附帯意見|付帯意見|意見|条件|附帯条件|付帯条件)"
    r"[>\]】)]?\s*$"
)


# The opinion read out in quotes after the item it is for: 「諮問第32号に対する附帯意見です。
# 「なお、…されたい。」」 (several items deliberated together, each ruled apart).
_NUMBERED_OPINION_READ = re.compile(
    # (the reader's label may lead: 「○事務局 諮問第32号に対する…」)
    r"^(?:[○〇◯●◆]\S{1,16}\s+)?[^\w「]*((?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)?第\d+号)"
    r"(?:に(?:付|附)(?:す|した)|に対する|への|の)(?:附帯意見|付帯意見|意見|条件|附帯条件|付帯条件)"
    r"(?:です|は[、,]?(?:次|以下)の(?:とおり|通り)(?:です|とします)?)?[。:：、]?\s*"
    r"「([^「」]{8,}?(?:されたい|こと|願いたい)。?)」。?$"
)


def _same_mark(listed: str, line: str) -> bool:
    """「○ …こと。」 under a listed 「○ …こと。」: the next entry of a list marked alike."""
    last = listed.split("\n")[-1]
    return last[:1] == line[:1] and not last[:1].isalnum() and line[1:2].isspace()


def _list_entry(listed: str, line: str) -> bool:
    """Under an opinion heading, a mark set off by a space (「○ …こと。」) lists an entry; a
    speaker's mark is glued to the label (「○会長」)."""
    if listed:
        return _same_mark(listed, line)
    return not line[:1].isalnum() and line[1:2].isspace() and line.endswith("。")


# A line of its own attaching what follows to an item: 「諮問第21号について、次の意見を付す。」.
_NUMBERED_OPINION_LEAD = re.compile(
    r"^[^\w]*((?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)?第\d+号)(?:について|に対して?|には)[、,]?\s*"
    r"(?:次|以下|下記)の(?:附帯|付帯)?(?:意見|条件)を付(?:す|する|した|します|しました)。?$"
)


# The number after the heading, in brackets: 【付した条件(諮問第14号)】.
_OPINION_HEAD_NUMBERED_AFTER = re.compile(
    rf"^[\s<\[【(■●◆◇・]*(?:{_HEAD_NAMES}|意見|条件)"
    r"\s*[(（\[〔]((?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)?第\d+号"
    rf"|(?:{'|'.join((*SECTION_WORDS, *ORDINAL_WORDS))})\d{{1,2}})"
    r"(?:\s+[^()（）\[\]〔〕]{1,60})?[)）\]〕]"  # (審議2　…について): the title may follow
    r"[>\]】)]?\s*$"
)


def _ref_key(ref: re.Match[str]) -> str:
    """The item key of a number reference (「【諮問第5号】」 -> 諮問第5号)."""
    return number_key(re.sub(r"[【】]", "", ref.group()))


_OPINION_CELL_END = re.compile(r"(?:されたい|こと|願いたい)。?$")
_BULLET = re.compile(r"^[・●○〇◯◎■◆□◇▶▷►\-*]+\s*(?=(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)第)")
# The opinion in brackets in the verdict's cell: 「条件付き承認（条件：…こと。）」.
_VERDICT_NOTE = re.compile(
    rf"[(（](?:{_HEAD_NAMES}|条件|意見)\s*[:：]\s*([^()（）]+?(?:されたい|こと|願いたい)。?)[)）]"
)


def _result_row_opinion(line: str) -> tuple[str, str] | None:
    """(item key, opinion) of a result-table row whose last cell is the opinion itself, or
    whose verdict brackets it (also in a row set out with spaces: 「諮問第3号　条件付承認
    （条件：…こと。）」)."""
    if "\t" not in line and "|" not in line:
        ref = NUMBER_REF.match(line)
        note = _VERDICT_NOTE.search(line) if ref else None
        if ref and note and line[note.end() :].strip() == "":
            if classify(line[ref.end() :]) in ("approved_with_opinion", "conditional"):
                return _ref_key(ref), note.group(1)
        return None
    cells = [c.strip() for c in re.split(r"\t|\|", line) if c.strip()]
    ref = NUMBER_REF.match(cells[0]) if len(cells) >= 3 else None
    note = _VERDICT_NOTE.search(cells[-1]) if ref else None
    if ref and note and classify(cells[-1]) in ("approved_with_opinion", "conditional"):
        return _ref_key(ref), note.group(1)
    if ref is None or not _OPINION_CELL_END.search(cells[-1]):
        return None
    if classify(" ".join(cells[1:-1])) not in ("approved_with_opinion", "conditional"):
        return None
    return _ref_key(ref), cells[-1]


def numbered_opinions(lines: list[str]) -> dict[str, str]:
    """Opinions under a heading that names their item (【諮問第42号に付した意見】), or rows
    led by an item number under a 付した条件 / 附帯意見 heading, wherever the heading stands:
    the lines below it up to a blank line or the next heading."""
    found: dict[str, str] = {}
    key, rows = "", False  # rows: under 付した条件, each row led by its item's number
    for raw in _rows_apart(lines):
        line = raw.strip()
        # Every head names 意見 or 条件; outside an opinion, no other line changes anything.
        headed = "意見" in line or "条件" in line
        if not (headed or key or rows):
            continue
        if headed and (read := _NUMBERED_OPINION_READ.match(line)):
            found.setdefault(number_key(read.group(1)), read.group(2))
            key, rows = "", False
            continue
        tabled = "\t" in line or "|" in line or line.endswith((")", "）"))
        row = _result_row_opinion(line) if headed and tabled else None
        if row:  # 「諮問第5号<TAB>附帯意見を付して承認<TAB>なお、…されたい。」
            found.setdefault(*row)
            continue
        cell = _OPINION_HEAD_CELL.match(line) if headed and "\t" in line else None
        cell = cell or (_OPINION_HEAD_BEFORE_ROW.match(line) if headed else None)
        if cell:  # 「附帯意見<TAB>諮問第212号：なお、…」: the head in its cell, the rows beside it
            # (or before its row on one line: 「● 付した条件 諮問第47号　…こと。」)
            key, rows, line = "", True, cell.group(1)
            headed = False
        m = headed and (
            _NUMBERED_OPINION_HEAD.match(line)
            or _OPINION_HEAD_NUMBERED_AFTER.match(line)
            or _NUMBERED_OPINION_LEAD.match(line)
        )
        if m or (headed and _OPINION_HEAD.match(line)):
            key, rows = (number_key(m.group(1)), False) if m else ("", True)
            continue
        if rows:  # 「・諮問第12号　…」: a bullet before the row's number
            line = _BULLET.sub("", line)
        ref = NUMBER_REF.match(line) if rows else None
        if ref:
            key = _ref_key(ref)
            line = line[ref.end() :].strip(" \t:：")
        if not line:
            if key in found:  # a blank line after the opinion ends it (not one under the head);
                key = ""  # under 付した条件 the next row led by a number may follow it
        elif (_SECTION_LIKE.match(line) or line.startswith(("○", "【", "■"))) and not (
            key and _list_entry(found.get(key, ""), line)
        ):
            key, rows = "", False
        elif (
            key
            and key in found
            and found[key].endswith("。")
            and not (LIST_ENTRY.match(line) or _same_mark(found[key], line))
        ):
            key, rows = "", False  # a finished opinion, then the page goes on (会議録(PDF))
        elif key:
            found[key] = f"{found[key]}\n{line}" if key in found else line
    return found


def listed_opinions(header_lines: list[str], body_lines: list[str]) -> dict[str, str]:
    """Opinions by item number from a 附帯意見 header row or a 附帯意見 section.

    Text directly under the heading without a number is kept under ``""``; it is given to
    the one item that needs an opinion, if there is exactly one.
    """
    found: dict[str, str] = {}
    # (a header row's rows may run on in one line: 「諮問第12号…されたい。 諮問第13号…」)
    header_lines = [row for line in header_lines for row in _NEXT_ROW.split(line)]
    for lines, always in ((header_lines, True), (body_lines, False)):
        active, last = always, ""
        for raw in lines:
            line = raw.strip()
            if _OPINION_HEAD.match(line):
                active, last = True, ""
                continue
            m = _NUMBERED_OPINION_HEAD.match(line)
            if m:  # 【諮問第42号に付した意見】: the text below is that item's
                active, last = True, number_key(m.group(1))
                continue
            if not active or not line:
                continue
            line = _BULLET.sub("", line)
            m = NUMBER_REF.match(line)
            if m:
                last = number_key(re.sub(r"[【】]", "", m.group()))
                found.setdefault(last, line[m.end() :].strip(" \t:："))
            elif not always and _SECTION_LIKE.match(line):
                active = False
            elif found.get(last, "").endswith("。") and not LIST_ENTRY.match(line):
                active = False  # the opinion is finished; what follows is not it
            else:
                found[last] = f"{found[last]}\n{line}" if last in found else line
    return {k: v for k, v in found.items() if v}


# A short line that does not end a sentence (■審議の概要, 3 その他) ends a listed section.
_SECTION_LIKE = re.compile(r"^(?!.*[。)]$).{1,24}$")


def _key(block: Block) -> str:
    h = block.heading
    number = (h.agenda.number if h.agenda else None) or h.number
    if not number:  # 諮問2: a worded ordinal names the item in lists as a number would
        ordinal = (h.agenda.ordinal if h.agenda else None) or h.ordinal
        number = ordinal if ordinal and not ordinal[0].isdigit() and ordinal[0] != "(" else None
    return number_key(number)


def _counts_items(blocks: list[Block], block: Block) -> bool:
    """Whether this block's heading ordinal is its place among the items (1, 2, 3 …) or
    among the items of its kind (「3　報告事項」 over 「(1)　…について」)."""
    ordinal = (block.heading.ordinal or "").strip(" .、()")
    place = next(i for i, b in enumerate(blocks, 1) if b is block)
    same_kind = [b for b in blocks if b.kind == block.kind]
    place_in_kind = next(i for i, b in enumerate(same_kind, 1) if b is block)
    return ordinal in (str(place), str(place_in_kind))


# A list naming an item by its kind and ordinal (附帯意見(諮問事項2)) names the item
# numbered 2 under 諮問事項.
_KIND_WORDS = {
    "consultation": ("諮問事項", "審議事項", "諮問", "審議"),
    "report": ("報告事項", "報告"),
}


def _listed_opinion(opinions: dict[str, str], block: Block) -> str | None:
    found = by_number(opinions, _key(block))
    h = block.heading
    ordinal = (h.agenda.ordinal if h.agenda else None) or h.ordinal
    if found is None and ordinal and opinions:
        bare = re.sub(r"[()\s.、]", "", ordinal)
        for word in _KIND_WORDS.get(block.kind, ()):
            found = found or opinions.get(f"{word}{bare}")
    return found


_WEAKER_THAN_TABLE = frozenset({"speech", "assent"})


def _own_number(block: Block) -> str:
    h = block.heading
    return (h.agenda.number if h.agenda else None) or h.number or ""


def build_items(
    blocks: list[Block], ctx: SpeakerContext, listed: Listed, warnings: list[str]
) -> list[dict[str, Any]]:
    """One contract item per block: number, title, department, decision and turns."""
    table = listed.outcomes
    results: list[dict[str, Any]] = []
    parsed = [split_turns(b.lines, ctx) for b in blocks]
    decisions = [
        decide(p, b.heading.text, _listed_opinion(listed.opinions, b), _own_number(b), b.kind)
        for p, b in zip(parsed, blocks, strict=True)
    ]
    # Headings listed back to back (two 要録 confirmed together) share the next decision.
    for i in range(len(blocks) - 2, -1, -1):
        if not blocks[i].lines and decisions[i][0] == "unknown":
            decisions[i] = decisions[i + 1]
    spoken = rulings_by_number(
        [t.text for p in parsed for t in p.turns if t.role in ("chair", "unknown")]
    )
    for block, body_text, (outcome, opinion, _src) in zip(blocks, parsed, decisions, strict=True):
        h = block.heading
        ag = h.agenda
        own = _own_number(block).replace(" ", "")
        if outcome == "unknown" and own in spoken:
            outcome, _src = spoken[own], "speech"
        number = (ag.number or ag.ordinal) if ag else (h.number or h.ordinal)
        if not number and _counts_items(blocks, block):
            # listed by a bullet (「・…について」) under its kind, headed 「3　報告 …」 where
            # the headings count the items from 1 (not sections after 「1　開会」)
            number = h.ordinal
        title = ag.title if ag and ag.title else h.title
        dept = (ag.department if ag else None) or h.department
        dept_src = "bracket" if dept else ""
        if not dept and by_number(listed.departments, _key(block)):
            dept, dept_src = by_number(listed.departments, _key(block)), "table"
        if not dept and block.kind != "confirmation":
            # (the minutes before are confirmed by the council, not a department's business,
            # however the secretariat introduces them)
            dept = _dept_from(body_text, block, ctx)
            dept_src = "speaker" if dept else ""
        listed_outcome = by_number(table, number_key(number)) if number else None
        listed_outcome = listed_outcome or listed.outcome_by_title(title)
        if listed_outcome and (
            outcome == "unknown" or (_src in _WEAKER_THAN_TABLE and listed_outcome != outcome)
        ):
            # A result table is the council's own verdict; a sentence picked out of the
            # proceedings or a bare 「異議なし」 gives way to it.
            outcome = listed_outcome
            opinion = listed.opinion_for(_key(block), outcome)
            _src = "table"
        utterances = [
            {"role": t.role, "speaker": t.label, "act": t.act, "text": t.text}
            for t in body_text.turns
            if t.text
        ]
        if block.lines and not utterances and not body_text.decisions:
            warnings.append(f"item {number or title!r}: no speaker turns recognised")
        kind = block.kind
        if ag and ag.kind_guessed and kind == "consultation" and _told_as_report(body_text):
            kind = "report"  # an entry with no kind word, brought before the council as a report
        results.append(
            {
                "kind": kind,
                "number": number,
                "title": title,
                "department": dept,
                "grounds": _grounds(block, body_text),
                "outcome": outcome,
                "opinion": opinion,
                "followups": followups(body_text),
                "utterances": utterances,
                "_sources": {
                    "heading": "agenda"
                    if h.from_agenda_only
                    else ("agenda+heading" if ag else "heading"),
                    "department": dept_src,
                    "outcome": _src,
                    **({"kind": "default"} if ag and ag.kind_guessed else {}),
                },
            }
        )
    return results


# 「…について、事務局から報告をお願いします。」, 「…との報告があった。」, 「報告を受けた」
_REPORT_TOLD = re.compile(
    r"報告(?:を|が)?(?:お願い|いたします|します|申し上げ|させていただ)|報告があった|報告を受け"
)


def _told_as_report(body_text: Any) -> bool:
    """The item's opening says it is reported, and its proceedings do not speak of a 諮問
    (the closing business after it may: 「次回は諮問が2件…」)."""
    texts = [t.text for t in body_text.turns] + body_text.notes
    opening = "\n".join(texts[:2])[:400]
    proceedings = texts[: max(2, len(texts) - 2)]
    return bool(_REPORT_TOLD.search(opening)) and not any("諮問" in t for t in proceedings)


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


# 【総務課説明】 / （健康推進課からの説明）: a section headed by a department's explanation
_UNIT_EXPLAINS = re.compile(
    r"^\s*[【\[(〔<]\s*([^】\]()〔〕<>\s]{1,15}?(?:課|室|局|部|センター|係))"
    r"(?:の|から(?:の)?)?説明(?:要旨)?\s*[】\])〕>]"
)


def _dept_from(body_text: Any, block: Block, ctx: SpeakerContext) -> str | None:
    """Department when no bracket names it: the 〜の回答 note, a section headed by the
    department's explanation (【総務課説明】), else the first official."""
    for line in block.lines[:40]:
        m = _UNIT_EXPLAINS.match(line.text)
        if m:
            return m.group(1)
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


def _not_an_entry(ag: AgendaItem) -> bool:
    """What a mis-read header left in the agenda and the body never takes up: a title of
    one or two characters (「録」) or one that goes on in sentences (「開会　…報告した。」)."""
    return not ag.number and (len(title_key(ag.title)) <= 2 or "。" in ag.title)


def add_missing_agenda(
    items: list[dict[str, Any]],
    blocks: list[Block],
    agenda: list[AgendaItem],
    outside: list[str],
    listed: Listed,
    warnings: list[str],
) -> list[dict[str, Any]]:
    """Agenda items never found in the body are still reported, in agenda order.

    A confirmation of the last minutes is often dealt with in passing, before the first
    item heading (「前回の会議録は案のとおり了承といたします。」): its decision is read there.
    """
    found = {id(b.heading.agenda) for b in blocks if b.heading.agenda is not None}
    out = list(items)
    pos_of = {id(b.heading.agenda): i for i, b in enumerate(blocks) if b.heading.agenda}
    insert_at = 0
    for ag in agenda:
        if id(ag) in found:
            insert_at = out.index(items[pos_of[id(ag)]]) + 1
            continue
        if _not_an_entry(ag):
            continue
        warnings.append(f"agenda item {ag.number or ag.title!r} not found in the body")
        key = number_key(ag.number)
        outcome = listed.outcomes.get(key, "unknown") if key else "unknown"
        if outcome == "unknown":
            outcome = listed.outcome_by_title(ag.title) or "unknown"
        if outcome == "unknown" and ag.kind == "confirmation":
            outcome = passing_confirmation([*outside, ag.note])
        out.insert(
            insert_at,
            {
                "kind": ag.kind,
                "number": ag.number or ag.ordinal,
                "title": ag.title,
                "department": ag.department or listed.departments.get(key),
                "grounds": [],
                "outcome": outcome,
                "opinion": listed.opinion_for(key, outcome),
                "followups": [],
                "utterances": [],
            },
        )
        insert_at += 1
    return out


def items_from_table(listed: Listed) -> list[dict[str, Any]]:
    """A result-only report that lists its items only in the result table."""
    return [
        {
            "kind": kind_for(r.number or r.ordinal, r.title, None),
            "number": r.number or r.ordinal,
            "title": r.title,
            "department": r.department,
            "grounds": [],
            "outcome": r.outcome or "unknown",
            "opinion": listed.opinion_for(number_key(r.number or r.ordinal), r.outcome or ""),
            "followups": [],
            "utterances": [],
        }
        for r in listed.rows
    ]


def attach_unnumbered_opinion(items: list[dict[str, Any]], listed: Listed) -> None:
    """An opinion listed without a number belongs to the only item that lacks one."""
    if "" not in listed.opinions:
        return
    needing = [
        it
        for it in items
        if it["outcome"] in ("approved_with_opinion", "conditional") and not it["opinion"]
    ]
    if len(needing) == 1:
        needing[0]["opinion"] = strip_label(listed.opinions[""])


def drop_own_number(items: list[dict[str, Any]]) -> None:
    """An opinion listed under the item's own number or ordinal (「(3)　なお、…」) starts
    after it; a list of conditions (1)…(2)… keeps its marks."""
    for item in items:
        opinion, number = item["opinion"], item["number"] or ""
        own = re.match(rf"{re.escape(number)}[\s:：]+", opinion) if opinion and number else None
        if own and not re.search(rf"\n\s*{re.escape(number[:1])}", opinion):
            item["opinion"] = opinion[own.end() :]


def fallback_item(body: list[str]) -> dict[str, Any]:
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
