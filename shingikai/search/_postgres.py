"""PostgreSQL backend: tsvectors built from our own tokens, one row per document.

The vectors are written as literals (lexeme:positions), never through a text search
configuration, so the database's parser and locale play no part: both backends index the
same words and bigrams. `tsv` holds every field, `head` the title, decision, opinions and
follow-ups; positions carry the field's weight class (see `_schema.PG_TSV_CLASS`), which
also gives the kind facet.

Ranking is BM25-like: a term's ts_rank (weighted by class, saturating in its occurrences)
times its inverse document frequency. Ranking reads every matching row, which is cheap for
informative words and far too slow for a word found in most of 50,000 consultations.
So terms are sorted by their document frequency, estimated from ANALYZE's statistics of
the most common lexemes (counted exactly for the others, which are rare):
- a query with an informative term (in at most 5 % of documents) ranks all its matches;
- a query made only of common words ranks the documents that have them in their head
  (title, decision, opinions, follow-ups) — at national scale the WINDOW most recently
  indexed of them, as SQLite does —, then lists the others newest first, matching
  phrases by their words (GIN alone, no positions to check).

Counting stops at a cap (the page says "or more"). Beside RUM, which reads positions even
where a count needs none, a GIN index of the lexemes and meta tokens (LEX_INDEX) counts
words under facets; ANALYZE's frequencies prove the cap without counting where a word
alone passes it; a kind facet's labelled words are counted to KIND_COUNT_CAP at national
scale.
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Sequence
from dataclasses import replace

from django.db import connection

from shingikai.search._analysis import AnalysedDocument
from shingikai.search._query import Access, Query, ts_lexeme, ts_query, ts_term
from shingikai.search._schema import FIELD_WEIGHTS, PG_KIND

TABLE = "search_pgdoc"
INFORMATIVE_SHARE = 0.05
STATS_SECONDS = 300
# ts_rank weights are listed D, C, B, A.
_TOP = FIELD_WEIGHTS["decision"]
TSV_WEIGHTS = "{%.3f, %.3f, %.3f, %.3f}" % (  # noqa: UP031 - a literal of four numbers
    FIELD_WEIGHTS["answer"] / _TOP,
    FIELD_WEIGHTS["question"] / _TOP,
    1.0,
    FIELD_WEIGHTS["body"] / _TOP,
)
# The title counts in `tsv` as body text; its extra weight comes from `head`.
TITLE_BONUS = (FIELD_WEIGHTS["title"] - FIELD_WEIGHTS["body"]) / _TOP
HEAD_TITLE_ONLY = "{0, 0, 0, 1}"
HEAD_WEIGHTS = "{0, %.3f, %.3f, 1}" % (  # noqa: UP031
    FIELD_WEIGHTS["followup"] / FIELD_WEIGHTS["title"],
    FIELD_WEIGHTS["decision"] / FIELD_WEIGHTS["title"],
)

# Below this many documents every frequency is counted exactly: it is cheap, and ANALYZE's
# sample of a small table is either missing or describes an earlier content.
EXACT_BELOW_ROWS = 5_000
# ANALYZE's shares are used only while the table holds about as many rows as it did then.
STALE_ROWS_RATIO = 0.2

# National scale (see `rank_plan`): below this many documents the generic ranking runs.
BOUNDED_FROM = 20_000
# An alternative found in at most this many documents brings its own best candidates.
CHEAP = 2_500
# Candidates brought by each query of the first pass, and scored on every alternative.
HEAD = 50
# A query of common words only ranks the most recently indexed this many documents that
# have its words in their head (as SQLite's WINDOW).
WINDOW = 3_000
# A count of at most this many lexemes reads the RUM index rather than the rows.
FEW_LEXEMES = 6
# An expression matching more documents than this brings candidates unranked.
ORDERED = 5_000
RUM_INDEX = f"{TABLE}_rum"
# Beside RUM, a plain GIN index of the lexemes alone (`strip(tsv)`: no positions, no
# weights) and of the meta tokens (facets, access). RUM reads each match's positions even
# where a query needs none: counting the matches of twenty common words took it 200 ms; and
# a facet's own index, then each row's vector, 60 ms. This index answers the words and the
# facets together from compact posting lists. (A meta token that is also a word of some
# document only widens what it finds: the rows' own meta is checked as well.)
LEX_INDEX = f"{TABLE}_lex"
LEXEMES = "(strip(tsv) || array_to_tsvector(meta))"
# An access admitting at least this share of the documents is checked on the rows found by
# the words rather than through the meta index (which would list most of the table).
BROAD_ACCESS = 0.5
# Matches of a kind facet's labelled words are counted up to this many at national scale.
KIND_COUNT_CAP = 1_000
# A count proved from statistics (see `_at_least`) must exceed the cap by this factor.
AT_LEAST_MARGIN = 1.25


def _rum_available(cursor) -> bool:
    """Whether the RUM extension is (or can be) installed: Debian's postgresql-15-rum, and
    a role that may create it. Without it the GIN index serves, ranking outside it."""
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'rum'")
    if cursor.fetchone():
        return True
    cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
    if not cursor.fetchone():
        return False
    from django.db import DatabaseError, transaction

    try:
        with transaction.atomic():
            cursor.execute("CREATE EXTENSION IF NOT EXISTS rum")
    except DatabaseError:
        return False
    return True


_stats_lock = threading.Lock()
# Exact document counts of the lexemes ANALYZE does not list, kept as long as the statistics
# they go with (dropped with them on every write): a question asks for thirty.
_exact: dict[str, dict[str, int]] = {}
_stats: dict[str, tuple[float, int, dict[str, float]]] = {}


def _statistics_current(rows: int, analysed_rows: float) -> bool:
    """Whether pg_stats (from the last ANALYZE) may stand for the table's content now.

    A table emptied and refilled (a re-index, a test's flush) keeps the statistics of its
    earlier content; used then, they would call a rare word common and drop it."""
    if rows < EXACT_BELOW_ROWS or analysed_rows <= 0:
        return False
    return abs(analysed_rows - rows) <= STALE_ROWS_RATIO * rows


class PostgresBackend:
    vendor = "postgresql"
    shingled = False  # phrases are words at adjacent positions
    # The score of one occurrence in the body per unit of idf: ts_rank gives 0.61 per unit
    # of class weight, and the body's class weight is 0.4 (see TSV_WEIGHTS).
    one_occurrence = 0.24
    saturates = False  # ts_rank does not level off with repetitions as BM25 does

    def __init__(self) -> None:
        # Exact document frequencies counted for this instance (one search asks several
        # times: ranking, total, kinds).
        self._counted: dict[str, int] = {}
        self._present: set[str] | None = None

    def create_schema(self, cursor) -> None:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (document_id bigint PRIMARY KEY, "
            "tsv tsvector NOT NULL, head tsvector NOT NULL, meta text[] NOT NULL, date date)"
        )
        # Enough most-common-lexeme statistics to tell common words from informative ones.
        cursor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN tsv SET STATISTICS 1000")
        self._create_indexes(cursor)

    def _create_indexes(self, cursor) -> None:
        if _rum_available(cursor):
            # RUM keeps the positions in the index and ranks inside it (tsv <=> query):
            # the best matches of a common word come without reading every row's vector.
            # It answers @@ as well, so it replaces the GIN index of `tsv`.
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {RUM_INDEX} ON {TABLE} "
                "USING rum (tsv rum_tsvector_ops)"
            )
            cursor.execute(f"DROP INDEX IF EXISTS {TABLE}_tsv")
            cursor.execute(
                f"CREATE INDEX IF NOT EXISTS {LEX_INDEX} ON {TABLE} USING gin ({LEXEMES})"
            )
        else:
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_tsv ON {TABLE} USING gin (tsv)")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_head ON {TABLE} USING gin (head)")
        cursor.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_meta ON {TABLE} USING gin (meta)")

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {TABLE}")
        _stats.pop(connection.alias, None)

    def insert(self, rows: Sequence[tuple[int, AnalysedDocument]]) -> None:
        if not rows:
            return
        # The number of documents changed: ranking must not use an older count.
        _stats.pop(connection.alias, None)
        with connection.cursor() as cursor:
            copy_sql = f"COPY {TABLE} (document_id, tsv, head, meta, date) FROM STDIN"
            with cursor.copy(copy_sql) as copy:
                for pk, doc in rows:
                    vectors = doc.vectors
                    copy.write_row(
                        (pk, vectors["tsv"], vectors["head"], doc.source.meta, doc.source.date)
                    )

    def delete(self, documents: Sequence) -> None:
        if not documents:
            return
        _stats.pop(connection.alias, None)
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE document_id = ANY(%s)", [[d.pk for d in documents]]
            )

    def begin_bulk(self) -> None:
        # Building an index once is much faster than maintaining it row by row.
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {TABLE}_tsv")
            cursor.execute(f"DROP INDEX IF EXISTS {RUM_INDEX}")
            cursor.execute(f"DROP INDEX IF EXISTS {LEX_INDEX}")
            cursor.execute(f"DROP INDEX IF EXISTS {TABLE}_head")

    def end_bulk(self) -> None:
        with connection.cursor() as cursor:
            self._create_indexes(cursor)
            cursor.execute(f"ANALYZE {TABLE}")
        _stats.pop(connection.alias, None)

    # --- document frequencies ---------------------------------------------------------

    def _statistics(self) -> tuple[int, dict[str, float]]:
        """Rows, and the share of rows of the most common lexemes (from ANALYZE)."""
        rows, shares, _meta = self._all_statistics()
        return rows, shares

    def _all_statistics(self) -> tuple[int, dict[str, float], dict[str, float]]:
        """Rows, and the shares of rows of the most common lexemes and meta tokens."""
        now = time.monotonic()
        cached = _stats.get(connection.alias)
        if cached and now - cached[0] < STATS_SECONDS:
            return cached[1], cached[2], cached[3]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            rows = cursor.fetchone()[0]
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [TABLE])
            analysed = cursor.fetchone()
            found = {}
            if _statistics_current(rows, analysed[0] if analysed else -1):
                cursor.execute(
                    "SELECT attname, most_common_elems::text::text[], most_common_elem_freqs "
                    "FROM pg_stats WHERE tablename = %s AND attname IN ('tsv', 'meta')",
                    [TABLE],
                )
                found = {name: (elems, freqs) for name, elems, freqs in cursor.fetchall()}
        shares: dict[str, dict[str, float]] = {"tsv": {}, "meta": {}}
        for name, (elems, freqs) in found.items():
            if elems:
                shares[name] = dict(zip(elems, freqs[: len(elems)], strict=True))
        with _stats_lock:
            _stats[connection.alias] = (now, rows, shares["tsv"], shares["meta"])
            _exact[connection.alias] = {}
        return rows, shares["tsv"], shares["meta"]

    def _frequency(self, term, rows: int, shares: dict[str, float], fallback: bool) -> int:
        lexemes = [w for phrase in term.phrases for w in phrase]
        if fallback or not lexemes:
            lexemes += list(term.grams)
        known = [shares[w] for w in lexemes if w in shares]
        if lexemes and len(known) == len(lexemes):
            # Common words: ANALYZE's share of the least common one bounds the term's.
            return round(min(known) * rows)
        text = ts_term(term, fallback)
        kept = _exact.get(connection.alias, {})
        if text not in self._counted and text in kept:
            self._counted[text] = kept[text]
        if text not in self._counted:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE tsv @@ %s::tsquery", [text])
                self._counted[text] = kept[text] = cursor.fetchone()[0]
        return self._counted[text]

    def _weighted_terms(self, query: Query) -> tuple[list[tuple[str, float]], bool]:
        rows, shares = self._statistics()
        weighted, informative = [], False
        for term in query.positive:
            df = self._frequency(term, rows, shares, query.fallback)
            if df <= max(1, INFORMATIVE_SHARE * rows):
                informative = True
            idf = math.log(1 + (rows - df + 0.5) / (df + 0.5))
            weighted.append((ts_term(term, query.fallback), idf))
        return weighted, informative

    # --- queries ----------------------------------------------------------------------

    def _filters(self, query: Query, access: Access, kind: str | None, loose: bool):
        sql = ["meta && %s"]
        params: list = [list(access.any_of)]
        facets = query.facet_tokens()
        if facets:
            sql.append("meta @> %s")
            params.append(facets)
        kind = kind if kind is not None else query.filters.kind
        if kind:
            vector, label = PG_KIND[kind]
            sql.append(f"{vector} @@ %s::tsquery")
            params.append(ts_query(query, label=label, loose=loose))
        return sql, params

    def _ranked(self, query, access, limit, *, exclude=None, any_term=False):
        if query.empty or access.nothing:
            return []
        weighted, informative = self._weighted_terms(query)
        if informative or any_term:
            return self._ranked_fully(query, access, limit, weighted, exclude, any_term)
        return self._ranked_by_head(query, access, limit, exclude)

    def present_among(self, query: Query, access: Access, candidates: list[int]) -> set[int]:
        """The candidates that match (the primary key finds them; no ranking needed)."""
        if query.empty or access.nothing or not candidates:
            return set()
        filters, params = self._filters(query, access, None, False)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT document_id FROM {TABLE} WHERE document_id = ANY(%s) "
                f"AND tsv @@ %s::tsquery AND {' AND '.join(filters)}",
                [list(candidates), ts_query(query), *params],
            )
            return {pk for (pk,) in cursor.fetchall()}

    def _ranked_fully(self, query, access, limit, weighted, exclude, any_term):
        filters, params = self._filters(query, access, None, False)
        score = " + ".join(
            f"%s * (ts_rank('{TSV_WEIGHTS}', tsv, %s::tsquery) "
            f"+ {TITLE_BONUS:.3f} * ts_rank('{HEAD_TITLE_ONLY}', head, %s::tsquery))"
            for _ in weighted
        )
        score_params: list = []
        for term, idf in weighted:
            score_params += [idf, term, term]
        where = ["tsv @@ %s::tsquery", *filters]
        where_params = [ts_query(query, any_term=any_term), *params]
        if exclude is not None:
            where.append("document_id <> %s")
            where_params.append(exclude)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT document_id, {score} AS score FROM {TABLE} WHERE {' AND '.join(where)} "
                "ORDER BY score DESC, document_id LIMIT %s",
                [*score_params, *where_params, limit],
            )
            return [(pk, float(value)) for pk, value in cursor.fetchall()]

    def _ranked_by_head(self, query, access, limit, exclude):
        strict = ts_query(query)
        filters, params = self._filters(query, access, None, True)
        extra = " AND document_id <> %s" if exclude is not None else ""
        extra_params = [exclude] if exclude is not None else []
        where = " AND ".join(filters)
        rows, _shares, _meta = self._all_statistics()
        with connection.cursor() as cursor:
            if rows >= BOUNDED_FROM:
                # National scale, as SQLite does (its WINDOW): the WINDOW most recently
                # indexed documents with the words in their head (which GIN answers without
                # reading them) are ranked; checking a phrase and ranking it reads each
                # head, 60 ms for the 12,000 documents of 情報 and セキュリティ.
                positive = Query(
                    text=query.text, terms=query.positive, filters=query.filters,
                    fallback=query.fallback, any_term=query.any_term,
                )  # fmt: skip
                cursor.execute(
                    f"SELECT document_id, ts_rank('{HEAD_WEIGHTS}', head, %s::tsquery) AS score "
                    f"FROM (SELECT document_id, head FROM {TABLE} WHERE head @@ %s::tsquery "
                    f"AND {where}{extra} ORDER BY document_id DESC LIMIT %s) AS recent "
                    "WHERE head @@ %s::tsquery ORDER BY score DESC, document_id LIMIT %s",
                    [strict, ts_query(positive, loose=True), *params, *extra_params, WINDOW,
                     strict, limit],
                )  # fmt: skip
            else:
                cursor.execute(
                    f"SELECT document_id, ts_rank('{HEAD_WEIGHTS}', head, %s::tsquery) AS score "
                    f"FROM {TABLE} WHERE head @@ %s::tsquery AND {where}{extra} "
                    "ORDER BY score DESC, document_id LIMIT %s",
                    [strict, strict, *params, *extra_params, limit],
                )
            ranked = [(pk, 1.0 + float(value)) for pk, value in cursor.fetchall()]
            if len(ranked) < limit:
                if rows >= BOUNDED_FROM:
                    # The others are those not ranked (a head outside the window among
                    # them), told by their ids rather than by reading every head again.
                    others, other_params = (
                        " AND NOT document_id = ANY(%s)",
                        [[pk for pk, _score in ranked]],
                    )
                else:
                    others, other_params = " AND NOT head @@ %s::tsquery", [strict]
                cursor.execute(
                    f"SELECT document_id FROM {TABLE} WHERE tsv @@ %s::tsquery AND {where}"
                    f"{extra}{others} "
                    "ORDER BY date DESC NULLS LAST, document_id DESC LIMIT %s",
                    [ts_query(query, loose=True), *params, *extra_params, *other_params,
                     limit - len(ranked)],
                )  # fmt: skip
                ranked += [(pk, 0.0) for (pk,) in cursor.fetchall()]
        return ranked

    def ranked(
        self, query: Query, access: Access, limit: int, *, full: bool = False
    ) -> list[tuple[int, float]]:
        """`full`: rank every match by BM25 even if the terms look common (the caller knows
        they are in few documents)."""
        if full and not (query.empty or access.nothing):
            weighted, _informative = self._weighted_terms(query)
            return self._ranked_fully(query, access, limit, weighted, None, False)
        return self._ranked(query, access, limit)

    # --- plain-language queries at national scale ------------------------------------

    def _rum(self) -> bool:
        """Whether the RUM index is there (`reindex` builds it where the extension is)."""
        return RUM_INDEX in self._indexes()

    def _indexes(self) -> set[str]:
        """Which of the RUM and lexeme indexes are there, asked once per instance (one
        search): a rolled-back transaction may have taken them away."""
        if self._present is None:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT relname::text FROM pg_class WHERE relname = ANY(%s)",
                    [[RUM_INDEX, LEX_INDEX]],
                )
                self._present = {name for (name,) in cursor.fetchall()}
        return self._present

    def rank_plan(self, plan, access: Access, total: int, limit: int):
        """A plan (see `_rank`) ranked with bounded work where the RUM index is there and
        the index holds BOUNDED_FROM documents or more; else None (the generic ranking).

        ts_rank reads each matching row's vector (TOASTed, several kilobytes for a
        consultation): ranking every match of a word found in 40,000 documents is what made
        common words slow. RUM orders matches inside the index, so:
        1. candidates: the HEAD best by RUM's own rank (`tsv <=> query`) of each alternative
           in at most CHEAP documents; without such an alternative, HEAD documents that have
           every concept (each the OR of its alternatives); if those find few, of any
           alternative (unranked where more than ORDERED documents match);
        2. the candidates' vectors are read once and every alternative is scored on them as
           the generic ranking scores it (ts_rank × idf, saturated like BM25, the title's
           bonus from `head`), and they are ordered by the generic formula;
        3. the list is filled up to `limit` with further matches (no order), so that counts
           and facets see as many as before.
        """
        from shingikai.search._rank import scorer

        alternatives = plan.alternatives
        if (
            total < BOUNDED_FROM
            or access.nothing
            or not alternatives
            or plan.required
            or not self._rum()
        ):
            return None
        where, params = self._plan_filters(plan, access)
        # The kind facet: its class label on the lexemes of each query (RUM checks it in
        # the index for `tsv`; `head` is checked on the row, among that query's matches).
        kind = plan.query.filters.kind
        vector, label = PG_KIND[kind] if kind else ("tsv", "")

        def either(group, lexeme_label: str) -> str:
            return "(" + " | ".join(_alternative_query(a, lexeme_label) for a in group) + ")"

        def search_text(groups_of) -> tuple[str, str | None]:
            tsv_label = label if vector == "tsv" else ""
            text = " & ".join(either(g, tsv_label) for g in groups_of)
            head = " & ".join(either(g, label) for g in groups_of) if vector == "head" else None
            return text, head

        terms = [_alternative_query(a) for a in alternatives]
        groups = [[a for a in c.alternatives if a.df] for c in plan.concepts if c.found]
        # (query, at most how many documents match it)
        queries = []
        cheap = any(a.df <= CHEAP for a in alternatives)
        if len(groups) > 1 and not cheap:
            # Only common words: the documents that have them all. (With an informative
            # word, its own best come first; a conjunction of common words unranked would be
            # checked row by row.)
            bound = min(sum(a.df for a in g) for g in groups)
            queries.append((search_text(groups), bound))
        queries += [(search_text([[a]]), a.df) for a in alternatives if a.df <= CHEAP]
        head: dict[int, None] = {}
        anything = search_text([alternatives])
        facets = Query(text="", terms=[], filters=plan.query.filters).facet_tokens()
        with connection.cursor() as cursor:
            # The ordered queries in one round trip; the others one by one. (Only which
            # documents they bring matters, not in what order.)
            ordered = [(text, extra) for (text, extra), bound in queries if bound <= ORDERED]
            head.update(dict.fromkeys(self._rum_best_of(cursor, ordered, where, params, HEAD)))
            for (text, extra), bound in queries:
                if bound > ORDERED:
                    found = self._unordered(cursor, text, extra, where, params, HEAD, facets)
                    head.update(dict.fromkeys(found))
            if len(head) < HEAD:
                bound = sum(a.df for a in alternatives)
                found = self._rum_best(
                    cursor, *anything, where, params, HEAD, ordered=bound <= ORDERED,
                    facets=facets,
                )  # fmt: skip
                head.update(dict.fromkeys(found))
            if not head:
                return []
            found = self._scores(cursor, list(head), alternatives, terms, total)
            index = {id(a): n for n, a in enumerate(alternatives)}
            score = scorer(plan, index)
            final = sorted(
                ((pk, score(found.get(pk, {}))) for pk in head), key=lambda p: (-p[1], p[0])
            )[:limit]
            if len(final) < limit:
                taken = list(head)
                singles = [a for a in alternatives if len(a.term.words) == 1]
                if singles:
                    # Any matches will do: the documents of the commonest single word are
                    # all matches, found from one list of an index rather than from all.
                    word = max(singles, key=lambda a: a.df).term.words[0]
                    one = ts_lexeme(word, label if vector == "tsv" else "")
                    found = self._unordered(
                        cursor, one, anything[1], where, params, limit - len(final), facets,
                        taken,
                    )  # fmt: skip
                    final += [(pk, 0.0) for pk in found]
                    taken += found
                if len(final) < limit:
                    found = self._unordered(
                        cursor, *anything, where, params, limit - len(final), facets, taken
                    )
                    final += [(pk, 0.0) for pk in found]
        return final

    def _plan_filters(self, plan, access: Access) -> tuple[str, list]:
        sql = ["meta && %s"]
        params: list = [list(access.any_of)]
        query = Query(text="", terms=[], filters=plan.query.filters)
        facets = query.facet_tokens()
        if facets:
            sql.append("meta @> %s")
            params.append(facets)
        if plan.negative:
            negative = " | ".join(ts_term(t) for t in plan.negative)
            sql.append("NOT tsv @@ %s::tsquery")
            params.append(f"({negative})")
        return " AND ".join(sql), params

    def _rum_best(
        self,
        cursor,
        text: str,
        head: str | None,
        where: str,
        params: list,
        limit: int,
        *,
        ordered: bool,
        facets: list[str] = (),
    ) -> list[int]:
        """The best matches by RUM's rank; or, for an expression that matches more than
        ORDERED documents, any of them (RUM ranks every match, and a phrase's rank needs
        its positions: seconds for 60,000 documents)."""
        if not ordered:
            return self._unordered(cursor, text, head, where, params, limit, facets)
        if head:
            where, params = f"{where} AND head @@ %s::tsquery", [*params, head]
        cursor.execute(
            f"SELECT document_id FROM {TABLE} WHERE tsv @@ %s::tsquery AND {where} "
            "ORDER BY tsv <=> %s::tsquery LIMIT %s",
            [text, *params, text, limit],
        )
        return [pk for (pk,) in cursor.fetchall()]

    def _rum_best_of(self, cursor, queries, where: str, params: list, limit: int) -> list[int]:
        """The best matches by RUM's rank of each query (text, head condition or None), as
        `_rum_best` finds them, all in one statement."""
        if len(queries) == 1:
            return self._rum_best(cursor, *queries[0], where, params, limit, ordered=True)
        parts, values = [], []
        for text, head in queries:
            condition = f"{where} AND head @@ %s::tsquery" if head else where
            parts.append(
                f"(SELECT document_id FROM {TABLE} WHERE tsv @@ %s::tsquery AND {condition} "
                "ORDER BY tsv <=> %s::tsquery LIMIT %s)"
            )
            values += [text, *params, *([head] if head else []), text, limit]
        if not parts:
            return []
        cursor.execute(" UNION ALL ".join(parts), values)
        return [pk for (pk,) in cursor.fetchall()]

    def _unordered(
        self, cursor, text, head, where, params, limit, facets=(), exclude=None
    ) -> list[int]:
        """Matches in no order (the table's: whichever index finds them, the same rows).
        With a facet, or for a single word, and without kind labels, the lexeme index finds
        the documents that have the words and the facet together (phrases are then checked
        on those rows; a word's posting list costs less than reading the vectors of the
        first rows of the table); otherwise the planner chooses."""
        tail, tail_params = "", []
        if head:
            tail, tail_params = " AND head @@ %s::tsquery", [head]
        if exclude is not None:
            tail += " AND NOT document_id = ANY(%s)"
            tail_params.append(exclude)
        single = text.count("'") == 2
        if (facets or single) and "':" not in text and LEX_INDEX in self._indexes():
            loose = text.replace(" <-> ", " & ")
            wanted = " & ".join([f"({loose})", *(ts_lexeme(t) for t in facets)])
            conditions, values = [f"{LEXEMES} @@ %s::tsquery"], [wanted]
            if loose != text or _meta_like(text):
                conditions.append(_on_rows("tsv @@ %s::tsquery"))  # the phrases
                values.append(text)
            sql = (
                f"SELECT document_id FROM {TABLE} WHERE {' AND '.join(conditions)} "
                f"AND {_rows_only(where)}{tail} LIMIT %s"
            )
            _execute_on_indexes(cursor, sql, [*values, *params, *tail_params, limit])
        else:
            sql = (
                f"SELECT document_id FROM {TABLE} WHERE tsv @@ %s::tsquery AND {where}{tail} "
                "LIMIT %s"
            )
            values = [text, *params, *tail_params, limit]
            if single and "':" in text and self._rum():
                # One word with a kind's label: its list in RUM, rather than each row's
                # vector in turn (a word without one is in most of the first rows).
                _execute_on_indexes(cursor, sql, values)
            else:
                cursor.execute(sql, values)
        return [pk for (pk,) in cursor.fetchall()]

    def _scores(self, cursor, ids, alternatives, terms, total) -> dict[int, dict[int, float]]:
        """Each alternative's score in each document, its vectors read once (OFFSET 0 keeps
        the subquery whole, so the detoasted vectors are shared by the expressions)."""
        columns = ", ".join(
            f"CASE WHEN v @@ %s::tsquery THEN ts_rank('{TSV_WEIGHTS}', v, %s::tsquery) "
            f"+ {TITLE_BONUS:.3f} * ts_rank('{HEAD_TITLE_ONLY}', h, %s::tsquery) END"
            for _ in terms
        )
        params: list = []
        for text in terms:
            params += [text, text, text]
        cursor.execute(
            f"SELECT document_id, {columns} FROM (SELECT document_id, tsv AS v, head AS h "
            f"FROM {TABLE} WHERE document_id = ANY(%s) OFFSET 0) AS found",
            [*params, ids],
        )
        found: dict[int, dict[int, float]] = {}
        for pk, *values in cursor.fetchall():
            mine = found[pk] = {}
            for n, (alternative, value) in enumerate(zip(alternatives, values, strict=True)):
                if value is None:
                    continue
                idf = math.log(1 + (total - alternative.df + 0.5) / (alternative.df + 0.5))
                unit = self.one_occurrence * idf
                ratio = float(value) * idf / unit if unit > 0 else 0.0
                mine[n] = unit * 2 * ratio / (ratio + 1) if unit > 0 else float(value) * idf
        return found

    def count(
        self, query: Query, access: Access, kind: str | None = None, cap: int | None = None
    ) -> int:
        """Matches, up to `cap`: reading 40,000 rows to count them is what costs."""
        if query.empty or access.nothing:
            return 0
        if query.any_term:
            # Any of many words: count by words (the GIN index answers alone).
            loose = True
        else:
            _weighted, informative = self._weighted_terms(query)
            # Common words only: count by words, which the GIN index answers alone.
            loose = not informative
        kind = kind if kind is not None else query.filters.kind
        if cap and not kind and self._at_least(query, access, cap, loose):
            return cap
        text = ts_query(query, loose=loose)
        limit = f" LIMIT {int(cap)}" if cap else ""
        if kind and PG_KIND[kind][0] == "tsv":
            # The kind's label on the lexemes is the whole condition (the index answers it).
            text = ts_query(query, label=PG_KIND[kind][1], loose=loose)
            bare = Query(
                text=query.text, terms=query.terms, filters=replace(query.filters, kind=None)
            )
            filters, params = self._filters(bare, access, "", loose)
        else:
            filters, params = self._filters(query, access, kind, loose)
            if LEX_INDEX in self._indexes():
                return self._count_by_lexemes(query, access, text, filters, params, limit)
        where = " AND ".join(filters)
        # A kind's label, or a few words, are checked by RUM in the index, but on every row
        # by a sequential scan (which the planner prefers for common words): 4x slower for
        # 10,000 matches. (For an OR of twenty words the bitmap costs more than it saves.)
        steer = (bool(kind) or text.count("'") <= 2 * FEW_LEXEMES) and self._rum()
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE tsv @@ %s::tsquery "
            f"AND {where}{limit}) AS found"
        )
        with connection.cursor() as cursor:
            if steer and cap and kind:
                # The commonest word alone, with its label, often passes the cap: one list
                # of RUM rather than twenty to merge.
                word = self._commonest_word(query, cap)
                if word is not None:
                    one = ts_lexeme(word, PG_KIND[kind][1])
                    _execute_on_indexes(cursor, sql, [one, *params])
                    if cursor.fetchone()[0] >= cap:
                        return cap
            if steer:
                _execute_on_indexes(cursor, sql, [text, *params])
            else:
                cursor.execute(sql, [text, *params])
            return cursor.fetchone()[0]

    def _commonest_word(self, query: Query, cap: int) -> str | None:
        """The single word whose documents all match the query (any word of a plain query,
        the only term of another), of those that may be in `cap` documents or more."""
        if query.negative or (not query.any_term and len(query.positive) != 1):
            return None
        rows, shares, _meta = self._all_statistics()
        words = [
            (shares.get(phrase[0], 0.0), phrase[0])
            for term in query.positive
            for phrase in term.phrases
            if len(phrase) == 1
        ]
        share, word = max(words, default=(0.0, None))
        return word if share * rows >= cap else None

    def count_cap(self, query: Query, default: int) -> int:
        """How far `count` goes before it says "or more". A kind facet's words carry its
        label, which only RUM (or each row's vector) can check: at national scale they are
        counted up to KIND_COUNT_CAP, the candidates the facets are counted on, not 10,000
        (RUM merges the positions of every word of a question for that)."""
        kind = query.filters.kind
        if kind and PG_KIND[kind][0] == "tsv":
            rows, _shares, _meta = self._all_statistics()
            if rows >= BOUNDED_FROM:
                return min(default, KIND_COUNT_CAP)
        return default

    def _count_by_lexemes(self, query, access, text, filters, params, limit) -> int:
        """A count without labels: the lexeme index finds the documents with the words and
        the facets (phrases and -words are then checked on those rows only), and the access
        when it admits few documents. The meta conditions are checked on the rows too, in
        expressions no other index has (the planner would list a facet's documents by the
        meta index and read every one's vector)."""
        positive = Query(
            text=query.text, terms=query.positive, filters=query.filters,
            fallback=query.fallback, any_term=query.any_term,
        )  # fmt: skip
        words = ts_query(positive, loose=True)
        wanted = [words, *(ts_lexeme(token) for token in query.facet_tokens())]
        if self._admitted_share(access) < BROAD_ACCESS:
            wanted.append("(" + " | ".join(ts_lexeme(t) for t in access.any_of) + ")")
        conditions, values = [f"{LEXEMES} @@ %s::tsquery"], [" & ".join(wanted)]
        if words != text or _meta_like(words):
            conditions.append(_on_rows("tsv @@ %s::tsquery"))
            values.append(text)
        where = " AND ".join([*conditions, _rows_only(" AND ".join(filters))])
        with connection.cursor() as cursor:
            _execute_on_indexes(
                cursor,
                f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {where}{limit}) AS found",
                [*values, *params],
            )
            return cursor.fetchone()[0]

    def _admitted_share(self, access: Access) -> float:
        """At least this share of the documents is admitted by the access (ANALYZE's
        frequencies of the meta tokens; 0 when unknown)."""
        _rows, _shares, meta = self._all_statistics()
        return max((meta.get(token, 0.0) for token in access.any_of), default=0.0)

    def _at_least(self, query: Query, access: Access, cap: int, loose: bool = False) -> bool:
        """Whether ANALYZE's statistics prove `cap` matches or more without counting them.
        Shares of documents, by inclusion–exclusion: words in shares w1 … wk are all in at
        least Σw - (k - 1) of them (a phrase counted by its words, `loose`; a single word
        otherwise); a term has its best phrase, a plain query its best term, a conjunction
        of terms Σ - (n - 1) again; the access admits share a and each facet share f, so
        at least (q + a - 1 + Σ(f - 1)) of the documents match. ANALYZE reads every row of
        a table up to 300,000 documents (STATISTICS 1000); a margin covers what was
        written since."""
        if query.negative:
            return False
        rows, shares, meta = self._all_statistics()
        if not shares or not meta:
            return False

        def phrase_share(phrase) -> float:
            if not phrase or (len(phrase) > 1 and not loose):
                return 0.0  # nothing known, or positions to check
            return sum(shares.get(word, 0.0) for word in phrase) - (len(phrase) - 1)

        terms = [
            max((phrase_share(phrase) for phrase in term.phrases), default=0.0)
            for term in query.positive
        ]
        if query.any_term:
            word = max(terms, default=0.0)
        else:
            word = sum(terms) - (len(terms) - 1)
        share = word + self._admitted_share(access) - 1
        for token in query.facet_tokens():
            share += meta.get(token, 0.0) - 1
        return share * rows >= AT_LEAST_MARGIN * cap

    def kind_counts(self, query: Query, access: Access, candidates: list[int]) -> dict[str, int]:
        """How many of the candidates match in each kind (checking positions on every row
        would read all the matches of a common word; the candidates are at most 1,000)."""
        if query.empty or not candidates:
            return {}
        columns = ", ".join(
            f"count(*) FILTER (WHERE {vector} @@ %s::tsquery)"
            for vector, _label in PG_KIND.values()
        )
        params = [ts_query(query, label=label) for _vector, label in PG_KIND.values()]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {columns} FROM {TABLE} WHERE document_id = ANY(%s)", [*params, candidates]
            )
            return dict(zip(PG_KIND, cursor.fetchone(), strict=True))

    def similar(
        self, query: Query, access: Access, exclude: int, limit: int
    ) -> list[tuple[int, float]]:
        return self._ranked(query, access, limit, exclude=exclude, any_term=True)

    def document_frequencies(self, tokens: list[str]) -> tuple[int, dict[str, int]]:
        rows, shares = self._statistics()
        found = {}
        with connection.cursor() as cursor:
            for token in tokens:
                if token in shares:
                    found[token] = round(shares[token] * rows)
                    continue
                key = ts_lexeme(token)
                kept = _exact.get(connection.alias, {})
                if key not in self._counted and key in kept:
                    self._counted[key] = kept[key]
                if key not in self._counted:
                    cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE tsv @@ %s::tsquery", [key])
                    self._counted[key] = kept[key] = cursor.fetchone()[0]
                found[token] = self._counted[key]
        return rows, found

    def size_bytes(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT pg_total_relation_size('{TABLE}') "
                "+ pg_total_relation_size('search_document')"
            )
            return cursor.fetchone()[0]


