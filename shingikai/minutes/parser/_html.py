"""HTML minutes to plain text with the line structure the text parser expects.

Only the standard library's :mod:`html.parser` is used: published minutes pages are simple
(a header ``<table>`` and ``<p>`` paragraphs), and a tolerant tokenizer copes with the
unclosed tags municipal CMSs produce.  Cells become tab-separated so the header table reads
exactly like the tab-separated tables of PDF extracts.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

from ._layout import is_label
from .lexicon import SPEAKER_MARKS

_HTML_HINT = re.compile(r"<(?:!doctype|html|body|table|tr|td|div|p|br)\b", re.IGNORECASE)
_DOCUMENT_TAG = re.compile(r"<(?:!doctype|html|body|head)\b", re.IGNORECASE)
_BREAK_TAGS = frozenset(
    {
        "p",
        "br",
        "div",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "dd",
        "dt",
        "dl",
        "blockquote",
        "pre",
        "hr",
        "caption",
        "thead",
        "tbody",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "head", "noscript", "template"})
# Inline elements a page may set a speaker's name in, glued to the words that follow
# (「<li><span class="speaker">加治委員</span>児童の…</li>」).
_INLINE_LABEL_TAGS = frozenset({"span", "strong", "b", "em", "label", "dfn", "cite"})
_SPEAKER_CLASS = re.compile(r"speaker|talker|hatsugen|person|name", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """A whole HTML document, as opposed to extracted text with a few stray ``<p>`` tags.

    PDF/CMS extracts keep stray paragraph tags inside otherwise line-structured text; that
    text must not go through the HTML path, which joins source lines and would flatten
    its tab table and its turns.  So a document counts as HTML when it holds a real table,
    or opens with a tag and either declares itself (doctype, ``<html>``, ``<body>``) or
    has tags on most of its lines.
    """
    head = text[:20000]
    if re.search(r"<table\b", head, re.IGNORECASE) and re.search(r"<t[dh]\b", head, re.IGNORECASE):
        return True
    start = head.lstrip()
    if not (start.startswith("<") and _HTML_HINT.search(start[:4000])):
        return False
    if _DOCUMENT_TAG.search(head):
        return True
    lines = [ln for ln in head.split("\n") if ln.strip()]
    tagged = sum(1 for ln in lines if "<" in ln and ">" in ln)
    return tagged * 2 >= len(lines)


# Site furniture around the minutes: navigation, breadcrumbs, side menus and the footer.
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
_FURNITURE_NAME = re.compile(
    r"(?:^|[\s_-])(?:footer|nav|navi|gnav|breadcrumbs?|pankuzu|topicpath|sidebar|sidemenu|menu)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)


# A header's label cell: 「議題」, 「出席委員」, 「公開・非公開」.
_LABEL_CELL_CHARS = 12


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._furniture: list[str] = []  # open furniture element names (nesting counted)
        # In a value cell beside a short label cell, paragraphs are the cell's lines:
        # 「議題<TAB>(諮問事項)」 and the entries under it stay one row, as a cell's <br>
        # lines do. (A page laid out in a table keeps its paragraphs apart.)
        self._cell: list[list] = []  # per open cell: [joins paragraphs, chars of text]
        self._last_cell_chars: int | None = None  # the row's previous cell, if any
        # Lists open around the data: an ordered list's entries shown so far, None for <ul>.
        self._lists: list[int | None] = []
        # An inline element opening a line: (tag, where its text starts in parts, speaker
        # class?) while it is open.
        self._inline: list[tuple[str, int, bool]] = []
        self._after_term = False  # a <dt> just closed: its <dd> goes on the same line
        # Per open table: a column's remaining rows under a cell spanning down
        # (``rowspan``), and the column the row has reached.
        self._grids: list[_Grid] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._furniture:
            if tag == self._furniture[0]:
                self._furniture.append(tag)
            return
        names = " ".join(v or "" for k, v in attrs if k in ("id", "class"))
        named = tag in ("div", "ul", "ol", "section") and _FURNITURE_NAME.search(names)
        if tag in _FURNITURE_TAGS or named:
            self._furniture.append(tag)
        elif tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in ("td", "th"):
            self._enter_cell(attrs)
            prev = self._last_cell_chars
            self._cell.append([prev is not None and 0 < prev <= _LABEL_CELL_CHARS, 0])
        elif self._joins_paragraphs() and tag in ("p", "div"):
            if self._cell[-1][1]:
                self.parts.append("\n")
        elif tag == "tr":
            self._last_cell_chars = None
            if self._grids:
                self.parts.append(self._grids[-1].next_row())
            self.parts.append("\n")
        elif tag == "table":
            self._grids.append(_Grid())
            self.parts.append("\n")
        elif tag == "dd" and self._after_term:
            self._after_term = False  # 「結果：附帯意見を付して承認」: the term's value beside it
        elif tag == "li":
            # A list entry keeps its bullet, or the number a browser shows before it (an
            # ordered list), and the entries of one list stay together (no blank line
            # between them), as an agenda typed as a list would.
            if self._lists and self._lists[-1] is not None:
                self._lists[-1] += 1
                self.parts.append(f"\n{_LIST_NUMBER}{self._lists[-1]} ")
            else:
                self.parts.append("\n・")
        elif tag in ("ol", "ul"):
            self._lists.append(_list_start(attrs) if tag == "ol" else None)
            self.parts.append("\n")
        elif tag in _BREAK_TAGS:
            self.parts.append("\n")
        elif tag in _INLINE_LABEL_TAGS and self._at_line_start():
            self._inline.append((tag, len(self.parts), bool(_SPEAKER_CLASS.search(names))))

    def _enter_cell(self, attrs: list[tuple[str, str | None]]) -> None:
        """A row under a cell spanning down gets an empty cell in that column, so its value
        reads as the spanning label's continuation row (「出席委員」 over three rows of
        names: ``\t副会長 …``), as a tab-led row of a text table does."""
        if not self._grids:
            return
        grid = self._grids[-1]
        self.parts.append(grid.fill())
        rows = dict(attrs).get("rowspan") or "1"
        grid.enter(int(rows) if rows.isdigit() else 1, len(self.parts))

    def _at_line_start(self) -> bool:
        """Nothing but spaces or a bullet since the last line break."""
        for part in reversed(self.parts):
            before, _, tail = part.rpartition("\n")
            if tail.strip(" \t\u3000・"):
                return False
            if "\n" in part:
                return True
        return True

    def _close_inline_label(self, tag: str) -> None:
        """A speaker's name set in its own inline element gets the colon a typed label has,
        so 「加治委員児童の…」 does not read as one word."""
        opened, start, speaker_class = self._inline.pop()
        if opened != tag:
            return
        label = "".join(self.parts[start:]).strip(" \t\u3000")
        if label and (speaker_class or _speaker_label(label)) and len(label) <= 24:
            bracketed = label[0] in "「『(（【[<〈《" and label[-1] in "」』)）】]>〉》"
            if label[-1] not in "：:" and not bracketed:
                # the list's bullet and the label's own mark go: 「加治委員：」 as typed
                self.parts[start:] = [label.lstrip(SPEAKER_MARKS + "・ \u3000") + "："]
                if start and self.parts[start - 1].endswith("\n・"):
                    self.parts[start - 1] = self.parts[start - 1][:-1]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAK_TAGS and not self._furniture:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._furniture:
            if tag == self._furniture[0]:
                self._furniture.pop()
            return
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            if self._grids:
                self._grids[-1].leave(self.parts)
            self._last_cell_chars = self._cell.pop()[1] if self._cell else None
            self.parts.append("\t")
        elif tag == "li":
            return  # the next entry or the end of the list breaks the line
        elif tag == "dt":
            self.parts.append("：")
            self._after_term = True
        elif tag in _INLINE_LABEL_TAGS and self._inline:
            self._close_inline_label(tag)
        elif tag in ("ol", "ul"):
            if self._lists:
                self._lists.pop()
            self.parts.append("\n")
        elif tag == "tr" and self._grids:
            self.parts.append(self._grids[-1].fill())  # covered columns after its last cell
            self.parts.append("\n")
        elif tag == "table":
            if self._grids:
                self.parts.append(self._grids.pop().next_row())
            self.parts.append("\n")
        elif self._joins_paragraphs() and tag in ("p", "div"):
            return  # the cell's next paragraph or its end breaks the line
        elif tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._furniture:
            # Source newlines inside a paragraph are just HTML formatting.
            text = re.sub(r"\s*\n\s*", " ", data)
            if self._after_term and not text.strip():
                return  # the source's gap between a <dt> and its <dd>
            self.parts.append(text)
            if self._cell:
                self._cell[-1][1] += len(text.strip())

    def _joins_paragraphs(self) -> bool:
        return bool(self._cell) and self._cell[-1][0]


class _Grid:
    """Which columns of a table the current row finds covered by a cell above it, and what
    that cell holds."""

    def __init__(self) -> None:
        self.covered: dict[int, list] = {}  # column -> [rows still under it, its text]
        self.col = 0
        self.spanning: tuple[int, int] | None = None  # (column, where its text starts)

    def next_row(self) -> str:
        """What the row just ended still owes (covered columns after its last cell); then
        the next row begins."""
        owed = self.fill()
        self.covered = {c: [n - 1, t] for c, (n, t) in self.covered.items() if n > 1}
        self.col = 0
        return owed

    def fill(self) -> str:
        """The covered columns from here to the next free one: the first column stays an
        empty cell, so the row reads as the continuation of the label above (「出席委員」 over
        three rows of names: ``\t副会長 …``); a later column repeats the spanning cell's
        text, the value every row under it shares (one 担当課 over two items)."""
        out = []
        while self.covered.get(self.col, [0])[0] > 0:
            out.append("\t" if self.col == 0 else self.covered[self.col][1] + "\t")
            self.col += 1
        return "".join(out)

    def enter(self, rowspan: int, at: int) -> None:
        if rowspan > 1:
            self.covered[self.col] = [rowspan, ""]
            self.spanning = (self.col, at)
        self.col += 1

    def leave(self, parts: list[str]) -> None:
        if self.spanning is not None:
            col, at = self.spanning
            self.covered[col][1] = "".join(parts[at:]).strip()
            self.spanning = None


def _speaker_label(text: str) -> bool:
    """The text of an inline element is a speaker label as the text parser reads one (the
    page's text is not width-folded yet, and a mark may stand before it)."""
    return is_label(unicodedata.normalize("NFKC", text).lstrip(SPEAKER_MARKS + " "))


# Marks an ordered list's shown number until the entry's own text is known: an entry that
# prints its own ordinal (「<li>(1)前回会議録の確認</li>」) keeps only that one.
_LIST_NUMBER = "\ue010"
_OWN_ORDINAL = re.compile(
    rf"^{_LIST_NUMBER}\d+ (?=\s*(?:[(（]\s*\d|\d|[①-⑳]|[(（]?[アイウエオカキクケコ][)）.、 ]|第\d))"
)


def _list_start(attrs: list[tuple[str, str | None]]) -> int:
    """The count before an ordered list's first entry (``<ol start="3">`` shows 3 first)."""
    start = dict(attrs).get("start") or "1"
    return int(start) - 1 if start.isdigit() else 0


def html_to_text(text: str) -> str:
    """Convert HTML to text: breaks for block tags, tabs between table cells."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        if line.startswith(_LIST_NUMBER):
            line = _OWN_ORDINAL.sub("", line).replace(_LIST_NUMBER, "")
        line = line.strip(" ")
        if line.strip():
            lines.append(line.rstrip())
        elif lines and lines[-1]:
            lines.append("")
    return "\n".join(lines)


# The marks the converter puts before a list's entries (a <ul>'s 「・」, an <ol>'s number).
_GIVEN_MARK = re.compile(r"^(?:・|\d{1,3} )")


def without_unprinted_marks(opinions: list[str], page: str) -> list[str]:
    """Opinions as the page prints them: an entry of an HTML list carries the bullet or
    number the converter gave it, which the page's own text does not hold (a browser draws
    it), so such a mark goes; a mark typed into the text stays."""
    if not any(_GIVEN_MARK.match(line) for o in opinions for line in o.split("\n")):
        return opinions
    printed = _flat(html.unescape(re.sub(r"<[^>]*>", "", page)))
    out = []
    for opinion in opinions:
        lines = []
        for line in opinion.split("\n"):
            m = _GIVEN_MARK.match(line)
            if m and _flat(line) not in printed and _flat(line[m.end() :]) in printed:
                line = line[m.end() :]
            lines.append(line)
        out.append("\n".join(lines))
    return out


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())
