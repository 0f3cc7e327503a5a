"""Outcome, attached opinion and follow-ups of an item, read from its decision text.

The decision is taken from the most explicit source available: a decision block
(<審議会意見>, <結論>, 結果：), then the item heading when it carries the decision
(○「…」について、諮問どおり行うことを「可」とする。), then the chair's (or an unlabelled)
closing sentences, and finally a result table elsewhere that names the item by number.
"""

from __future__ import annotations

import re

from ._normalize import sentences
from ._opinion import ATTACHING, LIST_ENTRY, PROVISO_REQUEST, find_opinion
from ._turns import (
    _TAG_CLOSE,
    _TAG_OPEN,
    OPINION_TAGS,
    TAG_WORDS,
    ItemText,
    is_question,
    tag_and_rest,
)
from .lexicon import (
    ASSENT_STAGE,
    CONTINUED_PHRASES,
    NARRATED_ASSENT,
    NARRATED_RESULTS,
    OPINION_NAMES,
    OPINION_REFERENCES,
    ORDINAL_WORDS,
    SECTION_WORDS,
)

_REJECTED = re.compile(
    # 不可 in any quote pair, or as what the ruling makes it (不可とする / といたします / と決定)
    r"不承認|否決|[「『]否[」』]|否と(?:する|し|決)|[「『“]?不可[」』”]?と(?![はもい言])|不可と(?=いた)"
    r"|承認しない|(?:承認|了承|可決)されな(?:かった|い)|(?:承認|了承|可決)されません|"
    r"了承しない|(?:承認|了承)(?:しません|いたしません)"
    r"|(?:承認|了承)でき(?:ない|ません)|認めることは(?:でき|いたし)(?:ない|ません)"
    r"|認められ(?:ない|ません)|(?<!異議を)認め(?:ない|ません)"
    r"|(?:適当|妥当|相当)で(?:は)?(?:ない|なく)|(?:認め|承認し)(?:難|がた)い"
    # 「本件は実施すべきでないとの結論に至った」: what should not be done, concluded
    r"|べきで(?:は)?ない(?:との|と|旨)(?:の)?(?:結論|判断|答申|決定)"
    # 「…は不適当であるとの結論に至った」, 「審議結果：不適当」: the negative adjective rules
    r"|不(?:適当|適切|相当)"
)
_CONTINUED = re.compile(
    # (「次回審議会に報告する」 names the next meeting, and defers nothing)
    r"継続審議|継続審査|継続して審議|次回(?:に)?(?:再)?審議(?!会)|審議を継続|保留|"
    r"持ち越|(?:改めて|再度)(?:御|ご)?審議(?!会)|再審議|審議未了|異議なく継続と|"
    + "|".join(CONTINUED_PHRASES)
)
# (「以下の条件で承認」: 条件で only after の, never 「同じ条件で委託する」's kind of clause alone)
_CONDITIONAL = re.compile(r"条件(?:を付|付|と|に|として|の下|のもと)|条件付|(?<=の)条件で")
_ANSWERED = re.compile(r"答申(?:する|し|したい|とする|といたし)")
_OPINION_NAMES = "|".join(OPINION_NAMES)
# An opinion attached in a sentence of its own: 「なお、留意事項として、…こと。」
_NOTED_AS = rf"^なお[、,]\s*(?:{_OPINION_NAMES}|意見|要望)として[、,]"
_WITH_OPINION = re.compile(
    rf"(?:{_OPINION_NAMES})を付|(?:{_OPINION_NAMES})として付|"
    # 意見付 / 要望付き: the noun form, as 条件付 is for conditions
    r"附帯意見|付帯意見|(?:意見|要望)を(?:付|添え)|(?:意見|要望)として付|(?:意見|要望)付|留意されたい|留意すること|配慮されたい|"
    r"留意の上"
    r"|意見に留意|以下の意見|次の意見|こと(?:を|も)要望(?:し|して)[、,]"
    # 「要望事項として、…こと、を付して承認します。」
    rf"|(?:{_OPINION_NAMES}|附帯意見|意見|要望)として[、,][^。]{{4,}}?を付"
    rf"|{ATTACHING}|{PROVISO_REQUEST}"
    # 「承認する。なお、…に努められたい。」: a なお sentence asking something of the department
    r"|なお[、,][^。]{4,}(?:されたい|られたい)"
    r"|なお[、,][^。]{4,}すること(?:。|$)"  # 「承認する。なお、…報告すること。」
    # 「承認とします。なお、留意事項として、…こと。」
    rf"|{_NOTED_AS}"
)
_APPROVED = re.compile(
    # 了とする approves; 終了とする / 完了とする end the meeting or a task
    r"了承|承認|[「『]可[」』]|可と(?:する|し)|(?<![終完修満])了と(?:する|し)|異議(?:なし|なく|は?ございません|"
    r"ありません)"
    r"|妥当|適当|(?:原案|諮問|答申案)の?(?:どおり|通り|とおり)(?:答申|決定|了承|実施|認め)"
    r"|原案の?(?:どおり|通り|とおり)(?![、,]?(?:に)?(?:説明|報告|実施したい|進めたい))|(?<!否)可決"
    r"|決定|差し支えない|認め"
)
# A sentence in speech must name an action to count as the decision, not just mention it.
_ACTION = re.compile(
    r"(?:了承|承認|[「『]?可[」』]?と|(?<![終完修満])了と|決定(?=と|し|す|いた|で|。|$)|継続審議|継続審査|[「『]?否[」』]?と|否決|不承認|附帯|付帯"
    r"|原案(?:どおり|通り)|原案のとおり(?![、,]?(?:説明|報告))|可決"
    r"|(?:妥当|適当|相当)(?:である|であった)?と|そのように|を認め|(?:とおり|どおり|通り)認め"
    r"|認められ(?:ない|ません)|認め(?:ない|ません)|(?:適当|妥当)で(?:は)?ない|持ち越"
    r"|(?:承認|了承)でき(?:ない|ません)|答申(?:する|し|いたし)"
    r"|(?:条件|意見|要望|留意事項|要望事項|指摘事項)を付(?:し|け)[^。]{0,12}(?:答申|認め|承認|了承)"
    r"|(?:改めて|再度)(?:御|ご)?審議(?!会)|再審議|異議(?:なし|ない|がない)と認め"
    # an opinion attached in a sentence after the approval: 「あわせて、…という意見を付します。」
    r"|(?:意見|要望|留意事項|要望事項)[^。]{0,60}?(?:を付(?:す|し|け)|申し添え|付け加え))"
    # the verb-like wordings of a deferral (a noun such as 保留 may describe a system)
    r"|継続して審議|審議を継続|次回(?:に)?(?:再)?審議(?!会)|再度審議|" + "|".join(CONTINUED_PHRASES)
)
_OPINION_NOTE = re.compile(
    r"^なお.*(?:留意|配慮)(?:されたい|すること|願いたい)|附帯意見|付帯意見"
    rf"|{_NOTED_AS}"
)
_ASSENT = re.compile("|".join(ASSENT_STAGE))
_NARRATED_ASSENT = re.compile("|".join(NARRATED_ASSENT))
_WEAK = re.compile(r"そのように|異議(?:なし|なく)")
NUMBER_REF = re.compile(
    r"(?:(?:令和|平成)\d+年度)?(?:諮問|報告|議案)?第\d+号|【[^】]{1,10}】"
    rf"|(?:{'|'.join(ORDINAL_WORDS)}|{'|'.join(SECTION_WORDS)})\d{{1,2}}(?=\s|[:：])"
)
# (in any bracket pair a decision tag may have: 〈審議結果〉, 《結果一覧》; indented or not)
_RESULT_HEAD = re.compile(
    rf"^\s*[<\[【■●{_TAG_OPEN}]?\s*(?:審議|答申|審査)?結果(?:一覧)?\s*[>\]】{_TAG_CLOSE}]?\s*$"
)

