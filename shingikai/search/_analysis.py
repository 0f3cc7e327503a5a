"""From the text of a consultation to the rows of the index.

Pure module (no Django), so that a bulk rebuild can run it in worker processes: the main
process reads the sources and writes rows, the workers do the Japanese analysis.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from itertools import chain

from shingikai.search import _meaning, _tokenizer
from shingikai.search._schema import (
    FIELD_WEIGHTS,
    FIELDS,
    PG_HEAD_CLASS,
    PG_TSV_CLASS,
    EntryTokens,
    field_streams,
)

# PostgreSQL keeps positions up to 16,383 and 256 of them per lexeme.
_PG_MAX_POSITION = 16_383
_PG_MAX_POSITIONS = 255


@dataclass
class SourceEntry:
    """One piece of text: which field it counts for, and where it comes from (`ref`)."""

    field: str
    ref: str
    text: str


@dataclass
class SourceDocument:
    """A consultation as one audience sees it, before analysis."""

    source: str
    object_id: int
    audience: str
    title: str
    municipality_id: int | None = None
    municipality: str = ""
    council_id: int | None = None
    number: str = ""
    department: str = ""
    date: datetime.date | None = None
    fiscal_year: int | None = None
    outcome: str = ""
    grounds: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)
    entries: list[SourceEntry] = field(default_factory=list)


@dataclass
class AnalysedDocument:
    source: SourceDocument
    entries_blob: bytes
    columns: dict[str, str]  # SQLite: each field's token stream, space separated
    vectors: dict[str, str]  # PostgreSQL: the `tsv` and `head` tsvector literals
    text_bytes: int
    fingerprint: str
    meaning: bytes | None = None  # the document's meaning vector (search._meaning)


class StoredEntry:
    """An analysed entry as kept in Document.entries: tokens as space-separated text, split
    only when needed (matching a phrase is a substring search on the padded text)."""

    __slots__ = ("field", "ref", "words_text", "grams_text", "answer", "_padded")

    def __init__(
        self, field: str, ref: str, words_text: str, grams_text: str, answer: int | None = None
    ) -> None:
        self.field = field
        self.ref = ref
        self.words_text = words_text
        self.grams_text = grams_text
        self.answer = answer  # for a question: the position of the answer that follows
        self._padded: tuple[str, str] | None = None

    @property
    def words(self) -> list[str]:
        return self.words_text.split()

    @property
    def grams(self) -> list[str]:
        return self.grams_text.split()

    def _texts(self) -> tuple[str, str]:
        # Padded once: snippets test every term of a query against every entry.
        if self._padded is None:
            self._padded = (f" {self.words_text} ", f" {self.grams_text} ")
        return self._padded

    def has_words(self, words: tuple[str, ...]) -> bool:
        return bool(words) and f" {' '.join(words)} " in self._texts()[0]

    def has_grams(self, grams: tuple[str, ...]) -> bool:
        return bool(grams) and f" {' '.join(grams)} " in self._texts()[1]

    def tokens(self) -> EntryTokens:
        return EntryTokens(self.field, self.words, self.grams)


def _link_answers(stored: list[StoredEntry]) -> None:
    """A question is answered by the next answer before another question."""
    pending: StoredEntry | None = None
    for position, entry in enumerate(stored):
        if entry.field == "question":
            pending = entry
        elif entry.field == "answer" and pending is not None:
            pending.answer = position
            pending = None


def encode_entries(stored: list[StoredEntry]) -> bytes:
    rows = [[e.field, e.ref, e.words_text, e.grams_text, e.answer] for e in stored]
    return zlib.compress(json.dumps(rows, ensure_ascii=False).encode(), 3)


def decode_entries(blob: bytes) -> list[StoredEntry]:
    return [StoredEntry(*row) for row in json.loads(zlib.decompress(bytes(blob)))]


def sqlite_columns(streams: dict[str, list[str]]) -> dict[str, str]:
    return {f: " ".join(streams[f]) for f in FIELDS}


def _pg_lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def _pg_vector(stored: list[EntryTokens] | list[StoredEntry], classes: dict[str, str]) -> str:
    """A tsvector literal: words then bigrams of each field, positions labelled by class."""
    positions: dict[str, list[str]] = {}
    index = 0
    for name in FIELDS:
        label = classes.get(name)
        if label is None:
            continue
        tokens = [t for e in stored if e.field == name for t in e.words]
        tokens += [t for e in stored if e.field == name for t in e.grams]
        for token in tokens:
            index += 1
            found = positions.setdefault(token, [])
            if len(found) < _PG_MAX_POSITIONS and index <= _PG_MAX_POSITION:
                found.append(f"{index}{label}")
            elif not found:
                found.append(f"{_PG_MAX_POSITION}{label}")
    return " ".join(_pg_lexeme(token) + ":" + ",".join(spots) for token, spots in positions.items())


def pg_vectors(stored: list[EntryTokens] | list[StoredEntry]) -> dict[str, str]:
    return {"tsv": _pg_vector(stored, PG_TSV_CLASS), "head": _pg_vector(stored, PG_HEAD_CLASS)}


def columns_from_entries(stored: list[StoredEntry]) -> dict[str, list[str]]:
    return field_streams(entry.tokens() for entry in stored)


def analyse_document(document: SourceDocument, vendor: str = "sqlite") -> AnalysedDocument:
    stored: list[StoredEntry] = []
    # The token lists as analysed (Document.entries keeps them joined; splitting them again
    # for the columns, the vectors and the meaning was a tenth of a rebuild's analysis).
    tokens: list[EntryTokens] = []
    text_bytes = 0
    for entry in document.entries:
        if not entry.text or not entry.text.strip():
            continue
        text_bytes += len(entry.text.encode("utf-8"))
        analysis = _tokenizer.analyse(entry.text)
        if analysis.words or analysis.grams:
            stored.append(
                StoredEntry(
                    entry.field, entry.ref, " ".join(analysis.words), " ".join(analysis.grams)
                )
            )
            tokens.append(EntryTokens(entry.field, analysis.words, analysis.grams))
    _link_answers(stored)
    blob = encode_entries(stored)
    digest = hashlib.blake2b(blob, digest_size=16)
    for part in (
        document.title,
        document.number,
        document.municipality,
        document.department,
        str(document.date),
        document.outcome,
        " ".join(document.grounds),
        " ".join(document.meta),
    ):
        digest.update(b"\x1f" + part.encode())
    return AnalysedDocument(
        source=document,
        entries_blob=blob,
        columns=sqlite_columns(field_streams(tokens)) if vendor == "sqlite" else {},
        vectors=pg_vectors(tokens) if vendor == "postgresql" else {},
        text_bytes=text_bytes,
        fingerprint=digest.hexdigest(),
        meaning=_meaning.encode(_document_meaning(tokens)),
    )


def _document_meaning(tokens: list[EntryTokens]):
    """The meaning vector from each field's words at once (counted in C per field, not per
    entry); the words keep the order of their first occurrence in the document."""
    by_field: dict[str, list[str]] = {}
    for entry in tokens:
        by_field.setdefault(entry.field, []).extend(entry.words)
    order = chain.from_iterable(entry.words for entry in tokens)
    return _meaning.document_vector(
        ((FIELD_WEIGHTS[name], words) for name, words in by_field.items()), order=order
    )


def analyse_batch(args: tuple[list[SourceDocument], str]) -> list[AnalysedDocument]:
    """Worker entry point of a bulk rebuild."""
    documents, vendor = args
    results = [analyse_document(document, vendor) for document in documents]
    for result in results:
        # The writer needs the tokens, not the text: do not send it back.
        result.source.entries = []
    return results


def init_worker() -> None:
    _tokenizer.reset_after_fork()
