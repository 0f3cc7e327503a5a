"""People and speakers: name clean-up, attendance lists, speaker roles and departments.

Attendance cells mix names with role words (``竹前 榮二委員（会長）``), separators differ
by city (``・``, ``、``, tabs) and speakers are written as ``○三品保健予防課長`` (surname,
section, title run together).  The rules here are deliberately generic: role words are a
closed vocabulary, while surnames are recognised by what is left, never from a name list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._normalize import NUMBER_FORMS, compact

# Longest first, so 副会長 is removed before 会長 and 委員長 before 委員.
MEMBER_ROLE_WORDS = (
    "会長職務代理者",
    "会長職務代理",
    "委員長職務代理",
    "職務代理者",
    "職務代理",
    "副委員長",
    "副会長",
    "委員長",
    "臨時委員",
    "専門委員",
    "審議会委員",
    "部会長",
    "会長",
    "委員",
    "議長",
    "座長",
)
_HONORIFICS = ("先生", "さん", "氏", "様", "君")
_NONE_WORDS = frozenset(
    {
        "なし",
        "無し",
        "無",
        "該当なし",
        "特になし",
        "ー",
        "-",
        "―",
        "0名",
        "0人",
        "全員出席",
        "なし(全員出席)",
    }
)
CHAIR_TITLES = ("委員長", "会長", "議長", "座長", "部会長", "審議会長")
MEMBER_TITLES = (
    "委員",
    "副会長",
    "副委員長",
    "職務代理",
    "職務代理者",
    "会長職務代理",
    "会長職務代理者",
    "臨時委員",
    "専門委員",
)
# Titles of officials.  ``長`` alone is too broad; the list covers what minutes print.
STAFF_TITLES = (
    "課長補佐",
    "担当課長",
    "担当係長",
    "担当部長",
    "課長",
    "係長",
    "部長",
    "局長",
    "次長",
    "室長",
    "所長",
    "館長",
    "園長",
    "校長",
    "センター長",
    "主任",
    "主事",
    "主査",
    "主幹",
    "参事",
    "理事",
    "補佐",
    "技師",
    "保健師",
    "栄養士",
    "社会福祉士",
    "専門員",
    "相談員",
    "職員",
    "担当",
    "係",
    "課",
    "説明員",
    "説明者",
    "実施機関",
    "所管課",
    "担当課",
    "関係課",
    "区長",
    "市長",
    "町長",
    "村長",
    "副区長",
    "副市長",
    "教育長",
    "管理者",
    "専門員",
    "相談員",
    "統括",
    "事務局",
    "事務局長",
    "指導主事",
    "係員",
    "部",
)
# Title suffix -> what remains of the organisational unit (課長 -> 課 keeps the unit word).
_TITLE_TO_UNIT = (
    ("課長補佐", "課"),
    ("担当課長", "担当"),
    ("担当係長", "担当"),
    ("担当部長", "担当"),
    ("センター長", "センター"),
    ("センター所長", "センター"),
    ("指導主事", ""),
    ("課長", "課"),
    ("係長", "係"),
    ("部長", "部"),
    ("局長", "局"),
    ("室長", "室"),
    ("館長", "館"),
    ("園長", "園"),
    ("所長", ""),
    ("次長", ""),
    ("主任", ""),
    ("主事", ""),
    ("主査", ""),
    ("主幹", ""),
    ("参事", ""),
    ("理事", ""),
    ("補佐", ""),
    ("技師", ""),
    ("保健師", ""),
    ("職員", ""),
    ("係員", ""),
    ("担当", ""),
)
# Evidence about units is counted in the first megabyte: one set of minutes is far smaller,
# and a concatenated batch must not make every new speaker label cost a full scan.
_EVIDENCE_CHARS = 1_000_000
_GENERIC_UNITS = frozenset({"担当", "課", "係", "部", "室", "局", "所管課", "担当課", "関係課"})
# A speaker label that is an organisational unit by itself: 市民課, 保健センター, 中央図書館.
_UNIT_LABEL = re.compile(r"..(?:課|係|室|センター|館|所|署)$")
_UNIT_SUFFIX = re.compile(r"(?:課|係|室|部|局|館|センター|所|園|署|担当)$")
# A note or role in any bracket pair, before or after a name: 〔会長〕山田 / 山田【会長】.
_PAREN = re.compile(r"[(（〔【\[〈《〖][^()（）〔〕【】\[\]〈〉《》〖〗]{0,20}[)）〕】\]〉》〗]")
_PAREN_UNIT = re.compile(r"[(（]([^()（）]{1,20}?(?:課|係|室|部|局|館|センター|所|園|署))[)）]$")
# a list mark, or a one-character list number (① ⑴ ⒈ ❶ ➀ ㉑) as 「(1)」 is in brackets
# Marks and list numbers before a name: 「・」, 「①」, 「1　」, 「2.」 (a number set off by a space
# or a stop; no name starts with a digit).
_LEAD_MARK = re.compile(
    rf"^(?:[●○〇◯・■◆□◇\-\s{NUMBER_FORMS}]|\d{{1,2}}[.、)](?!\d)|\d{{1,2}}(?=\s))+"
)
# (a bar too: a roster printed as a pipe table under the label, 「| 会長 | 芦田 修 |」)
_SEPARATORS = re.compile(r"[、,，・/／\t\n;；|｜]+| {2,}|(?<=\S)(?:及び|並びに)(?=\S)")
_AFTER_ROLE = re.compile(r"(?:(?<=委員)|(?<=会長)|(?<=委員長)|(?<=職務代理)|(?<=代理者))\s+")
# A separator inside a bracketed affiliation (民生委員・児童委員協議会) separates no names.
_IN_BRACKETS = re.compile(r"[(（][^()（）\n]{1,30}[)）]")
_HIDDEN = "、,，・/／;； "
_HIDE = str.maketrans({c: chr(0xE000 + i) for i, c in enumerate(_HIDDEN)})
_SHOW = str.maketrans({chr(0xE000 + i): c for i, c in enumerate(_HIDDEN)})
_COUNT_ONLY = re.compile(r"^[(（]?\d+\s*[名人][)）]?$|^計\d+")
# A list ordinal left alone where a sub-list of the attendance starts (「第1　委員（7名）」,
# 「1)」, 「ア」, 「1.」): the ordinal shapes of header leads, never a name.
_ORDINAL_ONLY = re.compile(
    r"^(?:第?\d{1,2}[.、)]?|[アイウエオカキクケコ][.、)]?|[一二三四五六七八九十]{1,3}[.、)])$"
)


_ROLE_OR_HONORIFIC = MEMBER_ROLE_WORDS + _HONORIFICS
# 「同」 standing for the role of the entry before, set off from the name by a space.
_DITTO = re.compile(r"^同\s+(?=\S)")
_ROLE_TAIL = re.compile("(?:" + "|".join(map(re.escape, _ROLE_OR_HONORIFIC)) + ")$")
# A role before the name, set off by a space, a colon or a dash (「会長－山田太郎」).
_ROLE_LEADS = tuple(w + c for w in _ROLE_OR_HONORIFIC for c in " :-―‐")
_ROLE_LEAD = re.compile("^(?:" + "|".join(map(re.escape, _ROLE_OR_HONORIFIC)) + ")[ :\\-―‐]")


def clean_person_name(text: str) -> str:
    """``竹前 榮二委員（会長）`` -> ``竹前榮二``; returns ``""`` for placeholders like 無し."""
    s = _PAREN.sub("", text)
    s = _LEAD_MARK.sub("", s).strip(" :：")
    if s.startswith("同"):
        s = _DITTO.sub("", s)  # 「委員　鮫島 勉、同　高千穂 梨花」: 同 repeats the role above
        if s.startswith("同") and len(compact(s)) >= 4 and _NAME_CHARS.match(compact(s)[1:]):
            s = s[1:]  # 「同　井 口 大 地」 joined up by the letter-spacing repair: 「同井口大地」
    if compact(s) in MEMBER_ROLE_WORDS:
        return ""  # a role printed in front of the name on its own: ``会　長　　佐々木 正夫``
    # Role words and honorifics at either end, repeatedly (``会長 竹前榮二委員``); str
    # methods with a tuple of words keep this in C, it runs for every attendance entry.
    while s:
        if s.endswith(_ROLE_OR_HONORIFIC) and (m := _ROLE_TAIL.search(s)) and m.start() > 0:
            s = s[: m.start()].rstrip()
        elif s.startswith(_ROLE_LEADS):
            s = _ROLE_LEAD.sub("", s, count=1).lstrip()
        else:
            break
    s = _strip_glued_role(compact(s))
    # (one character is no one's full name: 「2 名」 letter-spaced leaves a stray 名)
    if (
        len(s) < 2
        or s in _NONE_WORDS
        or _COUNT_ONLY.match(s)
        or _ORDINAL_ONLY.match(s)
        or len(s) > 16
    ):
        return ""
    return s


# Surnames that begin with 長, so 委員長谷川 is 委員 + 長谷川, not 委員長 + 谷川.
_NAGA_SURNAMES = ("長谷", "長尾", "長野", "長田", "長島", "長嶋", "長沢", "長澤", "長井", "長瀬")
_NAME_CHARS = re.compile(r"^[\u3400-\u9fff々ヶ\u3040-\u30ff]{2,8}$")


def _strip_glued_role(s: str) -> str:
    """``委員藤崎美穂`` (a letter-spaced row joined up) -> ``藤崎美穂``."""
    if not s.startswith(MEMBER_ROLE_WORDS):
        return s  # (most names: no word to try)
    for word in MEMBER_ROLE_WORDS:
        rest = s[len(word) :]
        if not s.startswith(word) or not _NAME_CHARS.match(rest):
            continue
        # 委員長谷川 is 委員 + 長谷川 (委員 is a role too); 副会長野々村 is 副会長 + 野々村
        if (
            word.endswith("長")
            and word[:-1] in MEMBER_ROLE_WORDS
            and ("長" + rest).startswith(_NAGA_SURNAMES)
        ):
            continue
        return rest
    return s


# A role word letter-spaced for alignment (``委　　員``, ``会 長``) is one word.
_SPACED_ROLE = re.compile(
    r"(?<!\S)(?:"
    + "|".join(r"[ \t]*".join(w) for w in sorted(MEMBER_ROLE_WORDS, key=len, reverse=True))
    + r")(?=[\s(:]|$)"
)


# A name letter-spaced between list separators (「、 宇 野 　 真 澄 （会長）、」): however
# wide its inner gaps, the separators part the names, so the run is one name.
_LIST_SEP = re.compile(r"[、,，/／;；]")
# Two words (family, given) between separators are one name too (「、 宇野   真澄 、」).
_SPACED_NAME = re.compile(
    r"(?:(?<=^)|(?<=[\s、,，/／;；]))"
    r"(?:[\u3400-\u9fff々ヶ](?: {1,3}[\u3400-\u9fff々ヶ]){2,9}"
    r"|[\u3400-\u9fff々ヶ]{1,4} {2,4}[\u3400-\u9fff々ヶ]{1,4})"
    r"(?=\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:[、,，/／;；\n]|$))"
)


# A role word with a colon after a name opens the next entry.
_ROLE_COLON = re.compile(
    r"(?<=[^\s、,:：])\s+(?=(?:"
    + "|".join(sorted(map(re.escape, MEMBER_ROLE_WORDS), key=len, reverse=True))
    + r")\s*[:：])"
)


def split_people(text: str) -> list[str]:
    """Split an attendance fragment into raw entries (role words still attached)."""
    entries: list[str] = []
    if "\n" in text:
        text = _PADDED_GIVEN.sub(r"\1\2", text)
    text = _SPACED_ROLE.sub(lambda m: compact(m.group()), text)
    if _LIST_SEP.search(text):
        text = _SPACED_NAME.sub(lambda m: compact(m.group()), text)
    if ":" in text or "：" in text:
        text = _ROLE_COLON.sub("、", text)  # 「会長：岩城達也　副会長：砂川美保」
    text = _IN_BRACKETS.sub(lambda m: m.group().translate(_HIDE), text)
    chunks = [c.strip().translate(_SHOW) for c in _SEPARATORS.split(text) if c.strip()]
    chunks = _join_single_chars(chunks)
    for chunk in chunks:
        for piece in _AFTER_ROLE.split(chunk.strip()):
            if piece.strip():
                entries.extend(name_run(piece.strip()))
    return _split_whole_names(entries)


_WHOLE_NAME = re.compile(r"^[\u3400-\u9fff々ヶ]{3,6}$")
# A line of one member whose one-character given name is padded to the column:
# 「今泉　　剛」 (not 「黛　　麻衣」, whose family name is the single character).
_PADDED_GIVEN = re.compile(
    r"^(\s*[\u3400-\u9fff々ヶ]{2,3})\s+([\u3400-\u9fff々ヶ])\s*$", re.MULTILINE
)


def _split_whole_names(chunks: list[str]) -> list[str]:
    """「成瀬亘 宗像恵」 in a list whose other names are printed without a space: the space
    parts two whole names (names of three or more characters each), not family and given."""
    bare = [_PAREN.sub("", c).strip() for c in chunks]
    unspaced = sum(1 for b in bare if _WHOLE_NAME.match(b))
    spaced = [b for b in bare if " " in b]
    if unspaced < 2 or any(
        len(b.split()) != 2 or not all(_WHOLE_NAME.match(w) for w in b.split()) for b in spaced
    ):
        return chunks
    out: list[str] = []
    for chunk, b in zip(chunks, bare, strict=True):
        out.extend(chunk.split() if " " in b and " " not in chunk.replace(b, "") else [chunk])
    return out


def _join_single_chars(chunks: list[str]) -> list[str]:
    """A one-character chunk is half a name spaced for alignment: the family name before
    the given name (``黛　　麻衣``), or the given name after the family name when a role
    or nothing follows it (``井 上 　 恵`` then ``委 員 …``)."""
    out: list[str] = []
    for i, chunk in enumerate(chunks):
        nxt = chunks[i + 1] if i + 1 < len(chunks) else ""
        given = (
            len(chunk) == 1
            and _CJK_CHAR.match(chunk)
            and out
            and _FAMILY_NAME.match(out[-1].split()[-1] if out[-1].split() else "")
            and (not nxt or nxt.startswith(MEMBER_ROLE_WORDS))
        )
        if given:
            out[-1] += chunk
        elif out and len(out[-1]) == 1 and _CJK_CHAR.match(out[-1]) and _NAME_START.match(chunk):
            out[-1] += chunk
        else:
            out.append(chunk)
    return out


_FAMILY_NAME = re.compile(r"^[\u3400-\u9fff々ヶ]{1,3}$")


_CJK_CHAR = re.compile(r"^[\u3400-\u9fff々ヶ]$")
_NAME_START = re.compile(r"^[\u3400-\u9fff々ヶ\u3040-\u30ff]")
_NOTE_END = re.compile(r"[)）]$")


def name_run(piece: str) -> list[str]:
    """Names in a run separated by single spaces: 「甲斐田 正樹 鶴岡 真澄」.

    A bracket closes a name (「神林 亮介(会長) 三ツ矢 葵」) and a role word stands between
    names.  In each stretch, a word of one or two characters is half a name, so the words
    pair up as family and given name; a stretch of longer words lists whole names
    (「浜岡直樹 鷲尾紗希」).  Two words are one name as before; an odd stretch of short words
    is left as it is (unsure)."""
    words = piece.split()
    if len(words) < 3 or all(len(_PAREN.sub("", w)) == 1 for w in words):
        return [piece]  # one name, or one name letter-spaced (「杉 浦 千 秋」)
    if any(len(w) > 2 and w.endswith(_UNIT_HEAD_TITLES) for w in words[:-1]):
        return [piece]  # 「区 総務部長 菅原 伸」: an official's title and name, one entry
    stretches: list[list[str]] = [[]]
    for word in words:
        if compact(word) in MEMBER_ROLE_WORDS:
            stretches.append([word])
            stretches.append([])
            continue
        stretches[-1].append(word)
        if _NOTE_END.search(word):
            stretches.append([])
    names: list[str] = []
    for part in (p for p in stretches if p):
        bare = [_PAREN.sub("", w) for w in part]
        if len(part) <= 2:
            names.append(" ".join(part))
        elif any(len(w) <= 2 for w in bare) and len(part) % 2 == 0:
            names += [f"{a} {b}" for a, b in zip(part[::2], part[1::2], strict=True)]
        elif all(len(w) >= 3 for w in bare):
            names += part
        else:
            names.append(" ".join(part))
    return names


_COUNCIL_TITLES = MEMBER_TITLES + CHAIR_TITLES
# The titles of a unit's head, printed after the unit (総務部長, 市民課長, 住民係長).
_UNIT_HEAD_TITLES = ("課長", "部長", "局長", "室長", "係長", "所長", "館長", "課長補佐")


def is_staff_entry(entry: str) -> bool:
    """An attendance entry that names an official (``武藤総務課長``) rather than a member."""
    s = compact(_PAREN.sub("", entry))
    if s.endswith(_COUNCIL_TITLES):
        return False
    # the title before the name: 「保育幼稚園課　課長　村瀬」, 「係長　桐生」
    return s.endswith(STAFF_TITLES) or bool(_TITLE_THEN_NAME.search(s))


# (a title of two or more characters at the start or after the unit it heads: 課長, 係長,
# 主査 — never a part of a surname such as 乙部 or 長谷部)
_TITLE_THEN_NAME = re.compile(
    r"(?:^|(?<=[課局室部係所館]))(?:"
    + "|".join(
        re.escape(t)
        for t in STAFF_TITLES
        if len(t) >= 2 and not t.endswith(("課", "員", "者", "関"))
    )
    + r")[\u3400-\u9fff々ヶ\u3040-\u30ff]{1,5}$"
    # the unit's name run into its head's title, then the name: 「総務課長　柳田 和也」
    + r"|^[\u3400-\u9fff々ヶ\u3040-\u30ff]{1,12}[課部局室係]長(?:補佐)?"
    + r"[\u3400-\u9fff々ヶ\u3040-\u30ff]{2,5}$"
)


# The chair named in an attendance list: 「会長　秋津 みのり」, 「秋津 みのり（会長）」.
_NAME = r"([^\s、,()（）:：]{1,6}(?: [^\s、,()（）]{1,5})?)"
_CHAIR_BEFORE = re.compile(rf"(?<![副長])会長\s*[:：]?\s*{_NAME}")
_CHAIR_AFTER = re.compile(rf"{_NAME}\s*[(（]会長[)）]")


def chairs_in(attendance: list[str], members: list[str]) -> list[str]:
    """The members an attendance text names as the chair (会長, never 副会長)."""
    found = []
    for text in attendance:
        for m in (*_CHAIR_BEFORE.finditer(text), *_CHAIR_AFTER.finditer(text)):
            name = compact(m.group(1))
            if len(name) >= 2:
                found.extend(x for x in members if x.startswith(name) or name.startswith(x))
    return list(dict.fromkeys(found))


_PAREN_TEXT = re.compile(r"[(（]([^()（）]{1,12})[)）]")


@dataclass
class SpeakerContext:
    """What the header tells us about who is who, used to classify speaker labels."""

    members: list[str] = field(default_factory=list)
    # the members the attendance list names as the chair (「秋津みのり（会長）」), so that a
    # label of the name alone (「○秋津」) is the chair's
    chairs: list[str] = field(default_factory=list)
    secretariat_units: list[str] = field(default_factory=list)
    secretariat_entries: list[str] = field(default_factory=list)
    text: str = ""
    _unit_cache: dict[str, str | None] = field(default_factory=dict)
    _role_cache: dict[str, str] = field(default_factory=dict)

    def is_member_name(self, label: str) -> bool:
        """``竹前`` or ``竹前榮二`` as a bare label matches a listed member."""
        label = compact(label)
        return len(label) >= 2 and any(m.startswith(label) for m in self.members)

    def role(self, label: str) -> str:
        """Classify a speaker label as chair, member, secretariat, department or unknown."""
        if label not in self._role_cache:
            self._role_cache[label] = self._role(label)
        return self._role_cache[label]

    def _role(self, label: str) -> str:
        s = compact(_PAREN.sub("", label)) or compact(label)
        if not s:
            return "unknown"
        if s.endswith(MEMBER_TITLES[1:]):
            return "member"
        if s.endswith(CHAIR_TITLES):
            return "chair"
        if s.endswith("委員") or s in ("委員", "各委員"):
            return "member"
        if self.is_secretariat(s):
            return "secretariat"
        if s.endswith(STAFF_TITLES) or s.endswith("長") or _UNIT_LABEL.search(s):
            return "department"
        if self.is_member_name(s):
            return "chair" if any(c.startswith(s) for c in self.chairs) else "member"
        inner = _PAREN_TEXT.search(label)
        if inner and compact(inner.group(1)) != s:
            return self._role(inner.group(1))  # 「平松（事務局）」: the bracket says who speaks
        return "unknown"

    def is_secretariat(self, label: str) -> bool:
        """Speaker belongs to the secretariat section named in the header.

        Labels carry a surname (``山根区政情報課長``) and OCR slips (情報公関係 for 情報公開係),
        so units are compared as suffixes of the title-less label allowing one wrong
        character for units of four or more characters.
        """
        if "事務局" in label:
            return True
        unit = _strip_title(label)
        if len(unit) < 2:
            return False
        if unit != label and self._standalone(unit, label):
            # The unit is printed on its own (教育総務課の野村です), so the label has no
            # surname: it must name a secretariat unit, not merely contain one (総務課).
            return any(sec == unit or sec.endswith(unit) for sec in self.secretariat_units)
        for sec in self.secretariat_units:
            if len(sec) >= 3 and sec in label:
                return True
        for entry in self.secretariat_entries:
            other = _strip_title(compact(entry))
            n = min(len(unit), len(other))
            if n < 3:
                continue
            allowed = 1 if n >= 4 else 0
            # Same length n, at most one slip: a Levenshtein distance <= 1 between strings
            # of equal length is a Hamming distance <= 1, without the quadratic table.
            if _mismatches(unit[-n:], other[-n:], allowed) <= allowed:
                return True
        return False

    def _standalone(self, unit: str, label: str) -> bool:
        """The unit is also printed without this label's title (住民福祉課の高橋です)."""
        sample = self.text[:_EVIDENCE_CHARS]
        return sample.count(unit) > sample.count(label)

    def unit_of(self, label: str) -> str | None:
        """Organisational unit of a speaker: ``三品保健予防課長`` -> ``保健予防課``."""
        if label in self._unit_cache:
            return self._unit_cache[label]
        inner = _PAREN_UNIT.search(label)
        # 実施機関(税務課) / 事務局(総務課): the bracket names the unit itself.
        result = inner.group(1) if inner else self._compute_unit(compact(_PAREN.sub("", label)))
        self._unit_cache[label] = result
        return result

    def _compute_unit(self, label: str) -> str | None:
        unit = _unit_part(label)
        if not unit or not _UNIT_SUFFIX.search(unit) or len(unit) < 2:
            return None
        if unit == label or self._standalone(unit, label):
            # A bare unit (市民課：…) has no title and so no surname; or the unit is
            # also printed without this title (住民福祉課の高橋です).
            found = unit
        else:
            people = " ".join(self.members + self.secretariat_entries)
            found = strip_surname(unit, self.text[:_EVIDENCE_CHARS], people)
        return None if found in _GENERIC_UNITS else found


