"""The attached opinion (附帯意見) or the conditions of an item, as printed.

Minutes print the opinion in a handful of ways, and the decision sentence itself
(「附帯意見を付して承認といたします。」) is only its framing, never the opinion.  In order:

1. a block tagged as the opinion (``【附帯意見】``, ``(附帯意見)``, ``条件：``, ``【意見】``) and
   its lines, then an opinion listed by item number elsewhere (a result report's 附帯意見
   row, a 付した条件 section);
2. inside the decision text: a labelled line (``条件　…``), the text after a sentence
   announcing it (``次の条件を付して…認める。`` + the conditions), a quoted opinion
   (``附帯意見として「…」``) or the condition before ``…ことを条件に``;
4. a labelled line (``附帯意見　…``) in the proceedings;
5. the opinion read out in quotes (「なお、…留意されたい。」) by the chair or secretariat;
6. a ``なお、…留意されたい。`` sentence, or what follows ``以下の意見に留意されたい。``.

Labels (附帯意見, 条件) and enclosing 「」 are removed; a printed leading ``なお、`` is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ._normalize import sentences
from ._turns import ItemText, is_question
from .lexicon import LIST_COUNT_SENTENCE, LIST_ITEM_MARKS, OPINION_NAMES

# A line opening an entry of a list of conditions or opinions (・, (1), 1., ア, ①).
LIST_ENTRY = re.compile("^(?:" + "|".join(LIST_ITEM_MARKS) + ")")

_NAMES = "|".join(OPINION_NAMES)
_LABEL_WORDS = (
    rf"(?:{_NAMES}|附帯意見|付帯意見|附帯条件|付帯条件|付した条件|附した条件|条件|意見|要望)"
)
# A label in any bracket pair needs no separator after it: 「(附帯意見)…」, 「〖条件〗…」.
_LABEL = re.compile(
    rf"^[\s・]*(?:[【\[<(≪《〈〔〖{{]{_LABEL_WORDS}(?:案|\(案\))?[】\]>)≫》〉〕〗}}]\s*[:：]?\s*"
    rf"|{_LABEL_WORDS}(?:\s*[:：]\s*|\s+|(?=「))"  # 要望事項「…」: the quote sets it off
    r"|(?:附帯意見|付帯意見|附帯条件|付帯条件|条件)(?:[、,。]\s*|(?=\d{1,2}\s|[①-⑳・]|\(\d)))"
    # (read out: 「附帯意見、…」; a list joined to its heading: 「条件1 …」)
)


def _paired_brackets() -> dict[str, str]:
    """Every opening bracket with its closer, by Unicode class (Ps then Pe), so a bracket
    no table lists pairs too."""
    pairs: dict[str, str] = {}
    for cp in (*range(0x28, 0x7C), *range(0x2018, 0x301C), *range(0xFE59, 0xFF64)):
        o = chr(cp)
        if unicodedata.category(o) != "Ps":
            continue
        # the closer is the next code point, or the one after a bar between them ([\] {|})
        for c in (chr(cp + 1), chr(cp + 2)):
            if unicodedata.category(c) == "Pe":
                pairs.setdefault(o, c)
                break
    return pairs


_PAIRS = _paired_brackets()
_OPENERS = re.escape("".join(_PAIRS))
_LABELLED_LINE = re.compile(
    # at a line's start, after a sentence in a 要録 paragraph (「…承認した。条件：…こと。」) or a
    # verdict's note (「承認（附帯意見あり）附帯意見：…」), or
    # inside any opening bracket (「承認（附帯意見：…）」); 附帯意見の内容： names it too
    r"(?:^|(?<=。)|(?<=[)）])(?=附帯|付帯)"
    # 「…条件付き承認　（条件）…」: a bracketed label after a gap in a 要録 line
    r"|(?<=\s)(?=[【\[<(≪《〈〔](?:附帯|付帯)?(?:意見|条件)[】\]>)≫》〉〕])"
    r"|(?<=\s)(?=(?:附帯意見|付帯意見|条件)(?:[:：]|[ \t]+\S))"  # 「…承認　条件：…」 in one line
    r"|(?P<open>[" + _OPENERS + r"])(?=(?:附帯|付帯)?(?:意見|条件)[^】\]>)≫》〉〕]{0,4}[:：]))"
    r"[\s・]*[【\[<(≪《〈〔]?(?:附帯意見|付帯意見|附帯条件|付帯条件|付した条件|附した条件|条件)"
    r"(?:の[^\s:：。、]{1,4})?"
    r"(?:[】\]>)≫》〉〕]\s*[:：]?\s*|\s*[:：]\s*|\s+)(\S.*)$",
    re.MULTILINE,
)


def _labelled_text(m: re.Match[str]) -> str:
    """The labelled opinion; one opened inside a bracket runs to that bracket's closer."""
    text = m.group(2)
    closer = _PAIRS.get(m.group("open") or "")
    if closer and closer in text:
        return text[: text.index(closer)].strip()
    return text.strip()


