"""Speaker turns inside an item: who spoke, in what role, and what kind of act it was.

Supported turn layouts (all may mix within one document):

* verbatim ``○川合会長 では…`` paragraphs (also ``〇``/``◯``, a speaker after ``。`` mid-line);
* ``委員）…`` / ``説明員）…`` and ``委員：…`` prefixes;
* ``【山田委員】`` blocks and ``(情報公開係長)`` / ``(委員)`` labels on their own line;
* bullet Q&A (``- 質問`` with indented or ``→`` answers, ``●`` questions, ``Q:``/``A:``);
* decision blocks (``<審議会意見>``, ``<結論>``, ``結果：``), which are kept apart from speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._header import label_field
from ._names import SpeakerContext
from ._normalize import Line

_CIRCLE = re.compile(
    r"^[○〇◯]\s?([^\s「」()（）、。:：]{1,24}?)(?:\s*[(（]([^)）]{1,14})[)）])?"
    r"(?:\s+|\s*[:：]\s*|$)(.*)$"
)
_PAREN_END = re.compile(r"^([^\s「」()（）、。○〇:：]{1,15}?)[)）]\s*(.+)$")
_COLON = re.compile(r"^([^\s「」()（）、。○〇:：]{1,15}?)\s*[:：]\s*(.+)$")
_LENTICULAR = re.compile(r"^【([^】]{1,20})】\s*(.*)$")
_OWN_LINE = re.compile(r"^[(（]([^)）]{1,20})[)）]$")
_QA = re.compile(r"^(Q|問|質問|A|答|回答)\s*\d*\s*[.:：)）]\s*(.+)$")
_BULLET = re.compile(r"^([-・●•◆◇▪]|→|⇒)\s*(.*)$")
_DECISION_TAG = re.compile(
    r"^[<\[【]\s*(審議会意見|審議会の意見|結論|審議結果|結果|答申|答申内容|答申結果|決定事項|附帯意見|付帯意見"
    r"|審査結果|意見)\s*[>\]】]\s*(.*)$"
    r"|^(結論|審議結果|答申|附帯意見|付帯意見|結果)\s*[:：]\s*(.*)$"
)
STAGE = re.compile(
    r"^[\[〔(（]\s*「[^」]*」\s*(?:と|の)?\s*(?:呼ぶ|言う|いう)?\s*(?:者|声)\s*(?:あり|多数)?\s*[\]〕)）]$"
    r"|^[\[〔(（][^\]〕)）]{0,24}(?:あり|拍手|休憩|退席|退室|入室|着席|再開|挙手)[\]〕)）]$"
)
_BRACKET_NUMBER = re.compile(r"^[【\[〔][^】\]〕]{0,12}\d[^】\]〕]{0,12}[】\]〕]")
# Header labels that can also introduce a turn (説明員：…); 日時： etc. never do.
_TURN_FIELDS = (None, "staff", "secretariat")
_BAD_LABEL = re.compile(r"について|事項|諮問|報告|審議|議題|[0-9]|理由|以下|参考|資料")
_DECISION_IN_TURN = re.compile(
    r"(?:了承|承認|「可」と|可と(?:する|し)|継続審議|否と(?:する|し)|不承認)(?:する|とする|とし|します|といたします)"
)
_ANSWER_HINT = re.compile(
    r"^(?:お見込み|そのとおり|その通り|承知し|了解し|ご指摘|ご意見に沿|はい[、。])"
    r"|(?:検討する|検討します|確認する|確認します|対応する|対応します|予定である|予定です)。?$"
)
_QUESTION_END = re.compile(
    r"(?:か|か。|か\?|[?？]|でしょうか。?|ですか。?|ますか。?|伺います。|伺いたい。|お伺いします。"
    r"|伺いたいと思います。|教えてください。|教えていただきたい。|お聞きしたい。|お尋ねします。"
    r"|説明(?:を)?(?:願いたい|お願いしたい|してほしい|してください|いただきたい)。)\s*$"
)
_OPINION = re.compile(
    r"てほしい|て欲しい|ていただきたい|て頂きたい|てもらいたい|てください|て下さい|願いたい|お願いする|お願いします"
    r"|お願いしたい|べき|と思う|と思います|と考える|と考えます|意見|要望|必要があ|ほうが(?:良い|よい|いい)"
    r"|方が(?:良い|よい|いい)|望ましい|されたい"
)


@dataclass
class Turn:
    """A turn before role/act assignment; ``style`` records how it was marked."""

    style: str
    label: str = ""
    parts: list[str] = field(default_factory=list)
    indent: int = 0
    role: str = "unknown"
    act: str = "other"

    @property
    def text(self) -> str:
        return "\n".join(p for p in self.parts if p)


@dataclass
class ItemText:
    """An item's body split into turns, decision blocks and notes."""

    turns: list[Turn] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    stage: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def speaker_of(line: Line, ctx: SpeakerContext) -> tuple[str, str, str] | None:
    """(style, label, rest) when the line opens a labelled turn."""
    text = line.text
    m = _CIRCLE.match(text)
    if m:
        label, paren, rest = m.group(1), m.group(2) or "", m.group(3)
        if _valid_label(label, ctx, loose=bool(rest)):
            if paren and ctx.role(paren) == "chair":
                label = f"{label}({paren})"
            return "circle", label, rest
        return None
    m = _OWN_LINE.match(text)
    if m and _valid_label(m.group(1), ctx):
        return "label", m.group(1), ""
    m = _LENTICULAR.match(text)
    if m and _valid_label(m.group(1), ctx):
        return "label", m.group(1), m.group(2)
    for pattern in (_PAREN_END, _COLON):
        m = pattern.match(text)
        if m and label_field(m.group(1)) in _TURN_FIELDS and _valid_label(m.group(1), ctx):
            return "prefix", m.group(1), m.group(2)
    return None