_FUTURE = re.compile(
    r"(?:次回|次の(?:審議会|会議|会)|後日|改めて|追って|後ほど|別途|今後の審議会)[^。]{0,40}?"
    r"(?:報告|説明|確認|提出|提示|示し|示す|回答|資料|諮)"
)
_HOMEWORK = re.compile(r"宿題")
_REQUEST = re.compile(
    r"(?:確認|報告|検討|提出|提供|共有|説明|回答|調査|周知|徹底|改善|見直)[^。]{0,24}?"
    r"(?:てください|て下さい|ていただきたい|て頂きたい|てほしい|て欲しい|てもらいたい|お願いする|お願いします"
    r"|お願いしたい|願いたい|されたい)"
)
# A sentence that ends by reporting what someone asked, said or explained
# (「…承認の条件について質問があった。」, 「…認められないとの意見があった。」) rules nothing.
_REPORTED = re.compile(
    r"(?:との|について|に関して|に対して?)の?(?:意見|指摘|質問|質疑|発言|要望|声|確認|説明|報告|補足)"
    r"(?:が|も)?(?:あった|出た|出された|なされた|受けた)。?$"
)
# 「継続審議とさせていただきます」 is the decision, however politely worded.
_POLITE_DECISION = re.compile(
    r"(?:継続審議|継続審査|継続|承認|了承|不承認|否決|答申|持ち越し|再審議|保留|「?可」?|了)"
    r"と(?:させて(?:いただ|頂)|いたし|します|する|なりました|し[、,])"
    # 「ほかにご質問がなければ、本件は報告として了承いたします。」
    r"|(?:承認|了承)(?:いたし|し)ます"
)
# A member's view, not a ruling: 「…承認してよいと思います。」, 「…妥当と考える。」
_VIEW = re.compile(r"(?:と|よう)(?:思い|思う|思われ|考え|感じ)|べき(?:だ|です|では)|ではないか")
_PROCEDURAL = re.compile(
    # (「副会長からご発言がありましたとおり、…承認することとしたい」 refers to what was said)
    r"(?:ご説明|ご発言|ご質問)(?!が(?:あ|ござ)|の(?:とおり|通り))"
    r"|説明を(?:お願い|ください)|ご協力|よろしく"
    r"|させて(?:いただ|頂|くださ|下さ|もら)"
)