# 「記」 alone (the formal heading of an enumerated list) between the sentence and the list.
# (in a 要録 line it stands between gaps: 「…承認する。　記　…こと。」)
_FORMAL_KI = re.compile(
    r"^\s*(?:(?:記|以下)\s*(?:\n|$|(?=" + "|".join(LIST_ITEM_MARKS) + r"))|記[ \t]+(?=\S))"
)
# 「読み上げます。」 between the ruling and what is read: it only says the reading starts.
_READING_SENTENCE = r"[^。\n]{0,12}(?:読み上げ|朗読)[^。\n]{0,12}。"
# ... 「条件は2点です。」: how many there are, before the list; 「（意見）」 alone on its line
_READING_LEAD = re.compile(
    rf"^\s*(?:{_READING_SENTENCE}|{LIST_COUNT_SENTENCE}"
    r"|(?:附帯|付帯)?(?:意見|条件|要望)(?:の内容|の案|の文案)?は[、,]\s*"
    rf"|[【\[<(〔〈]?(?:(?:附帯|付帯)?(?:意見|条件|要望)(?:事項)?|{_NAMES})[】\]>)〕〉]?"
    r"\s*[:：]?[ \t]*(?=\n))"
)
# Reading the opinion out: 「附帯意見の案を申し上げます。」, 「…を読み上げてください。」.
_READING = r"読み上げ|朗読|申し上げ"
_ANNOUNCE = re.compile(
    r"(?:以下|次|下記|別記)(?:の|に)[^。]{0,10}(?:条件|意見|要望|事項|内容|点)|以下|次のとおり"
    rf"|(?:条件|意見)[^。]{{0,8}}?(?:{_READING})"
)
# An opinion named in the sentence that attaches it, without quotes.
_SO_CALLED = re.compile(
    r"(なお[、,][^「」。]{4,}?(?:されたい|すること|願いたい))[、,]?\s*(?:という|との)(?:附帯)?(?:意見|要望|条件)"
)
_QUOTE = re.compile(r"「([^「」]{6,})」|『([^『』]{6,})』")  # either kind of quote mark
_OPINION_END = re.compile(
    r"(?:されたい|られたい|こと|願いたい|求める|望む|留意する|配慮する|努める)。?$"
)
_NOTE = re.compile(
    r"^なお.*(?:留意|配慮|注意|努め)(?:されたい|られたい|すること|願いたい|を求める)"
)
_FRAMING = re.compile(
    r"(?:附帯意見|付帯意見|意見|条件)(?:を付|と(?:する|し))|を条件(?:と|に)|条件付き?で?|承認|了承"
    r"|認める|「可」|可と|(?:か|でしょうか|ですか)[。?]?$"
)
# (a line broken between こと and を: 「…行わせないこと」 + 「を条件に、…」)
_CONDITION_CLAUSE = re.compile(r"(?:^|[、,]|は)([^、,]*?)こと\s*[、,]?\s*を条件(?:に|として|と)")
# An opinion attached in words other than 付して: 「意見として「…」を付す」, 「…ことを要望として
# 申し添えます」, 「留意事項として、…を付け加えたい」 (the outcome reads these too).
ATTACHING = (
    r"(?:意見|要望|留意事項|要望事項)として[、,]?\s*「[^「」]*」を(?:付|添え)"
    r"|(?:意見|要望|留意事項|要望事項)(?:として)?[^。]{0,60}?(?:申し添え|付け加え)"
)
# A request after the ruling's proviso: 「原案のとおり承認する。ただし、…されたい。」
PROVISO_REQUEST = r"(?:ただし|但し)[、,][^。]{4,}(?:されたい|られたい)"
_WITH_OPINION = re.compile(
    rf"{_NAMES}|附帯意見|付帯意見|(?:意見|要望)(?:\([^()]{{1,6}}\))?を(?:付|添え)|留意|配慮|努められたい"
    r"|(?:以下|次)の(?:意見|要望)|こと(?:を|も)要望(?:し|して)[、,]"
    rf"|{ATTACHING}|{PROVISO_REQUEST}"
    r"|なお[、,][^。]{4,}(?:されたい|られたい)"  # 「承認とします。なお、…されたい。」
    r"|なお[、,][^。]{4,}すること(?:。|$)"
)
_PROVISO_LEAD = re.compile(r"^\s*(?:ただし|但し)[、,]\s*")
# Where a condition stated before 「を条件に」 may begin: after a lead that frames the ruling.
_CLAUSE_LEAD = re.compile(
    r"(?:ので|から|ため|踏まえ(?:まして|て)?|受け(?:まして|て)?|結果|により"
    # the item named by its number or its ordinal: 「諮問第3号は、」, 「審議1は、」
    r"|(?:本件|(?:諮問|報告|議案)?第\d+号|(?:議題|審議|案件)\s*\d{1,2})(?:について)?は"
    r"|それでは|では|ついては|つきましては|(?:会長|議長|委員長)(?:から|が|より)"
    # 「…実施することを認めるが、…」, 「答申には、…」: the ruling before the opinion
    r"|(?:認め(?:る|ます)|承認(?:する|します|とします|といたします)|差し支えない)が"
    r"|(?:答申|承認)(?:に|には|に当たって(?:は)?)|(?:承認|了承)(?:すること)?と(?:し|して)|あわせて|併せて"
    r"|^また|(?:ます|する)と|(?:発言|意見|指摘|提案)があり"
    r"|ただし|なお)[、,]\s*"
)
# The opinion worded in the ruling itself, before 「との意見を付して」.
_OPINION_CLAUSE = re.compile(
    r"^(.*?(?:されたい|られたい|すること|願いたい|こと))[、,]?\s*"
    r"(?:(?:との|という|とする)(?:附帯)?(?:意見|要望)を(?:付|添え|申し添え)|旨(?:の(?:附帯)?意見)?を(?:付|答申)"
    # 「…報告されたい旨、附帯意見として付したい」
    r"|旨[、,]?\s*(?:附帯|付帯)?(?:意見|要望)として(?:付|附|添え)"
    # 「…することを附帯意見とし、承認します。」, 「…されたいということを附帯意見として」
    r"|(?:(?:という|との)こと)?を(?:附帯|付帯)?(?:意見|要望|留意事項)と(?:し|して)"
    r"|を要望(?:し|して)[、,])"
)
# The condition worded in the ruling: 「ただし、…すること、との条件を付して答申します。」
_CONDITION_NAMED = re.compile(
    r"^(.*?(?:こと|されたい|られたい))[、,]?\s*(?:との|という)条件(?:を付|付き?で)"
)
# What is attached, named after 「…として、」: 「条件として、…こと、…ことの2点を付して」,
# 「附帯意見として、…されたいということを付します」.
_ATTACHED_AS = re.compile(
    rf"{_LABEL_WORDS}として[、,]\s*(?P<text>[^「」『』]+?)[、,]?"
    r"(?:(?:という|との)こと|の[0-9一二三四五]+点)?を(?:付|申し添え)"
)
# 「条件は、…することです。」: the condition stated as what it is
# (「付する条件は、…こと。」: stated with nothing after it, too)
_STATED_AS = re.compile(
    rf"^(?:付する|付す|付した|附する|附した)?{_LABEL_WORDS}(?:の内容)?"
    r"(?:は|ですが|につきましては|については|としては)[、,]\s*"
    r"(?P<text>[^「」『』]+?(?:こと|されたい))[、,]?\s*(?:(?:という|との)(?:もの|こと))?"
    r"(?:です|とします|とする|であります|でございます)?。?$"
)


