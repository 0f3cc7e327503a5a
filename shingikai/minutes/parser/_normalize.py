"""Text clean-up shared by every stage: character widths, stray tags, page markers, wrapping.

Minutes reach us as text extracted from PDF or HTML by someone else's tool, so the same
document can show ``（`` or ``(``, ``会 議 名`` or ``会議名``, a sentence broken over two lines
with a blank line between, and ``-3-`` page footers in the middle of a speech.  Everything
here is line based and uses simple, linear regular expressions so a 10 MB file stays fast.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Full-width ASCII (！ to ～) maps to ASCII; a few look-alikes are folded too.  One character
# to one character (or deletion), so nothing else in a line moves.
_WIDTH_TABLE: dict[int, int | None] = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update(
    {
        0x3000: 0x20,  # ideographic space
        0x00A0: 0x20,  # no-break space (HTML &nbsp;)
        0x301C: ord("~"),  # wave dash 〜
        0x2212: ord("-"),  # minus sign
        0x2010: ord("-"),  # hyphen
        0x2013: ord("-"),  # en dash
        0xFF65: ord("・"),  # half-width middle dot
        0xFEFF: None,  # BOM / zero-width no-break space
        0x200B: None,  # zero-width space
        0x200E: None,
        0x200F: None,
        0x000C: ord("\n"),  # form feed: a page break in pdftotext output
    }
)
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in _WIDTH_TABLE) + "]+")
_HALFWIDTH_KANA = re.compile(r"[\uff61-\uff64\uff66-\uff9f]+")

# Only ASCII-named tags are treated as HTML, so ``<審議会意見>`` and ``<結論>`` survive.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|div|li|ul|ol|tr|table|tbody|thead|h[1-6]|section|article|dd|dt|dl)\b[^<>]*>",
    re.IGNORECASE,
)
_CELL_TAG = re.compile(r"</?(?:td|th)\b[^<>]*>", re.IGNORECASE)

CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\u3006\uf900-\ufaff"
# One-character list numbers of the enclosed forms, used as 「(1)」 is: ① ⑴ ⒈ ❶ ➀ ㉑ ㊱.
NUMBER_FORMS = "\u2460-\u249b\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
# A run of single CJK characters separated by single spaces (``会 議 経 過``) bounded by
# whitespace, brackets or line ends.  Names such as ``川合 敏樹`` have two-character parts
# and are left alone here (names lose their spaces in _names instead).
_LETTER_SPACED = re.compile(rf"(?<![^\s\[【(「:・])[{CJK}](?: [{CJK}])+(?![^\s\]】)」:・])")
# What a letter-spaced run needs, as a pattern opening with a character class (see the hints
# below): the pattern above opens with a look-behind, tried at every position of a line.
_LETTER_SPACED_HINT = re.compile(rf"[{CJK}] [{CJK}]")
_PAGE_MARKER = re.compile(
    r"^\s*(?:[-—―‐ー~]\s*\d{1,4}\s*[-—―‐ー~]"
    r"|(?:ページ|頁|page|p\.?)\s*\d{1,4}(?:\s*/\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:ページ|頁)"
    r"|\d{1,4}\s*/\s*\d{1,4})\s*$",
    re.IGNORECASE,
)
# 「しずく町審議会 要録　　　1/3」: a running header with its page number after a gap.
TRAILING_PAGE = re.compile(
    r"^\s*(\S.*?)\s{2,}(?:-\s*\d{1,4}\s*-|\d{1,4}\s*/\s*\d{1,4}|\d{1,4}\s*(?:ページ|頁))\s*$"
)
# Spaces that PDF extraction puts between a counter word and its number (第 480 号).
_NUM_SPACE_BEFORE = re.compile(r"(?<!次第)(?<=[第令平昭]) +(?=\d)|(?<=令和|平成|昭和) +(?=\d|元)")
_NUM_SPACE_AFTER = re.compile(r"(?<=\d)\s+(?=[号回期年月日時分条項件名階歳週度])")
# What each pattern above needs, as patterns that open with a character class: the regex
# engine skips ahead to such a character, where one opening with a lookbehind tries every
# position (the two substitutions were a quarter of clean_body_lines on a bulk import).
_NUM_SPACE_BEFORE_HINT = re.compile(r"[第令平昭和成] ")
_NUM_SPACE_AFTER_HINT = re.compile(r"\d\s+[号回期年月日時分条項件名階歳週度]")
_BOLD = re.compile(r"^\*\*+|\*\*+$")
_SPACES = re.compile(r"[ \t]+")

# Inline structure that flattening glued onto one line: a speaker after a full stop,
# a section number after a full stop, bullet marks and answer arrows.
_INLINE_SPLIT = re.compile(
    r"(?<=[。?？])\s*(?=[○〇◯][^\s「」()、。]{1,20}\s)"
    r"|(?<=[。?？)])\s+(?=\(\d{1,2}\)\s)"
    r"|\s+(?=[●■◆]\s)"
    r"|(?<=[。?？])\s*(?=[→⇒●])"
    # 「…か。【各委員】 異議なし。」: a bracketed speaker after a full stop, in a 要録 paragraph
    # (or a decision tag, words run into it: 「…明記する。【結論】承認（附帯意見あり）…」 — not
    # 【意見】, which in a Q&A summary is a member's remark)
    r"|(?<=[。?？])\s*(?=【[^【】\s]{1,20}】\s"
    r"|【(?:結論|審議結果|審議の結果|答申|結果|附帯意見|付帯意見|附帯条件|付帯条件|付した条件)】)"
    # 「…したい。 (「異議なし」の声あり) 審議の結果、…」: the floor's answer inside a 要録 line
    r"|(?<=[。?？])\s*(?=\(「[^」]{1,12}」[^()]{0,8}\)\s*\S)"
)

# Every split point above is followed (after any spaces) by one of these marks, standing
# right after a space or a 。?？): a cheap test before the split, which tries its four
# lookbehinds at every position of the line. The mark is matched first and what precedes
# it checked after, so the engine skips ahead to the marks.
_INLINE_HINT = re.compile(r"[○〇◯●■◆→⇒(【](?<=[。?？)\s].)")

TERMINAL = "。．.!！?？」』)）】〕]>:：…"


def normalize_chars(text: str) -> str:
    """Fold widths and newlines so later regexes only need one spelling of each symbol."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # str.translate looks every character up in the table; only runs of characters that
    # need folding are translated (a few per cent of a Japanese text): 4-10x faster.
    text = _FOLDABLE.sub(lambda m: m.group().translate(_WIDTH_TABLE), text)
    return _HALFWIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def tags_to_breaks(text: str) -> str:
    """Turn stray HTML block tags into line breaks and table cells into tabs, drop the rest."""
    if "<" not in text and "&" not in text:
        return text  # most lines: three regex passes saved per line
    text = _BLOCK_TAG.sub("\n", text)
    text = _CELL_TAG.sub("\t", text)
    return _TAG.sub("", text).replace("&nbsp;", " ").replace("&amp;", "&")


