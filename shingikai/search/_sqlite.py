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

import heapq
import threading
from collections import defaultdict
from collections.abc import Sequence

from django.db import connection

from shingikai.search._analysis import AnalysedDocument, columns_from_entries, decode_entries
from shingikai.search._analysis import sqlite_columns as _columns
from shingikai.search._query import Access, Query, fts_match, fts_term, fts_terms
from shingikai.search._schema import FIELD_WEIGHTS, FIELDS, K1, KIND_FIELDS, KINDS

TABLE = "search_fts"
VOCABULARY = "search_fts_vocab"
_FTS_K = 1.2 * (1 - 0.75)  # FTS5's fixed k1 · (1 − b)
_SCALE = _FTS_K / K1
WEIGHTS = ", ".join(f"{FIELD_WEIGHTS[f] * _SCALE:.4f}" for f in FIELDS) + ", 0.0, 0.0"
COLUMNS = ", ".join([*FIELDS, "meta", "pad"])
_PLACEHOLDERS = ", ".join(["%s"] * (len(FIELDS) + 3))
PAD = " ".join(["zz"] * 128)
TOKENIZE = "ascii"
# Document counts of tokens, per database, with the state of the index they were read in.
_counts: dict[str, tuple[tuple, int, dict[str, int]]] = {}
_counts_lock = threading.Lock()
_COUNTS_KEPT = 50_000
_writes = [0]

