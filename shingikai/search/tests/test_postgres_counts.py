"""PostgreSQL's counts at national scale: the lexeme index counts as the rows do, and a count
proved from ANALYZE's statistics says "or more" only where the statistics prove it.

PostgreSQL only (the SQLite backend counts in FTS5).
"""

import pytest
from django.db import connection

from shingikai.search import Filters
from shingikai.search import _schema as s
from shingikai.search._postgres import LEX_INDEX, PostgresBackend
from shingikai.search._query import Access, Query
from shingikai.search.tests.test_search import sms_and_cctv  # noqa: F401

# make test leaves these out of its SQLite run (-m "not postgresql_only"); the skip only guards
# a hand-run pytest on SQLite.
pytestmark = [
    pytest.mark.postgresql_only,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the PostgreSQL backend's own counting"
    ),
]

STAFF = Access((s.META_INTERNAL,))


def plain(text: str, **filters) -> Query:
    """A query as `search` counts a plain one: any of its words."""
    query = Query.parse(text, Filters(**filters))
    return Query(text=text, terms=query.terms, filters=query.filters, any_term=True)


def rows_count(query: Query) -> int:
    """The count as the rows say it (the vectors and meta of every row, no index)."""
    from shingikai.search._query import ts_query

    sql = "SELECT count(*) FROM search_pgdoc WHERE tsv @@ %s::tsquery AND meta && %s"
    params = [ts_query(query, loose=True), list(STAFF.any_of)]
    facets = query.facet_tokens()
    if facets:
        sql += " AND meta @> %s"
        params.append(facets)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text, filters",
    [
        ("パスワード", {}),
        ("防犯カメラ ショートメッセージ", {}),
        ("確認 督促", {"outcome": "approved"}),
        ("確認", {"fiscal_year": 2021}),
        ("警察 照会 大阪", {"outcome": "unknown"}),
        ("大阪", {}),
        # Words spelt as meta tokens (the lexeme index holds both): found in no text.
        ("xint", {}),
        ("ximp 督促", {"outcome": "approved"}),
    ],
)
def test_the_lexeme_index_counts_as_the_rows(sms_and_cctv, text, filters):  # noqa: F811
    backend = PostgresBackend()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_class WHERE relname = %s", [LEX_INDEX])
        if cursor.fetchone() is None:
            pytest.skip("no RUM extension: no lexeme index beside it")
    query = plain(text, **filters)
    assert backend.count(query, STAFF, cap=10_000) == rows_count(query)


def statistics(rows, words, meta):
    def fake(self):
        return rows, words, meta

    return fake


@pytest.mark.django_db
def test_a_count_proved_by_statistics_needs_no_rows(monkeypatch):
    """The table is empty: only the statistics can say 10,000 or more."""
    words = {"情報": 0.97, "セキュリティ": 0.5, "督促": 0.01}
    meta = {s.META_INTERNAL: 1.0, s.meta_fiscal_year(2021): 0.05, s.meta_outcome("approved"): 0.9}
    monkeypatch.setattr(
        PostgresBackend, "_all_statistics", statistics(100_000, words, meta), raising=True
    )
    backend = PostgresBackend()
    cap = 10_000
    # One word in 97 % of 100,000 documents, every one of them admitted.
    assert backend.count(plain("情報"), STAFF, cap=cap) == cap
    # Any of two words: the commoner suffices.
    assert backend.count(plain("督促 情報"), STAFF, cap=cap) == cap
    # A facet in 90 %: at least 87 % remain.
    assert backend.count(plain("情報", outcome="approved"), STAFF, cap=cap) == cap
    # A facet in 5 % proves nothing: counted (none in the empty table).
    assert backend.count(plain("情報", fiscal_year=2021), STAFF, cap=cap) == 0
    # A rare word alone proves nothing.
    assert backend.count(plain("督促"), STAFF, cap=cap) == 0
    # An access that admits few documents proves nothing.
    assert backend.count(plain("情報"), Access(("xc999",)), cap=cap) == 0
    # A -word could remove any of them.
    assert backend.count(plain("情報 -督促"), STAFF, cap=cap) == 0


@pytest.mark.django_db
def test_a_phrase_is_proved_by_its_words_only_when_counted_loosely(monkeypatch):
    words = {"情報": 0.97, "セキュリティ": 0.5}
    meta = {s.META_INTERNAL: 1.0}
    monkeypatch.setattr(
        PostgresBackend, "_all_statistics", statistics(100_000, words, meta), raising=True
    )
    backend = PostgresBackend()
    query = Query.parse('"情報セキュリティ"')
    # Both words are in at least 47 % of the documents.
    assert backend._at_least(query, STAFF, 10_000, loose=True)
    # As a phrase, their positions are not in the statistics.
    assert not backend._at_least(query, STAFF, 10_000, loose=False)


@pytest.mark.django_db
def test_a_kind_is_counted_to_a_thousand_at_national_scale(monkeypatch):
    monkeypatch.setattr(
        PostgresBackend, "_all_statistics", statistics(100_000, {}, {}), raising=True
    )
    backend = PostgresBackend()
    assert backend.count_cap(plain("情報", kind="question"), 10_000) == 1_000
    assert backend.count_cap(plain("情報"), 10_000) == 10_000
    monkeypatch.setattr(PostgresBackend, "_all_statistics", statistics(500, {}, {}), raising=True)
    assert backend.count_cap(plain("情報", kind="question"), 10_000) == 10_000