_OPINION_REFERENCE = re.compile("|".join(OPINION_REFERENCES))
_NAO_REQUEST = re.compile(r"^なお[、,][^。]{4,}(?:されたい|られたい)。?$")
_ALIAS_NOTE = re.compile(r"(?<=意見)[(（][^()（）]{1,6}[)）]")


# What a rule of the business forbids (「再委託は認めない」, 「持ち出しを認めず」) says nothing of
# the item's fate: a department describing its safeguards, or a condition.
_FORBIDDEN = re.compile(
    r"(?:再委託|持ち?出し|複製|撮影|(?:自宅|在宅)(?:での)?(?:作業|勤務)|私物の?(?:端末|持込み?))"
    r"(?:は|を|も)?(?:一切)?認め(?:ない|ません|ず|ておりません|ていない)"
    # any rule the condition states: 「…受付業務を認めないことを仕様書に明記し」 (but not
    # 「認めないこととします」, a ruling)
    r"|認めない(?=こと(?!と|に決))"
)


# An opinion or conditions the ruling says it does not attach: 「附帯意見を付さずに」,
# 「条件を付すことなく」, 「今回は付けずに」; the words of what is not attached attach nothing.
_NOT_ATTACHED = re.compile(r"付さず|付けず|付すことなく|付けることなく|付さないで|付けないで")
_ATTACHED_WORDS = re.compile(r"附帯意見|付帯意見|附帯条件|付帯条件|意見|条件|要望")


def classify(text: str) -> str | None:
    """Outcome named in a piece of decision text, most specific first."""
    if "認め" in text:
        text = _FORBIDDEN.sub("", text)
    if "付" in text and _NOT_ATTACHED.search(text):
        text = _ATTACHED_WORDS.sub("", text)
    if "意見" in text:
        text = _OPINION_REFERENCE.sub("", text)  # a past opinion spoken of attaches none
        text = _ALIAS_NOTE.sub("", text)  # 「意見（要望）を付して」: the name's alias in brackets
    if _REJECTED.search(text):
        return "rejected"
    if _CONTINUED.search(text):
        return "continued"
    if _CONDITIONAL.search(text) and (_APPROVED.search(text) or _ANSWERED.search(text)):
        return "conditional"  # 「次の条件を付して答申したい」: answering with conditions
    if _WITH_OPINION.search(text):
        return "approved_with_opinion"
    if _APPROVED.search(text):
        return "approved"
    return None


_RESULT_CUE = re.compile(
    r"^(?:審議|審査|協議|議論|検討)(?:の|した)?結果|^(?:以上の)?(?:審議|審査)を(?:経|踏まえ)"
    + "".join(f"|{cue}" for cue in NARRATED_RESULTS)
)
_CONDITION_TAGS = frozenset({"附帯条件", "付帯条件", "付した条件", "附した条件", "条件"})
Decision = tuple[str, str | None, str]  # outcome, opinion, source