def strip_tags(text: str) -> str:
    """Remove tags entirely (used inside header cells where breaks would split a row)."""
    return _TAG.sub(" ", text) if "<" in text else text


def collapse_letter_spacing(text: str) -> str:
    """``会 議 経 過`` -> ``会議経過``; numbers spaced by PDF extraction are rejoined too."""
    if " " not in text and "\t" not in text and "\n" not in text:
        return text  # every pattern here removes whitespace
    if _LETTER_SPACED_HINT.search(text):
        text = _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), text)
    if _NUM_SPACE_BEFORE_HINT.search(text):
        text = _NUM_SPACE_BEFORE.sub("", text)
    return _NUM_SPACE_AFTER.sub("", text) if _NUM_SPACE_AFTER_HINT.search(text) else text


def compact(text: str) -> str:
    """Drop all whitespace: labels and names compare equal however they were spaced."""
    return "".join(text.split())


_KEY_DROP = re.compile(r"[\s「」『』\"'“”()\[\]【】〔〕<>・、。,.:;!?~\-*]+")
# Dropped from the end, however often repeated. No tail ends another, so peeling them off
# from the right removes what an anchored (?:…)+$ would, without the regex trying every
# position of the title (title_key runs on most body lines).
_KEY_TAILS = ("について", "に関して", "に関すること", "の件", "の確認")


def title_key(text: str) -> str:
    """Comparison key for titles: no spaces, brackets, punctuation or ``について`` tail."""
    key = _KEY_DROP.sub("", text)
    while key.endswith(_KEY_TAILS):
        key = next(key[: -len(t)] for t in _KEY_TAILS if key.endswith(t))
    return key