def _stated_text(m: re.Match[str]) -> str:
    """What a sentence states as the opinion; its full stop too when nothing follows the
    opinion in it (「付する条件は、…こと。」, not 「条件は、…こと、です。」)."""
    text = m.group("text").strip()
    return text + "。" if m.group(0).rstrip().endswith(text + "。") else text


# 「なお、留意事項として、…こと。」: what is attached, named in a sentence of its own
_NAMED_NOTE = re.compile(
    rf"^なお[、,]\s*{_LABEL_WORDS}として[、,]\s*(?P<text>[^「」『』]+?(?:こと|されたい)。?)$"
)
_WHOLE_CONDITION = re.compile(r"^(.*?)こと\s*[、,]?\s*を条件(?:に|として|と)", re.DOTALL)


def _condition_of(sentence: str, clause: re.Match[str]) -> str:
    """The condition before 「…ことを条件に」: from the last framing lead (「踏まえ、」,
    「本件は、」 …) or the sentence's start, so a condition with commas stays whole (a cut at
    the last comma lost the first of two conditions joined by 「…とともに、」)."""
    m = _WHOLE_CONDITION.match(sentence)
    if m is None:
        return clause.group(1).strip()
    head = m.group(1)
    after = _after_last_lead(head)
    if after is not None:
        return after
    return head.strip()


