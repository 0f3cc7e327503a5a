"""HTML minutes to plain text with the line structure the text parser expects.

Only the standard library's :mod:`html.parser` is used: published minutes pages are simple
(a header ``<table>`` and ``<p>`` paragraphs), and a tolerant tokenizer copes with the
unclosed tags municipal CMSs produce.  Cells become tab-separated so the header table reads
exactly like the tab-separated tables of PDF extracts.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_HINT = re.compile(r"<(?:!doctype|html|body|table|tr|td|div|p|br)\b", re.IGNORECASE)
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


def looks_like_html(text: str) -> bool:
    """A whole HTML document, as opposed to extracted text with a few stray ``<p>`` tags.

    PDF/CMS extracts keep stray paragraph tags inside otherwise tab-structured text; that
    text must not go through the HTML path, which would flatten its tab table.  So only a
    document that opens with a tag, or that holds a real table, counts as HTML.
    """
    head = text[:4000].lstrip()
    if head.startswith("<") and _HTML_HINT.search(head):
        return True
    return bool(
        re.search(r"<table\b", text[:20000], re.IGNORECASE)
        and re.search(r"<t[dh]\b", text[:20000], re.IGNORECASE)
    )


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self.parts.append("\t")
        elif tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            # Source newlines inside a paragraph are just HTML formatting.
            self.parts.append(re.sub(r"\s*\n\s*", " ", data))


def html_to_text(text: str) -> str:
    """Convert HTML to text: breaks for block tags, tabs between table cells."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    lines = []
    for line in "".join(parser.parts).split("\n"):
        line = line.strip(" ")
        if line.strip():
            lines.append(line.rstrip())
        elif lines and lines[-1]:
            lines.append("")
    return "\n".join(lines)
