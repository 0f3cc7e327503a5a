"""Speaker turns inside an item: who spoke, in what role, and what kind of act it was.

Supported turn layouts (all may mix within one document):

* verbatim ``○川合会長 では…`` paragraphs (also ``〇``/``◯``, a speaker after ``。`` mid-line),
  and ``森本会長　皆様…`` when the ○ was lost (only labels ending in a role or title);
* ``委員）…`` / ``説明員）…`` and ``委員：…`` / ``市民課：…`` prefixes;
* ``【山田委員】`` blocks and ``(情報公開係長)`` / ``(委員)`` labels on their own line;
* bullet Q&A (``- 質問`` / ``・質問`` with indented or ``→`` answers, ``●`` questions,
  ``Q:``/``A:``);
* sections inside an item (``【説明】``, ``(質疑・意見)``), which are not speech;
* decision blocks (``<審議会意見>``, ``<結論>``, ``(結果)``, ``結果：``) and opinion blocks
  (``【附帯意見】``, ``(附帯意見)``, ``附帯意見：``), which are kept apart from speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._agenda import _CLOSE, _OPEN
from ._labels import label_field
from ._names import CHAIR_TITLES, MEMBER_TITLES, STAFF_TITLES, SpeakerContext
from ._normalize import Line
from .lexicon import ASSENT_STAGE, LIST_COUNT_SENTENCE
from .lexicon import SPEAKER_UNIT_ROLES as UNIT_ROLES

_CIRCLE = re.compile(
    # a bracket after the label is its note (実施機関(税務課)), unless it holds a list
    # ordinal opening the words: 「○事務局 (1) …こと。」
    r"^[○〇◯]\s?([^\s「」()（）、。:：]{1,24}?)"
    r"(?:\s*[(（](?![0-9]{1,2}[)）]|[ア-コ一二三四五六七八九十a-zA-Z][)）])([^)）]{1,14})[)）])?"
    r"(?:\s+|\s*[:：]\s*|$)(.*)$"
)
_UNIT_END = re.compile(r"(?:課|係|室|部|局|館|センター|所|園|署)$")
_SPACED = re.compile(r"^([^\s「」()、。○〇:：]{2,14}) +(\S.*)$")
_PAREN_END = re.compile(r"^([^\s「」()（）、。○〇:：]{1,15}?)[)）]\s*(.+)$")
# (a mark may lead the label, and a bracket follow it: 「●実施機関(税務課):…」)
_COLON = re.compile(
    r"^[●◆◇■□◎▲△☆★]?\s*([^\s「」()（）、。○〇:：●◆◇■□◎]{1,15}?)"
    r"(?:\s*[(（]([^()（）]{1,14})[)）])?\s*[:：]\s*(.+)$"
)
_LENTICULAR = re.compile(r"^【([^】]{1,20})】\s*(.*)$")
_OWN_LINE = re.compile(r"^[(（]([^)）]{1,20})[)）]$")
_QA = re.compile(r"^(Q|問|質問|A|答|回答)\s*\d*\s*[.:：)）]\s*(.+)$")
_BULLET = re.compile(r"^([-・●•◆◇▪]|→|⇒)\s*(.*)$")
DECISION_TAGS = (
    r"審議会意見|審議会の意見|審議会からの意見|結論|審議結果|審議の結果|結果|答申|答申内容|答申結果|決定事項"
    r"|附帯意見|付帯意見|附帯条件|付帯条件|付した条件|附した条件|条件|審査結果|要望|附帯要望"
)
# Every decision tag holds one of these words: a text without any has no tag to look for.
TAG_WORDS = ("結論", "結果", "答申", "決定", "意見", "条件", "要望")
# A decision block's label in any other bracket pair (by Unicode class, as the agenda reads
# departments): 〈附帯意見〉, 《結論》, 〔審議結果〕 …; not in quote marks, and a bare 意見 only
# in the brackets above (〔意見〕委員：… is a member's view).
_TAG_OPEN = re.sub(r"[(「『]", "", _OPEN)
_TAG_CLOSE = re.sub(r"[)」』]", "", _CLOSE)
_DECISION_TAG = re.compile(
    rf"^[<\[【]\s*({DECISION_TAGS}|意見)\s*[>\]】]\s*(.*)$"
    rf"|^[(]\s*({DECISION_TAGS})\s*[)]\s*(.*)$"
    # (a list mark may lead the tag: 「◎答申　…」, 「■結論：…」)
    r"|^[◎■●◆◇□]?\s*(結論|審議結果|答申|附帯意見|付帯意見|結果|意見"
    r"|条件|附帯条件|付帯条件|付した条件|附した条件)\s*[:：]\s*(.*)$"
    r"|^[◎■●◆◇□]?\s*(結論|審議結果|附帯意見|付帯意見|審議会の意見|審議会意見|答申|答申内容)"
    r"\s+(\S.*)$"
    # A bare 審議結果 / 結論 alone on its line heads the decision below it.
    r"|^[◎■●◆◇□]?\s*(結論|審議結果|審議の結果|答申"
    r"|附帯意見|付帯意見|附帯条件|付帯条件|付した条件|附した条件)()$"
    # 「結果　承認」: a bare 結果 only before a verdict word, never 「結果として…」.
    r"|^(結果)\s+((?:承認|了承|不承認|否決|可決|継続審議|継続審査|条件付|附帯意見|付帯意見"
    r"|原案|可|否).*)$"
    rf"|^[{_TAG_OPEN}]\s*({DECISION_TAGS})\s*[{_TAG_CLOSE}]\s*(.*)$"
    # the sections of an answer drafted in the minutes, numbered and alone on their lines:
    # 「1　結論」 / 「2　附帯意見」, each over its text
    r"|^(?:\d|\(\d\))[.、]?\s*(結論|審議結果|附帯意見|付帯意見|附帯条件|付帯条件|条件)()$"
)
# Tags whose block is the attached opinion or the conditions themselves.
OPINION_TAGS = frozenset(
    {
        "附帯意見",
        "付帯意見",
        "附帯条件",
        "付帯条件",
        "付した条件",
        "附した条件",
        "条件",
        "意見",
        "要望",
        "附帯要望",
    }
)
STAGE = re.compile(
    r"^[\[〔(（]\s*「[^」]*」\s*(?:と|の)?\s*(?:呼ぶ|言う|いう)?\s*(?:者|声)\s*(?:あり|多数)?\s*[\]〕)）]$"
    r"|^[\[〔(（][^\]〕)）]{0,24}(?:あり|拍手|休憩|退席|退室|入室|着席|再開|挙手|開会|閉会|散会)[\]〕)）]$"
    rf"|^[\[〔(（]\s*(?:{'|'.join(ASSENT_STAGE)}|賛成|「異議なし」)\s*[\]〕)）]$"
    r"|^[\[〔(（][^()（）\[\]]{2,40}(?:した|された|あった|行った|述べた|ました)。?[\]〕)）]$"
)
# A sentence announcing a list that follows: 次の条件を付して…。 / 以下の意見を…。
_ANNOUNCES_LIST = re.compile(
    r"(?:次|以下|下記)の(?:[0-9一二三四五]+(?:点|つ)|条件|意見|附帯意見|要望|点|事項|留意事項|要望事項|指摘事項)"
    r"[^。]{0,30}。\s*$"
    # 「条件は次のとおりとします。」, 「附帯意見は次のとおりとし、承認したいと思います。」
    r"|(?:条件|意見|要望)は[、,]?(?:次|以下|下記)の?(?:とおり|通り)[^。]{0,24}。\s*$"
    # 「条件は次の2点です。」
    r"|(?:条件|意見|要望)は[、,]?(?:次|以下|下記)の[0-9一二三四五]+(?:点|つ)[^。]{0,8}。\s*$"
    # the secretariat reading the list out: 「読み上げます。」, 「朗読いたします。」
    r"|(?:読み上げ|朗読)(?:ます|いたします|させていただきます)。?\s*$"
    # 「…次の条件を付して承認します。条件は2点です。」
    rf"|(?:次|以下|下記)の(?:条件|意見|附帯意見)[^。]{{0,30}}。\s*{LIST_COUNT_SENTENCE}\s*$"
)
# A stage direction printed at the end of a turn: ``…ございませんか。(「異議なし」の声あり)``.
_TRAILING_STAGE = re.compile(
    r"(?<=[。?!か])\s*([\[〔(]\s*「[^」]{1,12}」\s*(?:と|の)?\s*[^()\[\]〔〕]{0,8}[\]〕)]"
    rf"|[\[〔(]\s*(?:{'|'.join(ASSENT_STAGE)})\s*[\]〕)])\s*$"
)
_STAGE_CLOSERS = ("]", "〕", ")")
_STAGE_OPENERS = ("[", "〔", "(")
# A stage direction opening a line that goes on: 「（「異議なし」の声あり）　審議の結果、…」.
_LEADING_STAGE = re.compile(
    r"^([\[〔(]\s*「[^」]{1,12}」\s*(?:と|の)?\s*[^()\[\]〔〕]{0,8}[\]〕)])\s*(\S.*)$"
)
# Sections inside an item: 【説明】, (説明要旨), 【質疑】, (質疑・意見).  Plain text under an
# explanation section is the responsible section's explanation.
_SUBSECTION_WORDS = (
    r"説明|説明要旨|概要説明|事務局説明|担当課説明|質疑|質疑応答|質疑・意見|質疑及び意見"
    r"|主な質疑|主な意見|主な質疑応答|委員意見|質問・意見"
)
# Bracketed, or a bare word alone on its line (「説明」 / 「質疑」 of a flattened web table).
_SUBSECTION = re.compile(
    rf"^[【(<\[〈]\s*({_SUBSECTION_WORDS})\s*[】)>\]〉]$|^({_SUBSECTION_WORDS})$"
)
_BRACKET_NUMBER = re.compile(r"^[【\[〔][^】\]〕]{0,12}\d[^】\]〕]{0,12}[】\]〕]")
_TITLES = tuple(t for t in CHAIR_TITLES + MEMBER_TITLES + STAFF_TITLES if len(t) >= 2)
# Header labels that can also introduce a turn (説明員：…); 日時： etc. never do.
_TURN_FIELDS = (None, "staff", "secretariat")
# Digits only in a member's seat number: 1番委員, 3委員.
_BAD_LABEL = re.compile(
    r"について|事項|諮問|報告|審議|議題|[0-9](?![0-9]*番?委員$)|理由|以下|参考|資料"
)
_DECISION_IN_TURN = re.compile(
    r"(?:了承|承認|「可」と|可と(?:する|し)|継続審議|否と(?:する|し)|不承認)(?:する|とする|とし|します|といたします)"
)
# A verdict standing alone: 「原案のとおり承認」, 「承認しないこととした。」, 「継続審議とする。」
_VERDICT_LINE = re.compile(
    r"^(?:審議の結果[、,]?)?(?:本件は[、,]?)?(?:原案の?(?:とおり|どおり|通り))?"
    r"(?:承認|了承|継続審議|否決|可決|不承認|条件付き?承認|附帯意見を付して承認)[^。]{0,16}。?$"
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
        return "\n".join(filter(None, self.parts))


@dataclass
class ItemText:
    """An item's body split into turns, decision blocks and notes."""

    turns: list[Turn] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    opinions: list[str] = field(default_factory=list)  # 【附帯意見】 / (条件) blocks
    opinion_tags: list[str] = field(default_factory=list)  # the tag of each opinion block
    stage: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def speaker_of(line: Line, ctx: SpeakerContext) -> tuple[str, str, str] | None:
    """(style, label, rest) when the line opens a labelled turn."""
    text = line.text
    m = _CIRCLE.match(text)
    if m:
        label, paren, rest = m.group(1), m.group(2) or "", m.group(3)
        if paren and not _valid_label(label, ctx, loose=bool(rest)) and _valid_label(paren, ctx):
            return "circle", f"{label}({paren})", rest  # 「●平松（事務局）」: a name, its side
        if _valid_label(label, ctx, loose=bool(rest)):
            unit = label in UNIT_ROLES and _UNIT_END.search(paren)
            chair_title = ctx.role(paren) == "chair" and not ctx.is_member_name(paren)
            if paren and (chair_title or unit):
                # 会長 in brackets is the role; 実施機関(税務課) names the unit that speaks.
                label = f"{label}({paren})"
            return "circle", label, rest
        return None
    m = _OWN_LINE.match(text)
    if m and _valid_label(m.group(1), ctx):
        return "label", m.group(1), ""
    m = _LENTICULAR.match(text)
    if m and _valid_label(m.group(1), ctx):
        return "label", m.group(1), m.group(2)
    m = _PAREN_END.match(text)
    if m and label_field(m.group(1)) in _TURN_FIELDS and _valid_label(m.group(1), ctx):
        return "prefix", m.group(1), m.group(2)
    m = _COLON.match(text)
    if m and label_field(m.group(1)) in _TURN_FIELDS and _valid_label(m.group(1), ctx):
        label, note = m.group(1), m.group(2) or ""
        if note and label in UNIT_ROLES and _UNIT_END.search(note):
            label = f"{label}({note})"  # 実施機関(税務課): the unit that speaks
        elif note:
            return None  # 「日時(予定):…」: a bracket after anything else is no speaker's
        return "prefix", label, m.group(3)
    m = _SPACED.match(text)
    if m and _titled(m.group(1)) and _valid_label(m.group(1), ctx):
        return "circle", m.group(1), m.group(2)  # ○ lost in extraction: 森本会長　皆様…
    return None