def is_page_marker(line: str) -> bool:
    """``-1-``, ``- 1 -``, ``ページ 1``, ``1/12`` alone on a line are page furniture."""
    line = line.strip()  # a footer centred with spaces is still a page marker
    return len(line) < 24 and bool(_PAGE_MARKER.match(line))


@dataclass
class Line:
    """One body paragraph after clean-up; ``indent`` keeps leading spaces for bullet nesting."""

    text: str
    indent: int = 0


def clean_body_lines(raw_lines: Iterable[str]) -> list[Line]:
    """Normalise body lines: tags, page markers, letter spacing, inline splits, spaces."""
    out: list[Line] = []
    for raw in raw_lines:
        for piece in tags_to_breaks(raw).split("\n"):
            stripped = piece.rstrip()
            if not stripped.strip() or is_page_marker(stripped):
                out.append(Line("", 0))
                continue
            indent = len(stripped) - len(stripped.lstrip(" \t"))
            text = stripped.strip()
            if "**" in text:  # each regex pass below only where it can change something
                text = _BOLD.sub("", text).strip()
            if "\t" in text or "  " in text:
                text = _SPACES.sub(" ", text)
            text = collapse_letter_spacing(text)
            parts = _INLINE_SPLIT.split(text) if _INLINE_HINT.search(text) else [text]
            for i, part in enumerate(parts):
                part = part.strip()
                if part:
                    out.append(Line(part, indent if i == 0 else 0))
    return out


def _ends_sentence(text: str) -> bool:
    return not text or text[-1] in TERMINAL


def join_wrapped(
    lines: list[Line],
    starts_block: Callable[[Line], bool],
    is_heading: Callable[[Line], bool],
    continues_heading: Callable[[Line, Line], bool] = lambda _h, _n: False,
) -> list[Line]:
    """Join lines broken mid-sentence, even across blank lines and removed page markers.

    A line is glued to the previous paragraph when that paragraph does not end a sentence,
    is not a heading, and the line itself does not start a new block (speaker, bullet,
    heading).  A heading is continued only when ``continues_heading`` says so (its title
    is cut short).  A very short hiragana fragment after a bullet mark (``- か。``) is treated as
    the tail of the previous bullet: PDF extraction sometimes repeats the bullet on the
    wrapped line.
    """
    out: list[Line] = []
    for line in lines:
        if not line.text:
            continue
        if out:
            prev = out[-1]
            fragment = _bullet_fragment(line.text)
            joinable = (
                not _ends_sentence(prev.text)
                and not is_heading(prev)
                and not _table_row(prev.text)
                and not _table_row(line.text)
            )
            if joinable and fragment is not None:
                prev.text = _glue(prev.text, fragment)
                continue
            if joinable and not starts_block(line):
                prev.text = _glue(prev.text, line.text)
                continue
            if not _ends_sentence(prev.text) and continues_heading(prev, line):
                prev.text = _glue(prev.text, line.text)  # a heading wrapped mid-title
                continue
        out.append(Line(line.text, line.indent))
    return out


def _table_row(text: str) -> bool:
    """A pipe-table row is a line of its own: never glued to the text around it."""
    return text.startswith("|") and text.rstrip().endswith("|")


_FRAGMENT = re.compile(r"^[-・]\s*([\u3040-\u309f][^\s]{0,5})$")


def _bullet_fragment(text: str) -> str | None:
    m = _FRAGMENT.match(text)
    return m.group(1) if m else None


def _glue(left: str, right: str) -> str:
    """Japanese lines join without a space; two Latin words keep one."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


# A quotation is never cut: 「…こと。」を付して承認する。 is one sentence.
# A quoted sentence ending 「…。」 before a space or a new mark ends the sentence too (what
# follows, 「(3) 報告事項 …」, starts the next one); 「…。」と述べた continues it.
_QUOTE_END = re.compile(r"(?<=[。？?！!]」)(?=\s|[(【〔○◯●■◆◇□])")
_SENTENCE = re.compile(
    r"(?:「[^」\n]*(?:」|$)|『[^』\n]*(?:』|$)|[^。？?！!\n「『])+[。？?！!]*|[。？?！!]+"
)


def sentences(text: str) -> list[str]:
    """Split Japanese text into sentences, keeping the terminating mark."""
    # The split looks behind a closing 」 at every position: only where one stands.
    chunks = _QUOTE_END.split(text) if "」" in text else (text,)
    return [s.strip() for chunk in chunks for s in _SENTENCE.findall(chunk) if s.strip()]