def _alternative_query(alternative, label: str = "") -> str:
    """One alternative of a concept as a tsquery (bigram terms match by bigrams)."""
    term = alternative.term
    return ts_term(term, bool(term.grams and not term.words), label)


# A condition wrapped so that no index answers it (`IS TRUE` of a match that is never
# NULL): checked on the rows another index found. The planner would otherwise list a facet's
# documents by the meta index, or intersect with RUM's list of a phrase or of twenty common
# words, which costs more than checking the few rows the lexeme index leaves.
def _on_rows(condition: str) -> str:
    return f"({condition}) IS TRUE"


def _meta_like(text: str) -> bool:
    """Whether a word of the query could be a meta token (x…), which the lexeme index
    holds beside the words: then the words are checked on the rows too."""
    return "'x" in text


def _rows_only(where: str) -> str:
    """The meta conditions of a WHERE clause (one condition per AND) checked on the rows."""
    return " AND ".join(
        _on_rows(part) if part.startswith("meta ") else part for part in where.split(" AND ")
    )


def _execute_on_indexes(cursor, sql: str, params: list) -> None:
    """Run a query with sequential scans off (see `_index_scans`). Outside a transaction
    in the same round trip: a SET LOCAL sent with the query ends with it."""
    binding = connection.settings_dict.get("OPTIONS", {}).get("server_side_binding")
    if connection.in_atomic_block or binding:
        # (Server-side binding sends one statement at a time.)
        with _index_scans():
            cursor.execute(sql, params)
    else:
        cursor.execute(f"SET LOCAL enable_seqscan = off; {sql}", params)
        cursor.nextset()


@contextlib.contextmanager
def _index_scans():
    """A query steered to the index: the planner prefers a sequential scan for words in
    most rows, which reads (and decompresses) every row's vector, where a bitmap from the
    RUM index needs none of them for labelled lexemes. The setting is local to the
    transaction and put back afterwards."""
    from django.db import transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan')")
        previous = cursor.fetchone()[0]
        cursor.execute("SELECT set_config('enable_seqscan', 'off', true)")
        try:
            yield
        finally:
            cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])