def _titled(label: str) -> bool:
    """A label that ends in a role or an official's title (never a bare surname)."""
    return label_field(label) in _TURN_FIELDS and ("事務局" in label or label.endswith(_TITLES))


def _valid_label(label: str, ctx: SpeakerContext, loose: bool = False) -> bool:
    if not label or _BAD_LABEL.search(label):
        return False
    if ctx.role(label) != "unknown" or ctx.is_member_name(label):
        return True
    return loose and len(label) <= 8


def is_subsection(text: str) -> bool:
    """【説明】 / (質疑・意見) / a bare 説明 alone on its line: a section inside an item."""
    return bool(_SUBSECTION.match(text))


def decision_tag(text: str) -> str | None:
    """Text after a decision tag (possibly empty), or None when the line is no such tag."""
    found = tag_and_rest(text)
    return found[1] if found else None


def tag_and_rest(text: str) -> tuple[str, str] | None:
    """(tag, text after it) for a decision tag line such as ``<結論>`` or ``(附帯意見)なお…``."""
    m = _DECISION_TAG.match(text)
    if not m:
        return None
    for i in (1, 3, 5, 7, 9, 11, 13, 15):
        if m.group(i):
            return m.group(i), m.group(i + 1) or ""
    return None


# An item's number opening a line (「諮問第72号　…」, 「【諮問第31号】」).
_NUMBERED_LINE = re.compile(r"^[【\[〔(]?(?:諮問|報告|議案)第\s*\d+\s*号")


