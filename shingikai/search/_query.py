"""Queries: the parsed user input, the filters, and their form for each backend.

Pure module (no Django). The user's query is parsed by `_tokenizer.parse_query` into terms;
every term must match (AND); a term matches as the phrase of its words or, inside unknown
words, as the phrase of its bigrams. Filters (facets and permissions) are tokens of the
hidden `meta` column, so both backends apply them inside the index.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shingikai.search._schema import KIND_FIELDS, shingles
from shingikai.search._tokenizer import Term, normalize, parse_query


@dataclass(frozen=True)
class Filters:
    """Facet values chosen by the user; None means any."""

    municipality: int | None = None
    fiscal_year: int | None = None
    ground: str | None = None
    outcome: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Access:
    """Which documents a user may see: any one of these meta tokens admits a document."""

    any_of: tuple[str, ...]

    @property
    def nothing(self) -> bool:
        return not self.any_of


@dataclass
class Query:
    text: str
    terms: list[Term]
    filters: Filters = field(default_factory=Filters)
    # Also match terms by their character bigrams: used when the words alone find too little.
    fallback: bool = False
    # Any positive term admits a document (plain-language queries); otherwise all must match.
    any_term: bool = False

    @classmethod
    def parse(cls, text: str, filters: Filters | None = None) -> Query:
        return cls(text=text, terms=parse_query(text), filters=filters or Filters())

    @property
    def positive(self) -> list[Term]:
        return [t for t in self.terms if not t.negated]

    @property
    def negative(self) -> list[Term]:
        return [t for t in self.terms if t.negated]

    @property
    def empty(self) -> bool:
        return not self.positive

    @property
    def can_fall_back(self) -> bool:
        return not self.fallback and any(t.grams for t in self.positive)

    def with_fallback(self) -> Query:
        return Query(
            text=self.text, terms=self.terms, filters=self.filters, fallback=True,
            any_term=self.any_term,
        )  # fmt: skip

    def wanted_tokens(self) -> set[str]:
        """Normalised forms (and, in a fallback, bigrams) to highlight in snippets."""
        wanted: set[str] = set()
        for term in self.positive:
            for phrase in term.phrases:
                wanted.update(phrase)
            if self.fallback:
                wanted.update(term.grams)
        return wanted

    def literals(self) -> list[str]:
        """Strings to mark in snippets: each term as typed, and its words (longest first)."""
        found: set[str] = set()
        for term in self.positive:
            typed = "".join(normalize(term.text).split())
            if typed:
                found.add(typed)
            for phrase in term.phrases:
                found.update(w for w in phrase if len(w) > 1 or not w.isascii())
        return sorted(found, key=len, reverse=True)

    def facet_tokens(self) -> list[str]:
        from shingikai.search import _schema as s

        f = self.filters
        tokens = []
        if f.municipality is not None:
            tokens.append(s.meta_municipality(f.municipality))
        if f.fiscal_year is not None:
            tokens.append(s.meta_fiscal_year(f.fiscal_year))
        if f.ground:
            tokens.append(s.meta_ground(f.ground))
        if f.outcome:
            tokens.append(s.meta_outcome(f.outcome))
        return tokens


def split_query(text: str) -> tuple[str, list[Term], list[Term]]:
    """The free text of a query (to be analysed), its quoted phrases and its -words."""
    import unicodedata

    from shingikai.search._tokenizer import _QUOTED, query_term

    free: list[str] = []
    required: list[Term] = []
    negative: list[Term] = []
    for match in _QUOTED.finditer(unicodedata.normalize("NFKC", text)):
        quoted = match.group(1) if match.group(1) is not None else match.group(2)
        if quoted is not None:
            term = query_term(quoted)
            if not term.empty:
                required.append(term)
            continue
        raw = match.group(3)
        if raw.startswith("-") and len(raw) > 1:
            term = query_term(raw[1:], negated=True)
            if not term.empty:
                negative.append(term)
        else:
            free.append(raw)
    return " ".join(free), required, negative


def word_tokens(words: tuple[str, ...]) -> list[str]:
    """The index tokens that make a phrase of words: one word, or its shingles."""
    if len(words) == 1:
        return [words[0]]
    return shingles(words)


# --- SQLite FTS5 -------------------------------------------------------------------------


def _fts_phrase(tokens: list[str]) -> str:
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def fts_term(term: Term, fallback: bool = False) -> str:
    alternatives = [_fts_phrase(word_tokens(phrase)) for phrase in term.phrases]
    if term.grams and (fallback or not term.words):
        alternatives.append(_fts_phrase(list(term.grams)))
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def fts_terms(terms: list[Term], *, any_term: bool = False, fallback: bool = False) -> str:
    joiner = " OR " if any_term else " AND "
    return "(" + joiner.join(fts_term(t, fallback) for t in terms) + ")"


def fts_match(
    query: Query, access: Access, *, kind: str | None = None, any_term: bool = False
) -> str:
    """The MATCH expression: terms (restricted to the kind's columns), facets, permissions."""
    kind = kind if kind is not None else query.filters.kind
    any_term = any_term or query.any_term
    text = fts_terms(query.positive, any_term=any_term, fallback=query.fallback)
    if kind:
        text = "{" + " ".join(KIND_FIELDS[kind]) + "} : " + text
    parts = [text]
    facets = query.facet_tokens()
    if facets:
        parts.append("meta : (" + " AND ".join(_fts_phrase([t]) for t in facets) + ")")
    parts.append("meta : (" + " OR ".join(_fts_phrase([t]) for t in access.any_of) + ")")
    expression = " AND ".join(parts)
    if query.negative:
        expression = f"({expression}) NOT {fts_terms(query.negative, any_term=True)}"
    return expression


# --- PostgreSQL tsquery ------------------------------------------------------------------
# PostgreSQL indexes words and bigrams with positions (no shingles: in a tsvector every
# distinct token of a document is stored with its text, and shingles would triple the
# table), so a phrase is the <-> of its words. A label (A–D) restricts lexemes to the
# positions of fields of that weight class: that is how the kind facet is applied.


def ts_lexeme(token: str, label: str = "") -> str:
    quoted = "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
    return f"{quoted}:{label}" if label else quoted


def _ts_phrase(tokens: tuple[str, ...], label: str, joiner: str = " <-> ") -> str:
    if len(tokens) == 1:
        return ts_lexeme(tokens[0], label)
    return "(" + joiner.join(ts_lexeme(t, label) for t in tokens) + ")"


def ts_term(term: Term, fallback: bool = False, label: str = "", loose: bool = False) -> str:
    """A term as a tsquery; `loose` matches a phrase's words anywhere (no positions to
    check, so the GIN index answers alone)."""
    joiner = " & " if loose else " <-> "
    alternatives = [_ts_phrase(phrase, label, joiner) for phrase in term.phrases]
    if term.grams and (fallback or not term.words):
        alternatives.append(_ts_phrase(term.grams, label, joiner))
    return alternatives[0] if len(alternatives) == 1 else "(" + " | ".join(alternatives) + ")"


def ts_query(query: Query, *, any_term: bool = False, label: str = "", loose: bool = False) -> str:
    joiner = " | " if any_term or query.any_term else " & "
    text = "(" + joiner.join(ts_term(t, query.fallback, label, loose) for t in query.positive) + ")"
    if query.negative:
        text += " & !(" + " | ".join(ts_term(t, query.fallback) for t in query.negative) + ")"
    return text
