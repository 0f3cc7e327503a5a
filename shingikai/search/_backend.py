"""One search interface, one backend per database, chosen from the connection's vendor."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from django.db import connection

from shingikai.search._analysis import AnalysedDocument
from shingikai.search._query import Access, Query


class Backend(Protocol):
    vendor: str

    def create_schema(self, cursor) -> None: ...

    def clear(self) -> None: ...

    def insert(self, rows: Sequence[tuple[int, AnalysedDocument]]) -> None: ...

    def delete(self, documents: Sequence) -> None:
        """Remove the rows of these Document instances (as they were indexed)."""

    def begin_bulk(self) -> None: ...

    def end_bulk(self) -> None: ...

    def ranked(
        self, query: Query, access: Access, limit: int, *, full: bool = False
    ) -> list[tuple[int, float]]:
        """Document ids with scores, best first (`full`: by BM25 whatever the terms)."""

    def present_among(self, query: Query, access: Access, candidates: list[int]) -> set[int]:
        """Which of the candidates match."""

    def count(
        self, query: Query, access: Access, kind: str | None = None, cap: int | None = None
    ) -> int:
        """Matching documents; a backend may stop at `cap`."""

    def count_cap(self, query: Query, default: int) -> int:
        """How far `count` goes for this query before the page says "or more"."""

    def kind_counts(self, query: Query, access: Access, candidates: list[int]) -> dict[str, int]:
        """Matches per kind: over all matches (SQLite) or over the candidates (PostgreSQL)."""

    def similar(
        self, query: Query, access: Access, exclude: int, limit: int
    ) -> list[tuple[int, float]]:
        """Documents sharing any of the query's terms, best first, without `exclude`."""

    def document_frequencies(self, tokens: list[str]) -> tuple[int, dict[str, int]]:
        """Number of documents, and in how many of them each token occurs."""

    def size_bytes(self) -> int: ...


def backend_for(vendor: str | None = None) -> Backend:
    vendor = vendor or connection.vendor
    if vendor == "sqlite":
        from shingikai.search._sqlite import SQLiteBackend

        return SQLiteBackend()
    if vendor == "postgresql":
        from shingikai.search._postgres import PostgresBackend

        return PostgresBackend()
    raise NotImplementedError(f"no search backend for the database vendor {vendor!r}")