def _after_last_lead(head: str, keep_nao: bool = False) -> str | None:
    """What follows the last lead framing the ruling (「踏まえ、」, 「審議の結果、」 …), or None
    when there is none; ``keep_nao``: a printed 「なお、」 stays with an opinion."""
    leads = list(_CLAUSE_LEAD.finditer(head))
    if not leads:
        return None
    last = leads[-1]
    return head[
        last.start() if keep_nao and last.group().startswith("なお") else last.end() :
    ].strip()


_CONDITIONAL = re.compile(r"条件")
# 「事務局から読み上げてください。」 after an announcement: the opinion comes in the next turn.
_READ_OUT = re.compile(r"読み上げ|朗読|お願いします|ください")


def strip_label(text: str) -> str:
    """``附帯意見　警察への…`` -> ``警察への…``; surrounding 「」 go too, and so does the
    chair's question after them (「「…留意されたい。」よろしいでしょうか。」); a speaker label
    alone on a later line (``会長：``) ends the opinion."""
    s = _LABEL.sub("", _LABEL_LINE.split(text.strip(), maxsplit=1)[0], count=1).strip()
    s = _ITEM_LINE.sub("", s, count=1)  # 「諮問第5号について」 over an opinion listed by item
    m = _QUOTED_THEN_ASKED.match(s)
    if m and (not m.group(2) or _FRAMING.search(m.group(2))):
        s = m.group(1).strip()
    m = _WHOLLY_QUOTED.match(s)
    if m:  # 『…』 / “…” around the whole opinion: the quote marks are no part of it
        s = m.group(1).strip()
    return s


_ITEM_LINE = re.compile(r"^(?:諮問|報告|議案)第\d+号[^\n。]{0,40}?(?:について|関係|分)?[:：]?\s*\n")
_WHOLLY_QUOTED = re.compile(r"^[『“\"]([^『』“”\"]{6,})[』”\"]$", re.DOTALL)


# A speaker label alone on its line: 「会長：」, 「事務局:」.
_LABEL_LINE = re.compile(r"\n\s*[^\s:：。、「」]{1,20}[:：]\s*(?:\n|$)")
_QUOTED_THEN_ASKED = re.compile(r"^「([^「」]{6,})」\s*(.{0,30})$", re.DOTALL)


# Where an opinion read out or listed has ended: the floor's answer as a stage direction
# (「（各委員異議なし）」, in any bracket), or a line opening with a speaker's quoted words
# (「会長「…よろしいでしょうか。」」): what follows rules on the opinion, it is no part of it.
_OPINION_END_MARK = re.compile(
    r"["
    + _OPENERS
    + r"][^\n"
    + _OPENERS
    + r"]{0,12}?(?:異議|了承|賛成)[^\n"
    + _OPENERS
    + r"]{0,8}?"
    r"[" + re.escape("".join(_PAIRS.values())) + r"]"
    r"|\n[^\s:：。、「」" + _OPENERS + r"]{1,12}「"
)


