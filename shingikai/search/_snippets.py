"""Which entries of a found document to show, and the highlighted window of their text."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from shingikai.search._analysis import StoredEntry
from shingikai.search._query import Query
from shingikai.search._schema import FIELD_KIND, FIELD_WEIGHTS, KIND_FIELDS
from shingikai.search._tokenizer import Span, Term, display_form, match_spans

BEFORE = 40
WIDTH = 160


@dataclass
class Snippet:
    kind: str
    field: str
    html: SafeString
    text: str
    answer_html: SafeString | None = None
    answer_text: str | None = None

    @property
    def label(self) -> str:
        from shingikai.search._labels import FIELD_LABELS

        return str(FIELD_LABELS[self.field])


def _patterns(terms: list[Term], fallback: bool) -> list[tuple[object, float, list, str]]:
    """Each term as the padded strings its phrases make in a StoredEntry's token text."""
    patterns = []
    for n, term in enumerate(terms):
        words = [f" {' '.join(phrase)} " for phrase in term.phrases if phrase]
        grams = f" {' '.join(term.grams)} " if term.grams and (fallback or not term.words) else ""
        key = term.group if term.group >= 0 else ("term", n)
        patterns.append((key, term.weight, words, grams))
    return patterns


def matched(entry: StoredEntry, patterns: list) -> dict:
    """The concepts an entry has, each with the weight of its best alternative found."""
    words_text, grams_text = entry._texts()
    found: dict = {}
    for key, weight, words, grams in patterns:
        if any(w in words_text for w in words) or (grams and grams in grams_text):
            found[key] = max(found.get(key, 0.0), weight)
    return found


def choose(entries: list[StoredEntry], query: Query, *, kind: str | None, limit: int) -> list[int]:
    """Positions of the entries that best show why the document matched: the passages that
    cover most of the query (a question counts with its answer, and is shown with it)."""
    allowed = set(KIND_FIELDS[kind]) if kind else None
    patterns = _patterns(query.positive, query.fallback)
    found = [matched(e, patterns) if allowed is None or e.field in allowed else {} for e in entries]
    answered = {e.answer for e in entries if e.answer is not None}
    scored = []
    for position, entry in enumerate(entries):
        if allowed is not None and entry.field not in allowed:
            continue
        if position in answered and (allowed is None or "question" in allowed):
            continue  # counted with its question, which is shown with it
        covered = dict(found[position])
        if entry.answer is not None:
            for key, weight in found[entry.answer].items():
                covered[key] = max(covered.get(key, 0.0), weight)
        if covered:
            scored.append((-sum(covered.values()), -FIELD_WEIGHTS[entry.field], position))
    scored.sort()
    return [position for _score, _weight, position in scored[:limit]]


def _window(display: str, spans: list[Span]) -> tuple[int, int]:
    if not spans:
        return 0, min(len(display), WIDTH)
    start = max(0, spans[0].start - BEFORE)
    end = min(len(display), start + WIDTH)
    start = max(0, min(start, end - WIDTH))
    return start, end


def _keep_marker(display: str) -> str:
    """Show the publication marker as written (NFKC turns its （） into ASCII; same length)."""
    from shingikai.publication import MARKER

    normalized = unicodedata.normalize("NFKC", MARKER)
    return display.replace(normalized, MARKER) if normalized in display else display


def _literal_spans(lowered: str, literals: list[str]) -> list[Span]:
    spans = []
    for literal in literals:
        at = lowered.find(literal)
        while at >= 0:
            spans.append(Span(at, at + len(literal)))
            at = lowered.find(literal, at + len(literal))
    return merge(spans)


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping or touching spans as one: 特定個人情報 is marked whole, not as 特定, 個人
    and 情報 side by side."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda span: (span.start, -span.end)):
        if merged and span.start <= merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
            continue
        merged.append(span)
    return merged


def highlight(
    text: str, wanted: set[str], literals: list[str], *, analyse: bool = True
) -> tuple[SafeString, str]:
    """A window of the text around the first match, as HTML with <mark> and as plain text.

    The query's own words are looked for literally first (cheap, and what users expect to
    see marked); only where none occurs (a variant spelling matched: 申込み for 申し込み)
    is the text analysed to find the tokens that matched.
    """
    display = _keep_marker(display_form(text).replace("\r", ""))
    spans = _literal_spans(display.lower(), literals)
    if not spans and analyse:
        focus = display[: WIDTH * 3]
        spans = merge(match_spans(focus, wanted))
    start, end = _window(display, spans)
    pieces: list[str] = []
    position = start
    for span in spans:
        if span.end <= position or span.start >= end:
            continue
        begin = max(span.start, position)
        pieces.append(escape(display[position:begin]))
        pieces.append("<mark>" + escape(display[begin : min(span.end, end)]) + "</mark>")
        position = min(span.end, end)
    pieces.append(escape(display[position:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(display) else ""
    plain = prefix + display[start:end].replace("\n", " ") + suffix
    html = prefix + "".join(pieces).replace("\n", " ") + suffix
    return mark_safe(html), plain  # noqa: S308 - every piece of text was escaped above


def build(
    entries: list[StoredEntry],
    chosen: list[int],
    texts: dict[str, str],
    query: Query,
    marks: tuple[set[str], list[str]] | None = None,
) -> list[Snippet]:
    """`marks`: the query's (wanted_tokens(), literals()), when the caller has them."""
    wanted, literals = marks or (query.wanted_tokens(), query.literals())
    snippets = []
    for position in chosen:
        entry = entries[position]
        text = texts.get(entry.ref, "")
        if not text.strip():
            continue
        html, plain = highlight(text, wanted, literals)
        snippet = Snippet(kind=FIELD_KIND[entry.field], field=entry.field, html=html, text=plain)
        if entry.answer is not None:
            answer = entries[entry.answer]
            answer_text = texts.get(answer.ref, "")
            if answer_text.strip():
                # The answer is shown because of its question: mark it only where the
                # query's words occur literally.
                snippet.answer_html, snippet.answer_text = highlight(
                    answer_text, wanted, literals, analyse=False
                )
        snippets.append(snippet)
    return snippets


def refs_for(entries: list[StoredEntry], chosen: list[int]) -> list[str]:
    refs = []
    for position in chosen:
        refs.append(entries[position].ref)
        if entries[position].answer is not None:
            refs.append(entries[entries[position].answer].ref)
    return refs