# National scale (see `rank_plan`). bm25() costs about a microsecond per matching row, so a
# word found in 40,000 consultations costs 50 ms to rank in full; these bound every query.
# Plans are ranked by the generic code (_rank.rank) below this many documents.
BOUNDED_FROM = 20_000
# An alternative found in at most this many documents is ranked on all its matches.
CHEAP = 1_200
# Candidates scored on every alternative of the query.
HEAD = 100
# A query whose matches are more than this ranks the most recently indexed this many
# (a word that common says little about which of them is best: their scores differ little).
WINDOW = 3_000


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
        _writes[0] += 1
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('delete-all')")

    def insert(self, rows: Sequence[tuple[int, AnalysedDocument]]) -> None:
        _writes[0] += 1
        values = [
            (pk, *[doc.columns[f] for f in FIELDS], " ".join(doc.source.meta), PAD)
            for pk, doc in rows
        ]
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE}(rowid, {COLUMNS}) VALUES ({_PLACEHOLDERS})", values
            )

    def delete(self, documents: Sequence) -> None:
        _writes[0] += 1
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

    # While a rebuild inserts every document: FTS5 keeps more pending rows in memory before
    # writing a segment, and does not merge segments as it goes (the end merges them all
    # into one anyway, and merging as it goes rewrote every row several times).
    BULK = {"hashsize": 64 * 1024 * 1024, "automerge": 0, "crisismerge": 2000}
    USUAL = {"hashsize": 1024 * 1024, "automerge": 4, "crisismerge": 16}  # FTS5's defaults

    def _configure(self, settings: dict) -> None:
        with connection.cursor() as cursor:
            for name, value in settings.items():
                cursor.execute(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES (%s, %s)", [name, value])

    def begin_bulk(self) -> None:
        self._configure(self.BULK)

    def end_bulk(self) -> None:
        # Merge the index's segments into one b-tree: smaller and faster to query.
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
        self._configure(self.USUAL)

    def ranked(
        self, query: Query, access: Access, limit: int, *, full: bool = False
    ) -> list[tuple[int, float]]:
        """Matches ranked by bm25: all of them when `full` (the caller knows they are few),
        else at most the WINDOW most recently indexed."""
        if query.empty or access.nothing:
            return []
        if full or not self._national():
            return self._bm25(fts_match(query, access), limit)
        restrict = _Restrict(query.filters, query.negative, access)
        text = fts_terms(query.positive, any_term=query.any_term, fallback=query.fallback)
        return self._bm25(restrict.bare(text), limit, WINDOW, meta=restrict.outside())

    def _national(self) -> bool:
        """Whether the index holds BOUNDED_FROM documents or more (counting stops there)."""
        from shingikai.search.models import Document

        table = Document._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT %s)", [BOUNDED_FROM])
            return cursor.fetchone()[0] >= BOUNDED_FROM

    def _bm25(
        self, match: str, limit: int, window: int | None = None, meta: tuple = ("", [])
    ) -> list[tuple[int, float]]:
        """bm25 ranking. bm25() counts the documents of every phrase of the expression by
        reading its whole doclist, once per query: a filter token found in every document
        (the permissions) costs 4 ms at 60,000 documents. `meta` (see `_Restrict.outside`)
        applies such tokens outside the expression, on the document's row."""
        where, params = meta
        with connection.cursor() as cursor:
            if window is None:
                cursor.execute(
                    f"SELECT rowid, bm25({TABLE}, {WEIGHTS}) AS score FROM {TABLE} "
                    f"WHERE {TABLE} MATCH %s{where} ORDER BY score LIMIT %s",
                    [match, *params, limit],
                )
            else:
                # FTS5 walks its doclists newest rowid first and stops after `window` rows:
                # bm25() is computed for those only.
                cursor.execute(
                    f"SELECT rowid, score FROM (SELECT rowid, bm25({TABLE}, {WEIGHTS}) AS score "
                    f"FROM {TABLE} WHERE {TABLE} MATCH %s{where} ORDER BY rowid DESC LIMIT %s) "
                    "ORDER BY score LIMIT %s",
                    [match, *params, window, limit],
                )
            return [(pk, -score) for pk, score in cursor.fetchall()]

    def present_among(self, query: Query, access: Access, candidates: list[int]) -> set[int]:
        """The candidates that match. FTS5 runs the query once per rowid of the IN list and
        seeks that rowid, which is cheap; bm25() would count the term's documents again on
        every one of those runs, so it is not asked for. The candidates come from a query
        with the same filters and permissions: only the terms (in the kind's columns) are
        checked, since every further token is one more seek per candidate."""
        if query.empty or access.nothing or not candidates:
            return set()
        text = fts_terms(query.positive, any_term=query.any_term, fallback=query.fallback)
        if query.filters.kind:
            text = "{" + " ".join(KIND_FIELDS[query.filters.kind]) + "} : " + text
        return self._among(text, candidates)

    def _among(self, match: str, candidates: list[int]) -> set[int]:
        placeholders = ", ".join(["%s"] * len(candidates))
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid IN ({placeholders})",
                [match, *candidates],
            )
            return {pk for (pk,) in cursor.fetchall()}

    def _listed(self, match: str, limit: int, exclude: set[int]) -> list[int]:
        """Matches without ranking, most recently indexed first (FTS5 stops at the limit)."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s ORDER BY rowid DESC LIMIT %s",
                [match, limit + len(exclude)],
            )
            return [pk for (pk,) in cursor.fetchall() if pk not in exclude][:limit]

    # --- plain-language queries at national scale ----------------------------------------

    def rank_plan(self, plan, access: Access, total: int, limit: int):
        """A plan (see `_rank`) ranked with bounded work, or None below BOUNDED_FROM
        documents (the generic ranking then runs).

        The generic ranking lists every match of each informative alternative and checks
        the common ones rowid by rowid among its best 200. At 50,000 consultations a
        question brings thousands of rows per alternative into Python, and every rowid
        checked is one more run of an FTS5 query. Here:
        1. each alternative in at most CHEAP documents is ranked by bm25, its best HEAD;
        2. the conjunction of the query's concepts (each the OR of its alternatives) brings
           the HEAD most recently indexed documents that cover the whole query, unranked
           (bm25() would read the whole doclist of each of its phrases to count it); when
           neither finds enough, any alternative does;
        3. the best HEAD by what is known so far, and those of step 2, are checked for every
           alternative not yet known for them: FTS5 intersects the alternative with the
           expressions that brought them, within their range of rowids (never rowid by
           rowid, which runs the query once per rowid). Found: the score of one occurrence,
           as in the generic ranking, or, for an alternative whose list of step 1 was cut,
           its lowest score. Under a kind facet (sparse candidates over a wide range) the
           HEAD/4 documents of step 2 count each concept by its least alternative instead;
        4. the generic formula (`_rank.scorer`) orders them; the list is filled up to
           `limit` with further matches of any alternative, most recently indexed first, so
           that counts and facets see as many as before.
        """
        from shingikai.search import _rank

        alternatives = plan.alternatives
        if total < BOUNDED_FROM or access.nothing or not alternatives or plan.required:
            return None
        index = {id(a): n for n, a in enumerate(alternatives)}
        score = _rank.scorer(plan, index)
        restrict = _Restrict(plan.query.filters, plan.negative, access)
        outside = restrict.outside()
        scores: dict[int, dict[int, float]] = defaultdict(dict)
        complete: set[int] = set()  # alternatives whose every match was listed
        lowest: dict[int, float] = {}  # alternatives whose list was cut: its last score
        cheap = [a for a in alternatives if a.df <= CHEAP]
        for alternative in cheap:
            n = index[id(alternative)]
            rows = self._bm25(restrict.bare(_expression(alternative)), HEAD, meta=outside)
            for pk, value in rows:
                scores[pk][n] = value
            if len(rows) < HEAD:
                complete.add(n)
            elif rows:
                lowest[n] = rows[-1][1]
        listed = set(scores)
        groups = [[a for a in c.alternatives if a.df] for c in plan.concepts if c.found]
        covering: list[int] = []
        brought_by = ""
        if len(groups) > 1:
            conjunction = " AND ".join(
                "(" + " OR ".join(_expression(a) for a in group) + ")" for group in groups
            )
            # Under a kind they are credited without checks (see below): fewer of them.
            few = HEAD // 4 if restrict.kind else HEAD
            covering = self._listed(restrict.match(conjunction), few, set())
            brought_by = conjunction
        if not scores and len(covering) < HEAD:
            # Only common words, and few documents have them all: any of them.
            either = brought_by = " OR ".join(_expression(a) for a in alternatives)
            more = self._listed(restrict.match(either), HEAD, set(covering))
            covering = [*covering, *more]
        for pk in covering:
            scores.setdefault(pk, {})
        if not scores:
            return []
        known = {pk: score(found) for pk, found in scores.items()}
        best = heapq.nlargest(HEAD, listed, key=known.__getitem__)
        head = list(dict.fromkeys([*best, *covering]))
        # The documents of step 1 are matched, inside FTS5, by the OR of the cheap
        # alternatives: an intersection with it costs about as many rows as they have. Those
        # of step 2 by its expression, among the few most recent rowids it was cut to.
        among_listed = [pk for pk in head if pk in listed]
        others = [pk for pk in head if pk not in listed]
        universe = " OR ".join(_expression(a) for a in cheap)
        low, high = (min(among_listed), max(among_listed)) if among_listed else (0, 0)
        first, last = (min(others), max(others)) if others else (0, 0)
        for alternative in alternatives:
            n = index[id(alternative)]
            if n in complete:
                continue
            value = lowest.get(n, self.one_occurrence * _rank._idf(alternative.df, total))
            expression = _expression(alternative)
            found: set[int] = set()
            if any(n not in scores[pk] for pk in among_listed):
                both = restrict.narrowed(f"({expression}) AND ({universe})")
                found |= self._within(both, low, high)
            unknown = [pk for pk in others if n not in scores[pk]]
            if unknown and not restrict.kind:
                # (Under a kind the candidates are sparse and their range wide, and rowid by
                # rowid costs 0.1 ms each: they are credited below instead.)
                both = restrict.narrowed(f"({expression}) AND ({brought_by})")
                found |= self._within(both, first, last)
            for pk in head:
                if pk in found and n not in scores[pk]:
                    scores[pk][n] = value
        if restrict.kind:
            # Candidates that have every concept in the kind's fields (the conjunction): each
            # concept counts by its least alternative (a lower bound of what they have).
            for pk in others:
                for group in groups:
                    values = {
                        index[id(a)]: lowest.get(
                            index[id(a)], self.one_occurrence * _rank._idf(a.df, total)
                        )
                        for a in group
                    }
                    if not any(n in scores[pk] for n in values):
                        least = min(group, key=lambda a: a.weight * values[index[id(a)]])
                        scores[pk][index[id(least)]] = values[index[id(least)]]
        for pk in head:
            known[pk] = score(scores[pk])
        final = sorted(known.items(), key=lambda pair: (-pair[1], pair[0]))
        final = final[:limit]
        if len(final) < limit:
            anything = " OR ".join(_expression(a) for a in alternatives)
            seen = {pk for pk, _ in final}
            more = self._listed(restrict.match(anything), limit - len(final), seen)
            final += [(pk, 0.0) for pk in more]
        return final

    def _within(self, match: str, low: int, high: int) -> set[int]:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid BETWEEN %s AND %s",
                [match, low, high],
            )
            return {pk for (pk,) in cursor.fetchall()}

    def count_cap(self, query: Query, default: int) -> int:
        """FTS5 counts every kind of query alike: to the caller's cap."""
        return default

    def count(
        self, query: Query, access: Access, kind: str | None = None, cap: int | None = None
    ) -> int:
        """Matches, up to `cap` (FTS5 counts fast, but 40,000 matches of any of ten words
        still take milliseconds)."""
        if query.empty or access.nothing:
            return 0
        with connection.cursor() as cursor:
            if cap:
                cursor.execute(
                    f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s "
                    "LIMIT %s)",
                    [fts_match(query, access, kind=kind), cap],
                )
            else:
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
        # fts5vocab counts a token's documents by reading its whole doclist (8 ms for a word
        # in 60,000 documents): the counts are kept until the index changes.
        state = self._state()
        with _counts_lock:
            cached = _counts.get(connection.alias)
            if cached is None or cached[0] != state or len(cached[2]) > _COUNTS_KEPT:
                cached = _counts[connection.alias] = (state, Document.objects.count(), {})
            _state, documents, known = cached
            wanted = [t for t in tokens if t not in known]
        found: dict[str, int] = {}
        if wanted:
            placeholders = ", ".join(["%s"] * len(wanted))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT term, doc FROM {VOCABULARY} WHERE term IN ({placeholders})", wanted
                )
                found = dict(cursor.fetchall())
            with _counts_lock:
                known.update({t: found.get(t, 0) for t in wanted})
        return documents, {t: known[t] for t in tokens if known.get(t)}

    def _state(self) -> tuple:
        """Changes whenever the index may have: a commit by another connection
        (data_version), a write of this process (the backend's writes, and every row this
        connection changed, rolled back or not) and the highest document id."""
        from shingikai.search.models import Document

        with connection.cursor() as cursor:
            cursor.execute("PRAGMA data_version")
            version = cursor.fetchone()[0]
            cursor.execute(f"SELECT max(id) FROM {Document._meta.db_table}")
            highest = cursor.fetchone()[0]
        raw = connection.connection
        return (version, _writes[0], raw.total_changes if raw is not None else 0, highest)

    def size_bytes(self) -> int:
        with connection.cursor() as cursor:
            # Every table of the app (FTS5 shadow tables included) and every index on them.
            cursor.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN "
                "(SELECT name FROM sqlite_master WHERE tbl_name LIKE %s)",
                ["search_%"],
            )
            return cursor.fetchone()[0]