def find_opinion(
    body: ItemText, outcome: str, decision: str, context: str, listed: str | None
) -> str | None:
    """The opinion or conditions of an item: the first candidate of :func:`_candidates` that
    is still an opinion once cut at the floor's answer or the next speaker's words and tidied
    (a chair's question alone is none, so the search goes on)."""
    for found in _candidates(body, outcome, decision, context, listed):
        if not found:
            continue
        if (m := _OPINION_END_MARK.search(found)) and m.start() > 0:
            found = found[: m.start()].rstrip() or found
        tidied = tidy(found)
        if tidied:
            return tidied
    return None


# 「条件(1) …」: the label joined to the list it heads
_LABEL_BEFORE_LIST = re.compile(
    r"^(?:附帯意見|付帯意見|附帯条件|付帯条件|条件|意見)\s*(?=" + "|".join(LIST_ITEM_MARKS) + ")"
)


# A verdict cell, then the opinion after a gap on the same line.
_VERDICT_THEN_REQUEST = re.compile(
    r"^[^\s。]{0,16}(?:承認|了承|適当)[^\s。]{0,12}\s+((?:なお[、,])?[^。]+(?:されたい|こと)。?)$"
)
_ANNOUNCING_LINE = re.compile(r"^(?:次|以下|下記)の(?:条件|意見|附帯意見)を付し[^。]{0,20}。$")
_RULING_TOLD = re.compile(
    r"^(?:以上により|以上の(?:審議|結果)により|審議の結果|各委員異議なく|委員全員異議なく)[、,]?[^。]*"
    r"(?:承認|了承|可決|適当と認め)(?:され|し|と)[^。]{0,8}。$"
)


def tidy(opinion: str) -> str | None:
    """Whatever shape found it, an opinion is requests: a line after the last one that reads
    like a request (…こと。/…されたい。) is not part of it — the reader's 「以上でございます。」, a
    running header, the next item's heading; an opinion that is only a question (the chair's
    「よろしいでしょうか。」) is none."""
    lines = opinion.split("\n")
    if len(lines) > 1 and _ANNOUNCING_LINE.match(lines[0].strip()):
        lines = lines[1:]  # 「次の条件を付して承認する。」 over the list: the ruling, no entry
    last = max((i for i, ln in enumerate(lines) if _OPINION_END.search(ln.strip())), default=None)
    if last is not None and len(lines) > 1:
        lines = lines[: last + 1]
    text = _LABEL_BEFORE_LIST.sub("", "\n".join(lines).strip(), count=1)
    # the ruling told after the request, on the same line: 「…留意されたい。以上により、
    # 諮問第4号は附帯意見を付して承認された。」
    said = sentences(text)
    while len(said) > 1 and _RULING_TOLD.match(said[-1].strip()):
        text = text[: text.rfind(said.pop())].rstrip()
    text = _READING_ENDS_LINE.sub("", _without_question(text)).strip()
    text = _PROVISO_LEAD.sub("", text, count=1)
    if is_question(text) and not _OPINION_END.search(text.strip()):
        return None
    return text or None


