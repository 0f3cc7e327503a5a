"""Wording of council documents: the first draft of the proceedings and outcome phrases.

Pure: plain values in, Japanese text out, in the manner of the sample minutes
(○speaker text; 諮問どおり「可」とする。).  No Django imports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from shingikai.councils import vocabulary

# Outcome codes are consultations.models.Outcome values.
# Outcome codes are consultations.models.Outcome values; a council may word them its own
# way (councils/vocabulary.py).
OUTCOME_PHRASES = vocabulary.DEFAULT_ANSWERS
OPINION_HEADINGS = {
    "approved_with_opinion": "附帯意見",
    "conditional": "条件",
}
# Acknowledgement codes are consultations.models.Acknowledgement values.
ACKNOWLEDGEMENT_PHRASES = {
    "noted": "報告のとおり了承する。",
    "approved": "報告を承認する。",
    "opinions": "次の意見を付して了承する。",
}
GROUP_HEADINGS = {
    "confirmation": "確認事項",
    "consultation": "諮問審議",
    "report": "報告事項",
    "other": "その他",
}


# A closed item's part of the proceedings sits between these lines; public versions of the
# minutes replace it with CLOSED_NOTICE. The clerk may edit around them, not remove them.
CLOSED_START = "【非公開部分ここから】"
CLOSED_END = "【非公開部分ここまで】"
CLOSED_NOTICE = "（非公開で審議したため、掲載しません。）"


@dataclass
class Utterance:
    speaker: str
    role: str  # chair | member | department | secretariat
    text: str


@dataclass
class Item:
    kind: str  # confirmation | consultation | report | other
    heading: str
    outcome: str = ""
    opinion: str = ""
    utterances: list[Utterance] = field(default_factory=list)
    followups: list[str] = field(default_factory=list)
    acknowledgement: str = ""  # report items: noted | approved | opinions
    phrase: str = ""  # the council's own wording of the outcome, when it has one
    closed_reason: str = ""  # non-empty: deliberated in closed session
    closed: bool = False


@dataclass
class ClosedFollowUp:
    what: str
    owner: str
    report: str


def speaker_label(speaker: str, role: str) -> str:
    """○上野 健委員 / ○青木会長 / ○佐藤 市民課長, as the samples name speakers."""
    speaker = speaker.strip()
    if role == "member" and not speaker.endswith(("委員", "会長", "副会長", "職務代理")):
        return f"{speaker}委員"
    if role == "chair" and not speaker.endswith(("会長", "議長")):
        return f"{speaker}会長"
    return speaker


def outcome_text(outcome: str, opinion: str, phrase: str = "") -> str:
    text = phrase or OUTCOME_PHRASES.get(outcome, "")
    if opinion.strip() and outcome in OPINION_HEADINGS:
        text += f"\n【{OPINION_HEADINGS[outcome]}】\n{opinion.strip()}"
    return text


ROLE_LABELS = {"chair": "会長", "member": "委員", "department": "所管課", "secretariat": "事務局"}
VERBATIM, SUMMARY, RESULT = "verbatim", "summary", "result"


def draft_proceedings(
    items: Sequence[Item], closed: Sequence[ClosedFollowUp] = (), style: str = VERBATIM
) -> str:
    """The first draft of 会議経過, grouped like the samples' 会議次第; the clerk edits it.

    The style decides what it holds: 全文 (verbatim) every turn under its speaker's name,
    要点筆記 (summary) each turn's point under the speaker's role, 会議結果 (result) only the
    outcomes and follow-ups.
    """
    blocks: list[str] = ["開会"]
    for kind, heading in GROUP_HEADINGS.items():
        group = [item for item in items if item.kind == kind]
        if kind == "report" and closed:
            group_lines = [_item_text(item, style) for item in group]
            group_lines += [f"○{f.what}（{f.owner}）\n{f.report}".rstrip() for f in closed]
            blocks.append(heading + "\n" + "\n\n".join(group_lines))
            continue
        if group:
            blocks.append(heading + "\n" + "\n\n".join(_item_text(item, style) for item in group))
    blocks.append("閉会")
    return "\n\n".join(f"（{i}）{block}" for i, block in enumerate(blocks, start=1)) + "\n"


def closed_blocks(text: str) -> int | None:
    """How many closed parts the text holds, or None when the markers do not pair up."""
    depth = count = 0
    position = 0
    while True:
        start = text.find(CLOSED_START, position)
        end = text.find(CLOSED_END, position)
        if start == -1 and end == -1:
            return count if depth == 0 else None
        if start != -1 and (end == -1 or start < end):
            if depth:
                return None
            depth, count, position = 1, count + 1, start + len(CLOSED_START)
        else:
            if not depth:
                return None
            depth, position = 0, end + len(CLOSED_END)


def strip_closed(text: str) -> str:
    """The text with every closed part replaced by CLOSED_NOTICE.

    Fails closed: a start without its end hides everything after it, and an end without a
    start hides everything before it.
    """
    out: list[str] = []
    position = 0
    while True:
        start = text.find(CLOSED_START, position)
        end = text.find(CLOSED_END, position)
        if end != -1 and (start == -1 or end < start):
            # An end with no start: what came before may be closed text.
            out = [CLOSED_NOTICE]
            position = end + len(CLOSED_END)
            continue
        if start == -1:
            out.append(text[position:])
            return "".join(out)
        out.append(text[position:start])
        out.append(CLOSED_NOTICE)
        if end == -1:
            return "".join(out)
        position = end + len(CLOSED_END)


def _item_text(item: Item, style: str = VERBATIM) -> str:
    if item.closed:
        reason = f"（非公開：{item.closed_reason.strip()}）" if item.closed_reason.strip() else ""
        return f"{CLOSED_START}\n{_open_item_text(item, style)}\n{CLOSED_END}{reason}"
    return _open_item_text(item, style)


def _turn(u: Utterance, style: str) -> str:
    if style == SUMMARY:
        mark = "→" if u.role in ("department", "secretariat") else "・"
        return f"{mark}（{ROLE_LABELS.get(u.role, u.role)}）{u.text.strip()}"
    return f"○{speaker_label(u.speaker, u.role)}　{u.text.strip()}"


def _open_item_text(item: Item, style: str = VERBATIM) -> str:
    lines = [f"○{item.heading}"]
    if item.outcome:
        lines.append(f"審議の結果、{outcome_text(item.outcome, item.opinion, item.phrase)}")
    if item.acknowledgement:
        text = ACKNOWLEDGEMENT_PHRASES.get(item.acknowledgement, "")
        if item.opinion.strip():
            text += f"\n【意見】\n{item.opinion.strip()}"
        lines.append(f"報告の結果、{text}")
    if item.utterances and style != RESULT:
        lines.append("※委員意見及び所管課の回答")
        lines += [_turn(u, style) for u in item.utterances]
    lines += [f"※宿題事項：{what}" for what in item.followups]
    return "\n".join(lines)


def anonymise(text: str, names: Sequence[str]) -> str:
    """「委員」 in place of each member's name, for councils that publish no names.

    Titles after a name stay (○青木会長 → ○会長); a name written with or without the space
    between family and given name is found either way; longer names first, so that 上野 健
    is not half-replaced by 上野.
    """
    variants = {
        v for name in names for v in (name.strip(), name.replace(" ", "").replace("　", ""))
    }
    for name in sorted((v for v in variants if v), key=len, reverse=True):
        for title in ("副会長", "会長職務代理", "会長", "委員"):
            text = text.replace(f"{name}{title}", title)
        text = text.replace(name, "委員")
    return text