def decide(
    body: ItemText,
    heading: str,
    listed_opinion: str | None = None,
    own_number: str = "",
    kind: str = "",
) -> Decision:
    """(outcome, opinion, source) for one item; source names where the decision was read.

    Sources in order: a decision block, the heading, a sentence opening with 審議の結果 (a
    summary's own verdict, whoever's paragraph it ends up in), the chair's decision, an
    unlabelled or member's one.  An opinion block (【附帯意見】) upgrades a plain approval.
    """
    outcome, decision, context, source = None, "", "", ""
    for k, block in enumerate(body.decisions):
        outcome = _block_outcome(block)
        if outcome:
            decision, context, source = block, block, "decision block"
            requests = [b for b in body.decisions[k + 1 :] if _requests_only(b)]
            if outcome == "approved" and requests:
                # 【審議の結果】原案を了承する。【審議会からの意見】…すること。: a block with no
                # verdict of its own that only asks something is the approval's opinion
                outcome, decision, context = "approved_with_opinion", requests[0], requests[0]
                listed_opinion = listed_opinion or requests[0]
            break
    if not outcome:
        for block, turn_text in _tagged_in_turns(body):
            outcome = _block_outcome(block)
            if outcome:
                decision, context, source = block, turn_text, "decision block"
                break
    verdict = _after_title(heading)
    # (a heading run together with result rows names several items: none of it is its verdict)
    if not outcome and _ACTION.search(verdict) and len(_OWN_NUMBER.findall(heading)) < 2:
        outcome = classify(verdict)
        decision, context, source = heading, heading, "heading"
    others = _other_numbers(f"{heading} {own_number}", kind)
    if not outcome:
        found = _from_cue(body) or _from_speech(body, ("chair",), others)
        found = found or _from_speech(body, ("unknown", "member"), others)
        if found:
            outcome, decision, context = found
            source = "speech"
    if not outcome and _assented(body):
        # Only 「異議なし」 from the floor after the chair's question: the item is approved,
        # unless what the floor agreed to was a deferral (「…次回の審査会で継続審議とする。」
        # （各委員了承）, whoever's turn the sentence ended up in)
        outcome, source = _assented_outcome(body), "assent"
        chair = [t.text for t in body.turns if t.role == "chair"]
        decision = chair[-1] if chair else ""
    if outcome == "approved" and source == "speech" and decision != context:
        # 「原案を適当と認める。ただし、次の意見を付する。」: the approval's next sentence
        # attaches an opinion or conditions to it
        attached = _attached_after(decision, context)
        if attached:
            outcome, decision = attached
    if outcome == "approved" and source in ("speech", "assent"):
        # 「答申案のとおりでよろしいでしょうか。」 approves the draft the secretariat read out,
        # with what that draft attaches
        drafted = _read_draft(body) if _DRAFT_REFERENCE.search(decision) else None
        if drafted:
            outcome, decision, context = drafted
    if body.opinions and outcome in (None, "approved"):
        conditions = any(t in _CONDITION_TAGS for t in body.opinion_tags)
        outcome = "conditional" if conditions else "approved_with_opinion"
        source = source or "opinion block"
    if not outcome:
        return "unknown", None, ""
    opinion = None
    if outcome in ("approved_with_opinion", "conditional"):
        opinion = find_opinion(body, outcome, decision, context, listed_opinion)
        if opinion is None and source == "speech":
            # 「…意見を条件として承認することとしたい。」 proposes; the ruling after it states them
            for other, sentence, text in _speech_decisions(body, ("chair",), others):
                if other == outcome and sentence != decision:
                    opinion = find_opinion(body, outcome, sentence, text, listed_opinion)
                    if opinion:
                        break
    return outcome, opinion, source


# Attaching in a sentence of its own: 「次の意見を付する。」, 「附帯意見として次の事項が付された。」
_ATTACHING_SENTENCE = re.compile(
    r"(?:意見|条件|要望|事項)[^。]{0,16}?(?:を|が|として)(?:付|附)(?:し|す|さ|け)"
)


def _requests_only(block: str) -> bool:
    """A decision block ruling nothing that ends as a request (…すること。/…されたい。)."""
    text = block.strip()
    return bool(text) and _block_outcome(text) is None and REQUEST_END.search(text) is not None


# A text that ends as a request (…すること。/…されたい。), also a result table's opinion cell.
REQUEST_END = re.compile(r"(?:こと|されたい|られたい|願いたい)。?$")


def _attached_after(decision: str, context: str) -> tuple[str, str] | None:
    """(outcome, sentence) when the sentence right after an approval attaches an opinion or
    conditions to it."""
    said = [s for s in sentences(context) if s.strip()]
    k = next((i for i, s in enumerate(said) if decision.strip() in s), None)
    if k is None or k + 1 >= len(said):
        return None
    following = said[k + 1]
    if _REPORTED.search(following):
        return None
    if _NAO_REQUEST.match(following.strip()):
        return "approved_with_opinion", following  # 「…承認することとした。なお、…されたい。」
    if not _ATTACHING_SENTENCE.search(following):
        return None
    outcome = classify(following)
    if outcome in ("approved_with_opinion", "conditional"):
        return outcome, following
    if "条件" in following:
        return "conditional", following
    return ("approved_with_opinion", following) if "意見" in following else None