def _candidates(
    body: ItemText, outcome: str, decision: str, context: str, listed: str | None
) -> Iterator[str | None]:
    """The opinion or conditions of an item whose outcome carries one (see module doc).

    ``decision`` is the decision block or sentence the outcome was read from, ``context``
    the turn or block around it, ``listed`` an opinion found by item number elsewhere.
    """
    if body.opinions:
        yield "\n".join(strip_label(b) for b in body.opinions if b.strip()) or None
    if listed:  # printed by number under 付した条件 / 附帯意見: the formal wording
        yield strip_label(listed)
    yield from_decision(decision, context, outcome)
    if m := _VERDICT_THEN_REQUEST.match(decision.strip()):
        yield m.group(1)  # 「結論　承認（附帯意見）　なお、…留意されたい。」
    council = [t.text for t in body.turns if t.role != "member"]
    for text in council:
        m = _LABELLED_LINE.search(text)
        if m and not _FRAMING.search(m.group(2)[:12]):
            yield _labelled_text(m)
    announced = [a for text in council for a in _announced(text, outcome)]
    yield from reversed(announced)  # 事務局 reads out 「次の条件を付して承認する。」 and the list
    yield _read_out(council, outcome)  # 「事務局から条件を読み上げてください。」: the next turn
    named = [m.group(1) for text in council for m in _SO_CALLED.finditer(text)]
    yield from reversed(named)  # 「…承認とし、なお、…留意されたい、という意見を付したい」
    quoted = [q for text in council for q in _quotes(text)]
    yield from reversed(quoted)
    stated = [  # 「附帯意見の内容は、…されたい、というものです。」 after the ruling
        _stated_text(m)
        for text in council
        for sentence in sentences(text)
        if (m := _STATED_AS.match(sentence.strip()))
    ]
    yield from reversed(stated)
    notes = [s for text in [*council, *body.notes] for s in _note_sentences(text)]
    yield from reversed(notes)
    # a member's wording the chair adopted (「ただいまのご意見を附帯意見として…」)
    proposed = [
        m.group(1) for t in body.turns if t.role == "member" for m in _SO_CALLED.finditer(t.text)
    ] or [  # 「…されたい、という附帯意見を付けてはどうか。」
        _after_last_lead(m.group(1), keep_nao=True) or m.group(1).strip()
        for t in body.turns
        if t.role == "member"
        for sentence in sentences(t.text)
        if (m := _OPINION_CLAUSE.match(sentence))
    ]
    if not proposed and outcome == "conditional":
        # 「…ことを条件にしてはどうか。」 then 「ただいまの意見を条件として承認」
        proposed = _conditions_worded([t.text for t in body.turns if t.role == "member"])
    yield from reversed(proposed)
    if outcome == "conditional":
        # the chair's sentence that words the condition (「…を除くことを条件に承認とします。」)
        # when the decision was read from a result line that does not (「結果：条件付き承認」)
        yield from reversed(_conditions_worded(council))


def _conditions_worded(texts: list[str]) -> list[str]:
    """The conditions worded before 「…ことを条件に」 in these texts, in order."""
    return [
        _condition_of(sentence, m)
        for text in texts
        for sentence in sentences(text)
        if (m := _CONDITION_CLAUSE.search(sentence))
    ]


