"""The facet columns of every document, in memory: what the facets count over the best
CANDIDATES matches of a search.

Reading them from the documents' table costs a query with a thousand ids (and their
JSON) per search, 3–5 ms at national scale; kept here as arrays (about 30 bytes a
document: 2 MB at 63,000), they are looked up in a fraction of that. Like the meaning
vectors (`_fusion.meaning_index`), each process reloads them when the index changes
(`_per_revision`).
"""

from __future__ import annotations

import json

import numpy as np
from django.db import connection

from shingikai.search._per_revision import PerRevision
from shingikai.search.models import Document

_NONE = -1


class Facts:
    """ids (sorted) and, per document, its municipality id, the position of its
    municipality's name, fiscal year, outcome and grounds in the lists of distinct values."""

    def __init__(self, rows) -> None:
        names: dict[str, int] = {}
        outcomes: dict[str, int] = {}
        grounds: dict[str, int] = {}
        self.grounds: list[list] = []
        columns: list[tuple] = []
        for pk, municipality_id, municipality, fiscal_year, outcome, ground_list in rows:
            if not isinstance(ground_list, str):  # PostgreSQL decodes JSON itself
                ground_list = json.dumps(ground_list or [])
            if ground_list not in grounds:
                grounds[ground_list] = len(grounds)
                self.grounds.append(json.loads(ground_list) or [])
            columns.append(
                (
                    pk,
                    _NONE if municipality_id is None else municipality_id,
                    names.setdefault(municipality, len(names)),
                    _NONE if fiscal_year is None else fiscal_year,
                    outcomes.setdefault(outcome, len(outcomes)),
                    grounds[ground_list],
                )
            )
        columns.sort()
        table = np.array(columns, dtype=np.int64).reshape(len(columns), 6)
        self.ids = table[:, 0].copy()
        self.municipality_ids = table[:, 1].copy()
        self.names_at = table[:, 2].astype(np.int32)
        self.fiscal_years = table[:, 3].astype(np.int32)
        self.outcomes_at = table[:, 4].astype(np.int32)
        self.grounds_at = table[:, 5].astype(np.int32)
        self.names = list(names)
        self.outcomes = list(outcomes)

    def rows(self, ids: list[int]) -> list[tuple]:
        """(id, municipality id, municipality, fiscal year, outcome, grounds) of each of
        these documents that exists, by id."""
        wanted = np.unique(np.fromiter(ids, dtype=np.int64, count=len(ids)))
        if not len(self.ids) or not len(wanted):
            return []
        at = np.searchsorted(self.ids, wanted)
        at[at >= len(self.ids)] = 0
        at = at[self.ids[at] == wanted]
        names, outcomes, grounds = self.names, self.outcomes, self.grounds
        return [
            (
                pk,
                None if municipality_id == _NONE else municipality_id,
                names[name],
                None if year == _NONE else year,
                outcomes[outcome],
                grounds[ground],
            )
            for pk, municipality_id, name, year, outcome, ground in zip(
                self.ids[at].tolist(),
                self.municipality_ids[at].tolist(),
                self.names_at[at].tolist(),
                self.fiscal_years[at].tolist(),
                self.outcomes_at[at].tolist(),
                self.grounds_at[at].tolist(),
                strict=True,
            )
        ]


def _load() -> Facts:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, municipality_id, municipality, fiscal_year, outcome, grounds "
            f"FROM {Document._meta.db_table}"
        )
        return Facts(cursor.fetchall())


_copy: PerRevision[Facts] = PerRevision(_load)


def facts() -> Facts:
    """This process's copy, reloaded when the index changed."""
    return _copy.get()


def reset() -> None:
    _copy.reset()