def _assented_outcome(body: ItemText) -> str:
    last = body.turns[-1].text if body.turns else ""
    said = sentences(last)[-2:]
    if any(_ACTION.search(x) and classify(x) == "continued" for x in said):
        return "continued"
    return "approved"


_DRAFT_REFERENCE = re.compile(r"答申案|答申\(案\)")


def _read_draft(body: ItemText) -> tuple[str, str, str] | None:
    """The draft answer read out by the secretariat (「答申案。…承認する。なお、…されたい。」)
    when it attaches an opinion or conditions: (outcome, the sentence, the turn's text)."""
    for turn in body.turns:
        if turn.role != "secretariat" or not _DRAFT_REFERENCE.search(turn.text):
            continue
        for sentence in sentences(turn.text):
            noted = _OPINION_NOTE.search(sentence) or _WITH_OPINION.search(sentence)
            outcome = classify(sentence) if _ACTION.search(sentence) or noted else None
            if outcome in ("approved_with_opinion", "conditional"):
                return outcome, sentence, turn.text
    return None


# Where a heading's title ends: 「…の承認について」 names the business, it rules on nothing.
_TITLE_END = re.compile(r"^.*(?:について|の件)")


def _after_title(heading: str) -> str:
    """What a heading prints after its title (「…について（承認）」): the title's own words
    (「一括閲覧の承認について」) are no verdict."""
    return _TITLE_END.sub("", heading, count=1)


def _tagged_in_turns(body: ItemText) -> list[tuple[str, str]]:
    """Decision tag lines read out inside a turn (the secretariat reading 「結論　次の条件を付
    して承認する。」 when the chair asks for it): (the tag's text, the turn's text)."""
    found = []
    for text in [t.text for t in body.turns] + body.notes:
        if not any(word in text for word in TAG_WORDS):
            continue  # (most turns name no decision tag: no line of them is split or matched)
        for line in text.split("\n"):
            # a 要録 paragraph may go on to the tag after a gap: 「…同意した。　結論　…」
            for piece in _TAG_AFTER_GAP.split(line):
                tagged = tag_and_rest(piece.strip())
                if tagged and tagged[0] not in OPINION_TAGS and tagged[1]:
                    found.append((tagged[1], text))
    return found


_TAG_AFTER_GAP = re.compile(r"(?<=[。)）])\s*(?=(?:結論|審議結果|結果)(?:\s|[:：]))")


def _answered(body: ItemText, memo: list[bool]) -> bool:
    if not memo:
        memo.append(bool(body.stage) or _assented(body))
    return memo[0]


def _trailing_procedure(turns: list) -> int:
    """Turns after the last substantive one that only move the meeting on."""
    n = 0
    for turn in reversed(turns):
        if (
            turn.role == "chair"
            and _INTRODUCES_NEXT.search(turn.text)
            and not _ACTION.search(turn.text)
        ):
            n += 1
        else:
            break
    return n


_INTRODUCES_NEXT = re.compile(r"次の(?:議題|案件|議事)|次に|移ります|以上で")


def _assented(body: ItemText) -> bool:
    """The floor's 「異議なし」 as a stage direction or told by the narrator."""
    if any(_ASSENT.search(t) for t in body.stage):
        return True
    told = [t.text for t in body.turns if t.role in ("unknown", "chair")] + body.notes
    if any(_NARRATED_ASSENT.search(t) for t in told):
        return True
    # the narrator's sentence run into a speaker's paragraph of a 要録: 「…確認する。　会長が
    # 各委員に意見を求めたところ、各委員から「異議なし」との発言があった。」
    if any(
        _NARRATED_ASSENT.search(sentence) and sentence.rstrip().endswith(("あった。", "あった"))
        for t in body.turns
        if "異議" in t.text
        for sentence in sentences(t.text)
    ):
        return True
    # 「各委員了承。」 as a sentence of its own is the narrator's, in whoever's paragraph
    return any(
        _ASSENT.fullmatch(sentence.strip("。 ()（）「」"))
        or _ASSENT.fullmatch(_FLOOR.sub("", sentence).strip("。 ()（）「」"))
        for t in body.turns
        if _ASSENT.search(t.text)
        for sentence in sentences(t.text)
        if len(sentence) <= 16
    )


# The floor named before its answer, run into another turn: 「○委員（全員）　異議なし。」
_FLOOR = re.compile(r"^\s*[○◯●◆]?\s*(?:各委員|委員|全員)\s*(?:[(（](?:全員|一同)[)）])?\s*")