def from_decision(decision: str, context: str, outcome: str) -> str | None:
    """Opinion inside the decision text or right after it (labelled line, announced list,
    quote).  ``context`` is the whole block, or the speaker's turn for a spoken decision,
    where only the rest of the paragraph (or the next one) can belong to the decision."""
    if not decision:
        return None
    whole = decision == context or decision not in context
    text = decision if whole else context
    start = text.find(decision)
    m = _LABELLED_LINE.search(text, start)
    if m and m.group("open"):
        return _labelled_text(m)
    if m:
        return strip_label(text[m.start() :] if whole else _listed_from(text[m.start(2) :]))
    pattern = _WITH_OPINION if outcome == "approved_with_opinion" else _CONDITIONAL
    pos = start
    for sentence in sentences(decision):
        at = text.find(sentence, pos)
        end = at + len(sentence) if at >= 0 else pos
        pos = end
        if not pattern.search(sentence):
            continue
        quoted = _quotes(sentence)
        if quoted:
            return quoted[-1]
        m = _STATED_AS.match(sentence.strip()) or _NAMED_NOTE.match(sentence.strip())
        if m:
            return _stated_text(m)
        m = _ATTACHED_AS.search(sentence)
        if m and _OPINION_END.search(m.group("text")):
            return m.group("text").strip()
        m = _CONDITION_NAMED.match(sentence)
        if m and outcome == "conditional":
            return _after_last_lead(m.group(1)) or m.group(1).strip()
        m = _OPINION_CLAUSE.match(sentence)
        if m and outcome == "approved_with_opinion":
            # 「審議の結果、…よう留意されたいとの意見を付して承認することとした。」
            return _after_last_lead(m.group(1), keep_nao=True) or m.group(1).strip()
        if _THIS_AS.match(sentence.strip()) and at > 0:
            # 「…残すこと。これを条件に承認としたい。」: the sentence before it is the condition
            before = [s for s in sentences(text[:at]) if s.strip()]
            if before and _OPINION_END.search(before[-1].strip()):
                prior = before[-1].strip()
                return _after_last_lead(prior, keep_nao=True) or prior
        m = _CONDITION_CLAUSE.search(sentence)
        if m and outcome == "conditional":
            # 「…ことを条件として承認するのがよいと思います。次の条件を付して…」 + the list:
            # the conditions as listed, not the chair's summary of them
            listed = _announced(text[end:], outcome) if not whole else []
            return listed[0] if listed else _condition_of(sentence, m)
        following = sentences(text[end:].strip())[:1]
        stated = _STATED_AS.match(following[0].strip()) if following else None
        if stated:  # 「…条件付きで承認したいと思います。条件は、…ことです。」
            return _stated_text(stated)
        after = _FORMAL_KI.sub("", _READING_LEAD.sub("", text[end:], count=1), count=1)
        rest = after.strip()
        if not whole:
            paragraphs = [p for p in after.split("\n")]
            rest = paragraphs[0].strip() or (paragraphs[1].strip() if len(paragraphs) > 1 else "")
            if LIST_ENTRY.match(rest):  # the announced conditions, one line each
                rest = _listed_from(after.strip())
            elif _ANNOUNCE.search(sentence):  # announced, then stated line by line
                read = []
                for para in (p.strip() for p in after.split("\n") if p.strip()):
                    if not _OPINION_END.search(para):
                        break
                    read.append(para)
                rest = "\n".join(read) or rest
        if (
            _ANNOUNCE.search(sentence)
            and rest
            and not _READ_OUT.search(rest[:40])
            and not (is_question(rest) and not _OPINION_END.search(_without_question(rest).strip()))
        ):
            quoted = _quotes(rest) if rest.startswith(("「", "『")) else []
            # 「…されたい。」以上です。; 「一つ目は…こと。…よろしいでしょうか。」: the question goes
            if quoted:
                return quoted[0]
            return strip_label(_READING_ENDS_LINE.sub("", _without_question(rest)))
        if following and _ATTACHED_THEN_SET_OUT.search(sentence) and not _quotes(sentence):
            nxt = following[0].strip()
            if _OPINION_END.search(nxt) and not is_question(nxt) and not _FRAMING.search(nxt):
                return strip_label(nxt)  # 「…一点意見を付けたいと思います。…すること。」
        labelled = _SET_OUT_LABEL.match(rest) if not whole and rest else None
        if labelled and _ATTACHED_THEN_SET_OUT.search(sentence):
            opinion = rest[labelled.end() :].strip()
            if _OPINION_END.search(opinion) and not is_question(opinion):
                return opinion
        if not whole and rest and _ATTACHED_THEN_SET_OUT.search(sentence):
            # 「附帯意見を付して承認とします。」 ending its line, the opinion set out on the
            # next (an indented paragraph, a <blockquote>)
            nxt = after.split("\n", 1)
            if not nxt[0].strip() and len(nxt) > 1 and _OPINION_END.search(rest):
                if not is_question(rest) and not _READ_OUT.search(rest[:40]):
                    return strip_label(rest)
        if not _FRAMING.search(sentence) and not re.search(_READING, sentence):
            if _ANNOUNCE.search(sentence) and pattern.search(sentence):
                continue  # 「条件は次のとおりとします。」 announces; it is no condition
            if _OPINION_END.search(sentence.strip()):
                # (a sentence announcing the reading is none; 「ただし、」 joins it to the ruling)
                return strip_label(_PROVISO_LEAD.sub("", sentence))
    return None


# (the sentence before attached: 「…こと。これを条件に」, 「…こと。を附帯意見として」,
# 「…されたい。という意見を付して」)
_THIS_AS = re.compile(
    r"^(?:これ|以上|この(?:点|こと|[0-9一二三]+点))?を(?:附帯|付帯)?(?:条件|意見|要望)(?:に|と|として)"
    r"|^(?:という|との)(?:附帯|付帯)?(?:意見|要望|条件)を(?:付|添え)"
)
_ATTACHED_THEN_SET_OUT = re.compile(
    r"(?:附帯意見|付帯意見|意見|条件|要望)(?:\([^()]{1,6}\))?を付(?:し|け)"
)
# The opinion set out after the ruling under its bracketed name: 「…承認することとした。
# （意見）なお、…されたい。」
_SET_OUT_LABEL = re.compile(r"^[(【〔<]\s*(?:附帯|付帯)?(?:意見|条件|要望)\s*[)】〕>]\s*(?=\S)")


