"""Search quality: nDCG@10 of the judged queries over the sample minutes."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from shingikai.search._query import Access
from shingikai.search._schema import META_IMPORTED
from shingikai.search.models import Document

JUDGED = Path(__file__).resolve().parent / "data" / "judged_queries.json"
SAMPLES = Path(__file__).resolve().parents[2] / "tests" / "samples" / "minutes"
DEPTH = 10


@dataclass
class Judgement:
    query: str
    kind: str  # keyword or question
    first: int | None  # document id that must rank first
    also: list[int]
    ranked: list[int]

    @property
    def rank(self) -> int | None:
        return self.ranked.index(self.first) + 1 if self.first in self.ranked else None

    @property
    def top3(self) -> bool:
        return self.rank is not None and self.rank <= 3

    @property
    def ndcg(self) -> float:
        gains = {self.first: 2, **{pk: 1 for pk in self.also}} if self.first else {}
        dcg = sum(
            (2 ** gains.get(pk, 0) - 1) / math.log2(position + 2)
            for position, pk in enumerate(self.ranked[:DEPTH])
        )
        ideal = sorted(gains.values(), reverse=True)[:DEPTH]
        idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
        return dcg / idcg if idcg else 0.0


def load_judged(path: Path = JUDGED) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["queries"]


def _find(spec: dict) -> int | None:
    found = Document.objects.filter(
        source=Document.Source.IMPORTED,
        audience=Document.Audience.INTERNAL,
        municipality=spec["municipality"],
        title__contains=spec["title"],
    ).values_list("pk", flat=True)
    return found[0] if len(found) == 1 else None


def evaluate(judged: list[dict]) -> list[Judgement]:
    """Rank each query over the imported minutes, as the secretariat would (with the
    same fallback to bigrams as the search page)."""
    from shingikai.search._search import ranked_ids

    access = Access((META_IMPORTED,))
    results = []
    for case in judged:
        ranked = ranked_ids(case["query"], access, DEPTH)
        results.append(
            Judgement(
                query=case["query"],
                kind=case.get("kind", "keyword"),
                first=_find(case["first"]),
                also=[pk for spec in case.get("also", []) if (pk := _find(spec))],
                ranked=[pk for pk, _score in ranked],
            )
        )
    return results


def summary(results: list[Judgement]) -> dict[str, tuple[int, float, float]]:
    """Per kind of query (and over all): count, mean nDCG@10, share with the answer in the
    top 3."""
    groups: dict[str, list[Judgement]] = {}
    for result in results:
        groups.setdefault(result.kind, []).append(result)
    groups["all"] = results
    return {
        kind: (
            len(items),
            sum(r.ndcg for r in items) / len(items),
            sum(1 for r in items if r.top3) / len(items),
        )
        for kind, items in groups.items()
        if items
    }