def _block_outcome(block: str) -> str | None:
    rows = sum(1 for line in block.split("\n") if "\t" in line or line.count("|") >= 2)
    if len(NUMBER_REF.findall(block)) >= 2 or rows >= 2:
        return None  # a result table listing several items is read by number elsewhere
    ruling = _ruling_part(block)
    # 「審議結果：継続」: the bare word in a verdict's place defers the item
    outcome = classify(ruling) or ("continued" if _BARE_DEFERRAL.match(ruling) else None)
    if outcome == "approved" and _looks_like_conditions(block):
        return "conditional"
    return outcome


def _ruling_part(block: str) -> str:
    """The block before the conditions or opinions it lists (「(2) 再委託を認めないこと。」
    conditions the approval, it rules nothing)."""
    lines = block.split("\n")
    for i, line in enumerate(lines[1:], start=1):
        if LIST_ENTRY.match(line.strip()):
            return "\n".join(lines[:i])
    return block


def _looks_like_conditions(block: str) -> bool:
    """A <結論> that lists requirements (1 …こと。 2 …こと。) imposes conditions."""
    return len(re.findall(r"こと[。\s]*(?:\n|$)", block)) >= 2


_PROPOSES = re.compile(r"(?:ては|では)(?:どう|いかが)")


def _from_cue(body: ItemText) -> tuple[str, str, str] | None:
    """The last ``審議の結果、…承認することとした。`` sentence in the item, in any turn."""
    found = None
    # A bracketed narration (「（報告が承認された。）」) is a stage line, and a verdict too.
    for text in [t.text for t in body.turns] + body.notes + body.stage:
        for sentence in sentences(text):
            # (one character every cue holds rules most sentences out before the long pattern)
            if _RESULT_HINT.search(sentence) and _RESULT_CUE.search(sentence):
                if is_question(sentence) or _PROPOSES.search(sentence):
                    continue  # 「協議の結果、…承認してはどうか。」 proposes; it rules nothing
                outcome = classify(sentence)
                if outcome == "approved" and _BARE_ASSENT.match(sentence.strip()):
                    outcome, sentence = _assented_to(text, sentence)
                if outcome:
                    found = (outcome, sentence, text)
    return found


# The members' assent told with nothing else (「委員一同了承した。」): it approves what the
# sentence before it proposed, a deferral or conditions as much as an approval.
_BARE_ASSENT = re.compile(
    r"^(?:各委員|委員(?:全員|一同)|全委員|出席委員|全員|一同)(?:が|は|とも)?[、,]?(?:これを)?"
    r"(?:了承|承認|了と)(?:し|され)?(?:た|ました)?。?$"
)


def _assented_to(text: str, assent: str) -> tuple[str, str]:
    """The outcome and sentence a bare assent agrees to: the ruling just before it when that
    one says more than an approval, else the assent itself."""
    said = sentences(text)
    k = said.index(assent) if assent in said else 0
    prior = said[k - 1] if k else ""
    outcome = classify(prior) if prior and _ACTION.search(prior) else None
    if outcome and outcome != "approved":
        return outcome, prior
    return "approved", assent


# A character of every cue in _RESULT_CUE: 結果, 経, 踏まえ, 採決, 挙手, 諮, 承認/了承, 可決/否決,
# 決定/決した, 継続, 持ち越, 答申, 付, 以上, 審議.
_RESULT_HINT = re.compile(r"[果経踏採挙諮承決続越申付上審]")


_OWN_NUMBER = re.compile(r"(?:諮問|報告|議案)第\d+号")


def _other_numbers(heading: str, kind: str):
    """A test for a sentence that names an item number other than the item's own
    (「継続審議とした諮問第2号のほか…」 said under a report rules nothing for the report);
    None when the item has no number to compare with (a report or confirmation is never
    a 諮問第N号, so there every such number is another item's)."""
    own = set(_OWN_NUMBER.findall(heading.replace(" ", "")))
    if own:
        return lambda sentence: any(
            m.group() not in own and not _COMPARED.match(sentence, m.end())
            for m in _OWN_NUMBER.finditer(sentence)
        )
    if kind in ("report", "confirmation"):
        return lambda sentence: "諮問第" in sentence and bool(_OWN_NUMBER.search(sentence))
    return None


# Another item named only to compare this one with it: 「前回の諮問第2号と同様に、…承認とします」.
_COMPARED = re.compile(r"と(?:同様|同じ)")