def _valid_label(label: str, ctx: SpeakerContext, loose: bool = False) -> bool:
    if not label or _BAD_LABEL.search(label):
        return False
    if ctx.role(label) != "unknown" or ctx.is_member_name(label):
        return True
    return loose and len(label) <= 8


def decision_tag(text: str) -> str | None:
    """Text after a decision tag (possibly empty), or None when the line is no such tag."""
    m = _DECISION_TAG.match(text)
    if not m:
        return None
    return m.group(2) if m.group(1) else m.group(4) or ""


def starts_turn(line: Line, ctx: SpeakerContext) -> bool:
    """Does this line open a new block (used to stop joining wrapped lines)?"""
    t = line.text
    return bool(
        speaker_of(line, ctx)
        or _BULLET.match(t)
        or _QA.match(t)
        or STAGE.match(t)
        or _DECISION_TAG.match(t)
        or t.startswith(("※", "<"))
        or _BRACKET_NUMBER.match(t)
    )


def split_turns(lines: list[Line], ctx: SpeakerContext) -> ItemText:
    """Group an item's lines into turns and decision blocks."""
    out = ItemText()
    current: Turn | None = None
    in_decision = False
    for line in lines:
        text = line.text
        if STAGE.match(text):
            out.stage.append(text)
            current, in_decision = None, False
            continue
        tag_rest = decision_tag(text)
        if tag_rest is not None:
            out.decisions.append(tag_rest)
            current, in_decision = None, True
            continue
        spk = speaker_of(line, ctx)
        if spk:
            current = Turn(spk[0], spk[1], [spk[2]])
            out.turns.append(current)
            in_decision = False
            continue
        m = _QA.match(text)
        if m:
            style = "q" if m.group(1) in ("Q", "問", "質問") else "a"
            current = Turn(style, "", [m.group(2)], line.indent)
            out.turns.append(current)
            in_decision = False
            continue
        m = _BULLET.match(text)
        if m and m.group(2):
            style = "arrow" if m.group(1) in ("→", "⇒") else "bullet"
            current = Turn(style, "", [m.group(2)], line.indent)
            out.turns.append(current)
            in_decision = False
            continue
        if text.startswith("※"):
            out.notes.append(text)
            current, in_decision = None, False
            continue
        if in_decision:
            out.decisions[-1] = f"{out.decisions[-1]}\n{text}".strip()
        elif current is not None:
            current.parts.append(text)
        else:
            current = Turn("plain", "", [text])
            out.turns.append(current)
    assign_roles(out.turns, ctx)
    return out


def is_question(text: str) -> bool:
    """A turn whose last line ends like a question (か。/？/でしょうか/説明願いたい)."""
    last = text.strip().split("\n")[-1]
    return bool(_QUESTION_END.search(last))


def assign_roles(turns: list[Turn], ctx: SpeakerContext) -> None:
    """Roles from labels; unlabelled bullets alternate question/answer by their shape.

    In bullet Q&A the council's side is unlabelled, so a bullet is taken as an answer when
    it is an arrow, deeper than the member's bullet before it, or the reply to a member's
    question; a bullet that declares the decision (…「可」とする) is the chair's.
    """
    prev: Turn | None = None
    for turn in turns:
        if turn.style in ("circle", "label", "prefix"):
            turn.role = ctx.role(turn.label)
        elif turn.style == "q":
            turn.role = "member"
        elif turn.style in ("a", "arrow"):
            turn.role = "department"
        elif turn.style == "bullet":
            turn.role = _bullet_role(turn, prev)
        else:
            turn.role = "unknown"
        prev = turn
    open_question = False
    for turn in turns:
        if turn.role == "member":
            if is_question(turn.text):
                turn.act, open_question = "question", True
            else:
                turn.act = "opinion" if _OPINION.search(turn.text) else "other"
                open_question = False
        elif turn.role in ("department", "secretariat"):
            turn.act = "answer" if open_question else "other"
        elif turn.role == "unknown" and is_question(turn.text):
            turn.act = "question"
        else:
            turn.act = "other"


def _bullet_role(turn: Turn, prev: Turn | None) -> str:
    text = turn.text
    if _DECISION_IN_TURN.search(text):
        return "chair"
    if prev is None or prev.style not in ("bullet", "arrow", "q", "a"):
        return "member"
    if prev.role == "member":
        if turn.indent > prev.indent:
            return "department"
        if is_question(prev.text) and not is_question(text):
            return "department"
        if _ANSWER_HINT.search(text):
            return "department"
        return "member"
    return "member"