def _expression(alternative) -> str:
    """One alternative of a concept as an FTS5 expression (bigram terms match by bigrams)."""
    return fts_term(
        alternative.term, fallback=bool(alternative.term.grams and not alternative.term.words)
    )


class _Restrict:
    """The filters, permissions, kind and excluded words of a plan, around an expression."""

    def __init__(self, filters, negative: list, access: Access) -> None:
        query = Query(text="", terms=[], filters=filters)
        self.kind = filters.kind
        self.negative = negative
        parts = []
        facets = self.facet_tokens = query.facet_tokens()
        self.access_tokens = list(access.any_of)
        if facets:
            parts.append("meta : (" + " AND ".join(_quote(t) for t in facets) + ")")
        # Facet tokens are few documents each: they make an intersection cheaper.
        self.facets = parts[0] if parts else ""
        parts.append("meta : (" + " OR ".join(_quote(t) for t in access.any_of) + ")")
        self.meta = " AND ".join(parts)

    def narrowed(self, expression: str) -> str:
        """An expression among candidates that passed every filter: only the facets (cheap)
        are applied again."""
        text = self.terms(expression)
        return f"{text} AND {self.facets}" if self.facets else text

    def terms(self, expression: str) -> str:
        if self.kind:
            return "{" + " ".join(KIND_FIELDS[self.kind]) + "} : (" + expression + ")"
        return "(" + expression + ")"

    def match(self, expression: str) -> str:
        text = f"{self.terms(expression)} AND {self.meta}"
        if self.negative:
            text = f"({text}) NOT {fts_terms(self.negative, any_term=True)}"
        return text

    def bare(self, expression: str) -> str:
        """The expression without the permission tokens (see `outside`), for bm25(). The
        facets stay: each is in few documents, and they keep FTS5 from walking the rest."""
        text = self.terms(expression)
        if self.facets:
            text = f"{text} AND {self.facets}"
        if self.negative:
            text = f"{text} NOT {fts_terms(self.negative, any_term=True)}"
        return text

    def outside(self) -> tuple[str, list]:
        """The permissions as a condition on the document's row (its `meta` holds the same
        tokens as the index's meta column)."""
        from shingikai.search.models import Document

        table = Document._meta.db_table
        access = " OR ".join("instr(' ' || d.meta || ' ', %s) > 0" for _ in self.access_tokens)
        sql = f" AND EXISTS (SELECT 1 FROM {table} AS d WHERE d.id = {TABLE}.rowid AND ({access}))"
        return sql, [f" {t} " for t in self.access_tokens]


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'