# What will happen later, explained rather than ruled (a ruling says とします / としました).
_EXPLAINS_LATER = re.compile(
    r"(?:ことに|こととなる|ことになる|予定)(?:なります|なる|です|である)?。?$"
)
# A deputy in the chair's place (the chair absent): their closing question rules, as a
# chair's does.
_PRESIDING = re.compile(r"副会長|副委員長|職務代理")
_PROVISO = re.compile(r"^\s*(?:ただし|但し)[、,].*(?:を条件と|を条件に|条件として)")


# A ruling that words the opinion or condition it attaches: 「…に限ることを条件に承認」.
_WORDS_CLAUSE = re.compile(
    r"[^、。]{10,}こと(?:を|も)?(?:条件|附帯意見|意見)(?:に|と|として)"
    r"|[^、。]{10,}(?:されたい|すること)[、,]?(?:と|という|との)(?:附帯意見|意見|条件)"
)


def _from_speech(
    body: ItemText, roles: tuple[str, ...], names_other=None
) -> tuple[str, str, str] | None:
    decisions = _speech_decisions(body, roles, names_other)
    if not decisions:
        return None
    outcome, sentence, text = decisions[-1]
    weak = _WEAK.search(sentence) and not re.search(r"了承|承認|可", sentence)
    # 「各委員了承。」 alone after the chair's ruling assents to that ruling (a deferral too).
    weak = weak or _ASSENT.fullmatch(sentence.strip("。 ()（）「」"))
    weak = weak or _BARE_ASSENT.match(sentence.strip())
    if outcome == "approved" and weak:
        specific = [d for d in decisions if d[0] != "approved"]
        if specific:
            return specific[-1]
    if outcome == "approved":
        # 「附帯意見は、「…」とします。これを付して承認とします。」: the approval of one turn
        # carries what the turn attached a sentence before
        attached = [d for d in decisions if d[2] == text and d[0] != "approved"]
        if attached and attached[-1][0] in ("approved_with_opinion", "conditional"):
            outcome = attached[-1][0]
    if outcome in ("approved_with_opinion", "conditional"):
        # The opinion is often in the sentence announcing it, not in the final ruling.
        same = [d for d in decisions if d[0] == outcome]
        # ... unless that was the chair's proposal (「…ことを条件として、承認することとしては
        # いかがでしょうか。」) and the ruling after it words the clause itself
        worded = [d for d in same[1:] if not is_question(d[1]) and _WORDS_CLAUSE.search(d[1])]
        if is_question(same[0][1]) and worded:
            return outcome, worded[-1][1], worded[-1][2]
        return outcome, same[0][1], same[0][2]
    return outcome, sentence, text


def _speech_decisions(
    body: ItemText, roles: tuple[str, ...], names_other=None
) -> list[tuple[str, str, str]]:
    """Every sentence of the given roles' turns that rules on the item: (outcome, sentence,
    the turn's text), in order."""
    decisions: list[tuple[str, str, str]] = []
    answered: list[bool] = []  # computed once, when a closing question needs it
    last = len(body.turns) - 1 - _trailing_procedure(body.turns)
    for i, turn in enumerate(body.turns):
        if turn.role not in roles:
            continue
        said = sentences(turn.text)
        for k, sentence in enumerate(said):
            if names_other is not None and names_other(sentence):
                continue  # another item's ruling, recalled under this one
            if _REPORTED.search(sentence):
                continue  # 「…認められないとの意見があった。」 reports a view, not the ruling
            stated = LIST_ENTRY.match(sentence.lstrip()) or sentence.rstrip().endswith("こと。")
            if stated and not re.match(_NOTED_AS, sentence):
                # 「・再委託を認めないこと。」, 「二つ目は、…を認めないこと。」: a condition
                # stated, not the ruling (rulings are spoken: …とします, …といたします)
                continue
            if (
                turn.role == "chair"
                and i == last
                and is_question(sentence)
                and turn.text.rstrip().endswith(sentence.rstrip())
                and not _answered(body, answered)
            ):
                continue  # the chair's question nobody is recorded to answer rules nothing
            presiding = turn.role == "member" and _PRESIDING.search(turn.label or "")
            if (
                turn.role == "member"
                and not presiding
                and (is_question(sentence) or _VIEW.search(sentence))
            ):
                # 「決定の期限を延長したものはあるか。」 asks and 「承認してよいと思います。」
                # gives a view: a member rules nothing
                continue
            noted = _OPINION_NOTE.search(sentence) and not _OPINION_REFERENCE.search(sentence)
            # 「承認とします。なお、…されたい。」: a request right after the ruling is its opinion
            noted = noted or (
                k > 0
                and _NAO_REQUEST.match(sentence.strip())
                and bool(decisions)
                and decisions[-1][1] == said[k - 1]
                and decisions[-1][0] == "approved"
            )
            if (_ACTION.search(sentence) or noted) and (
                not _PROCEDURAL.search(sentence) or _POLITE_DECISION.search(sentence)
            ):
                outcome = classify(sentence)
                if outcome == "continued" and _EXPLAINS_LATER.search(sentence):
                    continue  # 「第三者点検については、次回以降に改めて審議することになります。」
                proviso = said[k + 1] if k + 1 < len(said) else ""
                if outcome == "approved" and _PROVISO.search(proviso):
                    # 「承認します。ただし、…ことを条件とします。」: the proviso conditions it
                    outcome, sentence = "conditional", proviso
                if outcome:
                    decisions.append((outcome, sentence, turn.text))
    return decisions


