"""Precedent search across native consultations and imported minutes, in Japanese.

Public interface (the modules starting with _ are private)::

    search(text, *, user, filters=Filters(), page=1) -> Results   # ranked, faceted, snippets
    similar(source, object_id, *, user, limit=5) -> list[Hit]      # "similar consultations"
    rebuild() / reindex_if_needed() -> Stats                       # `shingikai reindex`
    refresh([(source, pk), ...]) -> Stats                          # what the signals call
    Filters(municipality, fiscal_year, ground, outcome, kind)
    KINDS                                                          # the kind facet's values

`source` is "consultation" (native) or "imported" (an item of imported minutes). The backend
follows the database: SQLite FTS5 (embedded) or PostgreSQL tsvector (server mode).
Functions import their implementation lazily, so that importing this package at app
loading time needs no models.
"""

from __future__ import annotations

from shingikai.search._query import Filters
from shingikai.search._schema import KINDS

__all__ = [
    "KINDS",
    "Filters",
    "rebuild",
    "refresh",
    "reindex_if_needed",
    "search",
    "similar",
]


def search(text: str, **kwargs):
    from shingikai.search._search import search as _search

    return _search(text, **kwargs)


def similar(source: str, object_id: int, **kwargs):
    from shingikai.search._search import similar as _similar

    return _similar(source, object_id, **kwargs)


def rebuild(**kwargs):
    from shingikai.search._index import rebuild as _rebuild

    return _rebuild(**kwargs)


def reindex_if_needed(**kwargs):
    from shingikai.search._index import reindex_if_needed as _reindex_if_needed

    return _reindex_if_needed(**kwargs)


def refresh(keys):
    from shingikai.search._index import refresh as _refresh

    return _refresh(keys)