def _strip_title(label: str) -> str:
    """Remove the trailing title, keeping the unit word (課長 -> 課)."""
    if not label.endswith(_TITLES):
        return label[:-1] if label.endswith("長") and len(label) > 2 else label
    for title, keep in _TITLE_TO_UNIT:
        if label.endswith(title):
            return label[: -len(title)] + keep
    if label.endswith("長") and len(label) > 2:
        return label[:-1]
    return label


_TITLES = tuple(title for title, _keep in _TITLE_TO_UNIT)


def _unit_part(label: str) -> str:
    """Unit with surname still attached: ``町田消費者センター所長`` -> ``町田消費者センター``."""
    return _strip_title(label)


_KANJI_THEN_KANA = re.compile(r"^[\u4e00-\u9fff々]{1,4}(?=[\u3040-\u30ffA-Za-z])")


def strip_surname(unit: str, text: str, people: str = "") -> str:
    """Drop the surname in front of a unit name.

    The unit is the longest suffix that also occurs in the document on its own (e.g.
    ``保健予防課長の三品です``), i.e. more often than it occurs after the surname's last
    character.  Without such evidence a surname of kanji followed by a kana unit name is
    cut at the script change, and otherwise two characters (the commonest surname length)
    are assumed for units long enough to hold both.
    """
    for i in range(1, min(5, len(unit) - 1)):
        cand = unit[i:]
        if len(cand) < 3:
            break  # 務課 is in 総務課 as well as in 税務課: too short to be evidence
        if text.count(cand) > text.count(unit[i - 1] + cand):
            return cand
    m = _KANJI_THEN_KANA.match(unit)
    # 子育て支援課 is no surname + unit: with a list of people, the kanji must be a surname.
    if m and len(unit) - m.end() >= 2 and (not people or _bears(people, unit[: m.end()])):
        return unit[m.end() :]
    # A surname is cut only when a listed person bears it (attendance, secretariat);
    # a label such as 情報政策課長 has no name in front and stays whole.
    for i in (2, 3, 1):
        if len(unit) - i >= 2 and _bears(people, unit[:i]):
            return unit[i:]
    return unit


def _bears(people: str, surname: str) -> bool:
    """A listed person's name starts with ``surname``."""
    return any(name.startswith(surname) for name in people.split())


def _mismatches(a: str, b: str, limit: int) -> int:
    """Differing positions of two equal-length strings, counted up to ``limit + 1``."""
    found = 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            found += 1
            if found > limit:
                break
    return found


def units_in(text: str) -> list[str]:
    """Organisational units in a 事務局 cell: ``政策経営部区政情報課`` -> both parts."""
    found = re.findall(
        r"[^\s、,・/()（）]+?(?:部|局|課|室|係|"
        r"センター)",
        compact(_PAREN.sub("", text)),
    )
    return [u for u in found if len(u) >= 2]
