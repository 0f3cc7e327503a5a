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


def draft_proceedings(items: Sequence[Item], closed: Sequence[ClosedFollowUp] = ()) -> str:
    """The first draft of 会議経過, grouped like the samples' 会議次第; the clerk edits it."""
    blocks: list[str] = ["開会"]
    for kind, heading in GROUP_HEADINGS.items():
        group = [item for item in items if item.kind == kind]
        if kind == "report" and closed:
            group_lines = [_item_text(item) for item in group]
            group_lines += [f"○{f.what}（{f.owner}）\n{f.report}".rstrip() for f in closed]
            blocks.append(heading + "\n" + "\n\n".join(group_lines))
            continue
        if group:
            blocks.append(heading + "\n" + "\n\n".join(_item_text(item) for item in group))
    blocks.append("閉会")
    return "\n\n".join(f"（{i}）{block}" for i, block in enumerate(blocks, start=1)) + "\n"


def _item_text(item: Item) -> str:
    lines = [f"○{item.heading}"]
    if item.outcome:
        lines.append(f"審議の結果、{outcome_text(item.outcome, item.opinion, item.phrase)}")
    if item.acknowledgement:
        text = ACKNOWLEDGEMENT_PHRASES.get(item.acknowledgement, "")
        if item.opinion.strip():
            text += f"\n【意見】\n{item.opinion.strip()}"
        lines.append(f"報告の結果、{text}")
    if item.utterances:
        lines.append("※委員意見及び所管課の回答")
        lines += [f"○{speaker_label(u.speaker, u.role)}　{u.text.strip()}" for u in item.utterances]
    lines += [f"※宿題事項：{what}" for what in item.followups]
    return "\n".join(lines)
