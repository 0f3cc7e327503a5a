"""SQLite backend: one FTS5 row per document over the pre-tokenised field streams.

- contentless (content=''): the streams are not stored twice; Document.entries keeps the
  tokens, from which a row is rebuilt exactly when it has to be deleted;
- columnsize=0: no per-row length lookup, which is most of bm25's cost on common words.
  A contentless table without column sizes reports every column as -1 token long, so
  bm25 sees all rows as equally long: BM25 without length normalisation (b = 0), which
  suits consultations (a long deliberation on a subject is evidence for it). The constant
  `pad` column (PAD tokens per row) keeps FTS5's average row length well above those
  negative sizes, so that its k1·(1 − b + b·D/avgdl) stays close to k1·(1 − b) = 0.3
  even for a handful of short documents; the column weights are scaled so that this
  constant becomes K1 in units of weighted occurrences (see `_schema.K1`).
- the `ascii` tokenizer splits on our spaces (and on ASCII punctuation, the same way in
  the index and in queries); every other character, the private-use shingle and bigram
  marks included, stays inside a token.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection

from shingikai.search._analysis import AnalysedDocument, columns_from_entries, decode_entries
from shingikai.search._analysis import sqlite_columns as _columns
from shingikai.search._query import Access, Query, fts_match
from shingikai.search._schema import FIELD_WEIGHTS, FIELDS, K1, KINDS

TABLE = "search_fts"
VOCABULARY = "search_fts_vocab"
_FTS_K = 1.2 * (1 - 0.75)  # FTS5's fixed k1 · (1 − b)
_SCALE = _FTS_K / K1
WEIGHTS = ", ".join(f"{FIELD_WEIGHTS[f] * _SCALE:.4f}" for f in FIELDS) + ", 0.0, 0.0"
COLUMNS = ", ".join([*FIELDS, "meta", "pad"])
_PLACEHOLDERS = ", ".join(["%s"] * (len(FIELDS) + 3))
PAD = " ".join(["zz"] * 128)
TOKENIZE = "ascii"


class SQLiteBackend:
    vendor = "sqlite"
    shingled = True  # two-word phrases are single tokens (see _schema.shingles)
    # bm25() of one occurrence in the body per unit of idf (k1 = 1 and the column weights).
    one_occurrence = 0.5

    def create_schema(self, cursor) -> None:
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({COLUMNS}, content='', "
            f'columnsize=0, tokenize="{TOKENIZE}")'
        )
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} USING fts5vocab({TABLE}, 'row')"
        )

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")

    def insert(self, rows: Sequence[tuple[int, AnalysedDocument]]) -> None:
        values = [
            (pk, *[doc.columns[f] for f in FIELDS], " ".join(doc.source.meta), PAD)
            for pk, doc in rows
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES ({_PLACEHOLDERS})", values
            )

    def delete(self, documents: Sequence) -> None:
        values = []
        for document in documents:
            columns = _columns(columns_from_entries(decode_entries(document.entries)))
            values.append((document.pk, *[columns[f] for f in FIELDS], document.meta, PAD))
        if not values:
            return
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE}({TABLE}, rowid, {COLUMNS}) "
                f"VALUES ('delete', {_PLACEHOLDERS})",
                values,
            )

    def begin_bulk(self) -> None:
        pass

    def end_bulk(self) -> None:
        # Merge the index's segments into one b-tree: smaller and faster to query.
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")

    def ranked(
        self, query: Query, access: Access, limit: int, *, full: bool = False
    ) -> list[tuple[int, float]]:
        """Every match ranked by bm25 (`full` changes nothing here: FTS5 always does)."""
        if query.empty or access.nothing:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, bm25({TABLE}, {WEIGHTS}) AS score FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s ORDER BY score LIMIT %s",
                [fts_match(query, access), limit],
            )
            return [(pk, -score) for pk, score in cursor.fetchall()]

    def present_among(self, query: Query, access: Access, candidates: list[int]) -> set[int]:
        """The candidates that match. FTS5 runs the query once per rowid of the IN list and
        seeks that rowid, which is cheap; bm25() would count the term's documents again on
        every one of those runs, so it is not asked for."""
        if query.empty or access.nothing or not candidates:
            return set()
        placeholders = ", ".join(["%s"] * len(candidates))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid IN ({placeholders})",
                [fts_match(query, access), *candidates],
            )
            return {pk for (pk,) in cursor.fetchall()}

    def count(
        self, query: Query, access: Access, kind: str | None = None, cap: int | None = None
    ) -> int:
        """Exact: counting inside FTS5 is cheap, so `cap` is not needed."""
        if query.empty or access.nothing:
            return 0
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH %s",
                [fts_match(query, access, kind=kind)],
            )
            return cursor.fetchone()[0]

    def kind_counts(self, query: Query, access: Access, candidates: list[int]) -> dict[str, int]:
        """How many documents match in each kind: counts inside the index, over all matches."""
        return {kind: self.count(query, access, kind=kind) for kind in KINDS}

    def similar(
        self, query: Query, access: Access, exclude: int, limit: int
    ) -> list[tuple[int, float]]:
        if query.empty or access.nothing:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid, bm25({TABLE}, {WEIGHTS}) AS score FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s AND rowid != %s ORDER BY score LIMIT %s",
                [fts_match(query, access, any_term=True), exclude, limit],
            )
            return [(pk, -score) for pk, score in cursor.fetchall()]

    def document_frequencies(self, tokens: list[str]) -> tuple[int, dict[str, int]]:
        from shingikai.search.models import Document

        if not tokens:
            return 0, {}
        placeholders = ", ".join(["%s"] * len(tokens))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, doc FROM {VOCABULARY} WHERE term IN ({placeholders})", tokens
            )
            found = dict(cursor.fetchall())
        return Document.objects.count(), found

    def size_bytes(self) -> int:
        with connection.cursor() as cursor:
            # Every table of the app (FTS5 shadow tables included) and every index on them.
            cursor.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN "
                "(SELECT name FROM sqlite_master WHERE tbl_name LIKE %s)",
                ["search_%"],
            )
            return cursor.fetchone()[0]