def _heads_listing(text: str, tagged: tuple[str, str], following: list[Line]) -> bool:
    """An opinion tag unbracketed whose next line, or its own text after the tag, opens
    with an item's number heads a list of opinions by item (read elsewhere), not this
    item's opinion (in brackets, 【附帯意見】 over 「諮問第5号について」 is this item's block):
    「附帯意見」 over 「諮問第46号　…」, 「● 附帯意見 諮問第46号　…」."""
    tag, rest = tagged
    if tag not in OPINION_TAGS or text.lstrip(" \u3000◎■●◆◇□")[:1] in "【[〔(<":
        return False
    if rest.strip():
        return _NUMBERED_LINE.match(rest.strip()) is not None
    return bool(following) and _NUMBERED_LINE.match(following[0].text) is not None


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
    in_decision: list[str] | None = None  # the decision or opinion blocks being continued
    speaker: Turn | None = None  # the turn a decision block was read out in
    explaining = False  # under 【説明】
    for k, line in enumerate(lines):
        text = line.text
        if STAGE.match(text):
            out.stage.append(text)
            current, in_decision = None, None
            continue
        # (The pattern opens with a look-behind, tried at every position: only where the
        # line ends with the stage direction's closing bracket.)
        trailing = _TRAILING_STAGE.search(text) if text.rstrip().endswith(_STAGE_CLOSERS) else None
        if trailing and trailing.start() > 0:
            # 「…よろしいでしょうか。(「異議なし」の声あり)」: the floor's answer, not the words.
            out.stage.append(trailing.group(1))
            text = text[: trailing.start()].rstrip()
            line = Line(text, line.indent)
        leading = _LEADING_STAGE.match(text) if text[:1] in _STAGE_OPENERS else None
        if leading:
            # 「（「異議なし」の声あり）　審議の結果、…承認した。」: the floor's answer, then the
            # minutes' own narration, which is no part of the turn before
            out.stage.append(leading.group(1))
            text = leading.group(2)
            line = Line(text, line.indent)
            current, in_decision = None, None
        sub = _SUBSECTION.match(text)
        if sub:
            explaining = "説明" in (sub.group(1) or sub.group(2))
            current, in_decision, speaker = None, None, None
            continue
        tagged = tag_and_rest(text)
        if tagged and _heads_listing(text, tagged, lines[k + 1 : k + 2]):
            tagged = None  # 「附帯意見」 over opinions listed by item number: a section of its own
        if tagged is not None:
            blocks = out.opinions if tagged[0] in OPINION_TAGS else out.decisions
            blocks.append(tagged[1])
            if blocks is out.opinions:
                out.opinion_tags.append(tagged[0])
            speaker = current if current is not None else speaker
            current, in_decision = None, blocks
            continue
        if in_decision and speaker is not None and is_question(text):
            speaker.parts.append(text)  # 「いかがでしょうか。」 after a read-out block
            current, in_decision = speaker, None
            continue
        if in_decision and _BULLET.match(text) and not text.startswith(("→", "⇒")):
            in_decision[-1] = f"{in_decision[-1]}\n{text}".strip()  # ・ conditions listed
            continue
        spk = speaker_of(line, ctx)
        if spk:
            current = Turn(spk[0], spk[1], [spk[2]], line.indent)
            out.turns.append(current)
            in_decision, speaker = None, None
            continue
        m = _QA.match(text)
        if m:
            style = "q" if m.group(1) in ("Q", "問", "質問") else "a"
            current = Turn(style, "", [m.group(2)], line.indent)
            out.turns.append(current)
            in_decision = None
            continue
        announced = (
            current is not None
            and current.style not in ("arrow", "q", "a")
            # (a ● bullet whose words end announcing the list: 「審議の結果、次の条件を…」,
            # and the entries already under it)
            and _ANNOUNCES_LIST.search(_before_list(current.parts) or current.text)
        )
        if (
            current is not None
            and text.startswith("・")
            and (announced or current.style not in ("bullet", "arrow", "q", "a"))
            and (
                announced
                # 「…下記の条件を付して承認する。」, 「記」 alone, then the list
                or (
                    _LIST_HEAD.match(current.parts[-1].strip())
                    and _ANNOUNCES_LIST.search("\n".join(current.parts[:-1]))
                )
                or (
                    current.parts[-1].startswith("・")
                    # a labelled turn whose words open with the list: 「○事務局　・…」
                    and (len(current.parts) > 1 or current.style in ("circle", "label"))
                )
            )
        ):
            current.parts.append(text)  # 「次の条件を付して承認します。」 + its ・ conditions
            continue
        m = _BULLET.match(text)
        if m and m.group(2):
            style = "arrow" if m.group(1) in ("→", "⇒") else "bullet"
            current = Turn(style, "", [m.group(2)], line.indent)
            out.turns.append(current)
            in_decision = None
            continue
        if text.startswith("※"):
            out.notes.append(text)
            current, in_decision = None, None
            continue
        if in_decision:
            in_decision[-1] = _continued(in_decision[-1], text)
        elif current is not None and not _narration_after(current, line):
            current.parts.append(text)
        else:
            current = Turn("explanation" if explaining else "plain", "", [text])
            out.turns.append(current)
    assign_roles(out.turns, ctx)
    return out