def _listed_from(text: str) -> str:
    """The first line of ``text``, or, when it opens a list (・, (1), ①), every entry of it:
    「条件」 alone on its line, then the conditions one per line."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()] or [""]
    if not LIST_ENTRY.match(lines[0]):
        return lines[0]
    listed = []
    for line in lines:
        if not LIST_ENTRY.match(line):
            break
        listed.append(line)
    return "\n".join(listed)


def _without_question(text: str) -> str:
    """The text without the chair's question after it (「…こと。よろしいでしょうか。」)."""
    said = sentences(text)
    if len(said) > 1 and is_question(said[-1]) and text.rstrip().endswith(said[-1]):
        return text.rstrip()[: -len(said[-1])].rstrip()
    return text


def _announced(text: str, outcome: str) -> list[str]:
    """What follows each sentence announcing the opinion or conditions (次の条件を付して…)."""
    pattern = _WITH_OPINION if outcome == "approved_with_opinion" else _CONDITIONAL
    found = []
    for sentence in sentences(text):
        if _ANNOUNCE.search(sentence) and pattern.search(sentence):
            opinion = from_decision(sentence, text, outcome)
            if opinion and not _READ_OUT.search(opinion):
                found.append(opinion)
    return found


# A sentence that only says the reading starts: 「読み上げます。」, 「それでは朗読いたします。」
_READING_STARTS = re.compile(rf"^{_READING_SENTENCE}$")
_READING_ENDS = re.compile(r"^以上(?:です|でございます|となります|であります)?。?$")
# The same sentences run on in one paragraph: 「読み上げます。附帯意見、…こと。以上です。」
_READING_STARTS_LINE = re.compile(rf"^{_READING_SENTENCE}\s*(?=\S)")
_READING_ENDS_LINE = re.compile(r"(?<=。)\s*以上(?:です|でございます|となります|であります)?。?$")


def _read_out(council: list[str], outcome: str) -> str | None:
    """The turn after one asking for the opinion or conditions to be read out: its listed
    lines (・, (1), ア …) or its text when it reads like an opinion."""
    pattern = _WITH_OPINION if outcome == "approved_with_opinion" else _CONDITIONAL
    found = None
    for asked, answer in zip(council, council[1:], strict=False):
        if not (_READ_OUT.search(asked) and pattern.search(asked)):
            continue
        lines = [ln.strip() for ln in answer.split("\n") if ln.strip()]
        while lines and _READING_STARTS.match(lines[0]):
            lines = lines[1:]
        while lines and _READING_ENDS.match(lines[-1]):
            lines = lines[:-1]  # 「以上です。」 closes the reading
        if lines:
            lines[0] = _READING_STARTS_LINE.sub("", lines[0], count=1)
            lines[-1] = _READING_ENDS_LINE.sub("", lines[-1], count=1)
        listed = [ln for ln in lines if LIST_ENTRY.match(ln)]
        if listed and lines[0] in listed:
            found = "\n".join(listed)
        elif lines and _OPINION_END.search(lines[-1]):
            found = strip_label("\n".join(lines))
    return found


def _quotes(text: str) -> list[str]:
    """Quoted passages that read like an opinion or condition (…されたい。/…すること。)."""
    found = []
    for m in _QUOTE.finditer(text):
        inner = _after_ruling(strip_label(m.group(1) or m.group(2)))
        if _OPINION_END.search(inner) and not _FRAMING.search(inner[:6]):
            found.append(inner)
    return found


def _after_ruling(quoted: str) -> str:
    """A quoted answer's opinion without the ruling read before it (「諮問第113号については、
    …承認する。なお、…留意されたい。」 -> 「なお、…留意されたい。」)."""
    said = sentences(quoted)
    while len(said) > 1 and _FRAMING.search(said[0]) and not _OPINION_END.search(said[0]):
        quoted, said = quoted[len(said[0]) :].lstrip(), said[1:]
    return quoted


def _note_sentences(text: str) -> list[str]:
    """なお、…留意されたい。 sentences, or the text after one that announces 以下の意見."""
    found = []
    paragraphs = text.split("\n")
    for i, para in enumerate(paragraphs):
        parts = sentences(para)
        for j, sentence in enumerate(parts):
            if not _NOTE.search(sentence) or "「" in sentence:
                continue
            if _ANNOUNCE.search(sentence):
                rest = "".join(parts[j + 1 :]) or "\n".join(paragraphs[i + 1 :])
                if rest.strip():
                    found.append(rest.strip())
                    continue
            found.append(sentence)
    return found