def rulings_by_number(texts: list[str]) -> dict[str, str]:
    """Outcomes of one ruling that names several items by number (「諮問第12号は原案のとおり
    承認、諮問第13号は継続審議といたします。」): the words after each number rule on it."""
    found: dict[str, str] = {}
    for text in texts:
        if len(_OWN_NUMBER.findall(text)) < 2:
            continue
        for sentence in sentences(text):
            refs = list(_OWN_NUMBER.finditer(sentence))
            if len(refs) < 2 or is_question(sentence):
                continue
            for ref, nxt in zip(refs, [*refs[1:], None], strict=True):
                part = sentence[ref.end() : nxt.start() if nxt else len(sentence)]
                outcome = classify(part) if _ACTION.search(part) else None
                if outcome:
                    found.setdefault(ref.group(), outcome)
    return found


_MINUTES_DOC = re.compile(r"会議録|要録|議事録|議事要旨|会議要旨")


def passing_confirmation(texts: list[str]) -> str:
    """Outcome of a minutes confirmation decided in passing outside any item heading: a
    sentence ruling on the minutes, or a question about them the floor assents to
    (「前回の会議録について、…御意見はございますでしょうか。」, then 「異議なし」)."""
    found = "unknown"
    for k, text in enumerate(texts):
        said = sentences(text)
        for sentence in said:
            if _MINUTES_DOC.search(sentence) and _ACTION.search(sentence):
                found = classify(sentence) or found
        last = said[-1] if said and text.strip() else ""
        after = texts[k + 1].strip() if k + 1 < len(texts) else ""
        assented = len(after) <= 24 and _ASSENT.search(after) is not None  # the floor's answer
        if found == "unknown" and assented and _MINUTES_DOC.search(last) and is_question(last):
            found = "approved"
    return found


_BARE_DEFERRAL = re.compile(r"^[\s|:：]*継続[\s|。]*$")


def result_table(lines: list[str]) -> dict[str, str]:
    """Outcomes by item number from result tables (rows naming a number and a verdict)."""
    found: dict[str, str] = {}
    in_block = False
    for line in lines:
        if _RESULT_HEAD.match(line):
            in_block = True
            continue
        table_like = "\t" in line or "|" in line or in_block
        if not table_like or len(line) > 200:
            in_block = in_block and bool(line.strip())
            continue
        refs = list(NUMBER_REF.finditer(line))
        if not refs:
            continue
        for ref, nxt in zip(refs, [*refs[1:], None], strict=True):
            cell = line[ref.end() : nxt.start() if nxt else len(line)]
            # a result list may say only 「継続」: a deferral in a verdict's place
            outcome = classify(cell) or ("continued" if _BARE_DEFERRAL.match(cell) else None)
            if outcome:
                found.setdefault(re.sub(r"[【】\s]", "", ref.group()), outcome)
    return found


def followups(body: ItemText) -> list[str]:
    """Things the council asked to be reported or done later.

    Only the council's side counts (chair, members, unlabelled text, decision blocks):
    sentences about reporting back at a later meeting, 宿題, and requests from members to
    check, report or review something.
    """
    found: list[str] = []
    for block in body.decisions:
        found.extend(s for s in sentences(block) if _FUTURE.search(s) or _HOMEWORK.search(s))
    for turn in body.turns:
        if turn.role not in ("chair", "member", "unknown"):
            continue
        for sentence in sentences(turn.text):
            if _FUTURE.search(sentence) or _HOMEWORK.search(sentence):
                found.append(sentence)
            elif (
                turn.role == "member"
                and _REQUEST.search(sentence)
                and not _PROCEDURAL.search(sentence)
                and not is_question(sentence)
            ):
                found.append(sentence)
    return list(dict.fromkeys(found))