# The list's heading alone on its line between the announcement and the list: 「記」,
# 「以下」, or what the list is (「条件」, 「【附帯意見】」, 「条件：」).
_LIST_HEAD = re.compile(
    r"^[【\[<(〔〈]?(?:記|以下|(?:附帯|付帯)?(?:条件|意見))[】\]>)〕〉]?\s*[:：]?$"
)


def _continued(block: str, text: str) -> str:
    """A decision block with its next line: a sentence the line broke goes on in the same
    line (「…行わせないこと」 + 「を条件に、…承認する。」), anything else on a new one."""
    last = block.rstrip()
    if last and last[-1] not in "。」』:：)）" and text[:1] in _KANA_CONTINUATION:
        return last + text.strip()
    return f"{block}\n{text}".strip()


# A line that can only go on with the sentence before it opens with a particle or a kana
# ending (を, に, は, が, の, と, て, る …), never with a list mark or a label.
_KANA_CONTINUATION = frozenset("をにはがのとでてるしたいうかもへやよりれ")


def _before_list(parts: list[str]) -> str:
    """The part of a turn before the ・ entries it ends with."""
    k = len(parts)
    while k > 0 and parts[k - 1].startswith("・"):
        k -= 1
    return parts[k - 1] if k > 0 else ""


def _narration_after(turn: Turn, line: Line) -> bool:
    """An indented paragraph after a flush ``委員：…`` line is the summary's own narration."""
    return turn.style == "prefix" and line.indent > turn.indent


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
        elif turn.style == "arrow" and len(turn.text) <= 40 and _VERDICT_LINE.match(turn.text):
            turn.role = "chair"  # 「→　原案のとおり承認」 under the Q&A: the result, not an answer
        elif turn.style in ("a", "arrow", "explanation"):
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
