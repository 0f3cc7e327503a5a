"""The meaning signal fused with the lexical ranking, for the search and for "similar
consultations".

- Every lexical candidate gets a meaning score m: the centred cosine of its vector with the
  query's, above NOISE, rescaled to 0–1. Its fused score is its lexical score divided by
  the best one (or by the score of a document having each word of the query once, when
  nothing comes near that) plus BETA × m, times that divisor again (scores stay in BM25
  units). The user's words stay dominant: m is rarely above 0.4 (a cosine of 0.45; the
  answer to a question is at 0.2 in the median), so meaning adds at most about 40 % of
  what the best word match has.
- Documents no word matched are brought in from a bounded pool: the RECALL nearest of the
  user's audience by meaning (a scan of one int8 matrix per process), at RECALL_MIN or
  closer and standing out from the rest by RECALL_Z standard deviations (none while the
  audience has fewer than 20 documents); kept only if the user may see them and they
  pass the filters; only for a plain query of staff (a quoted phrase, a -word or a kind
  facet asks for words; the anonymous search finds a document only by its published
  words). They score BETA × m, below any document that matches the words well.
- The text of a meeting outside its items (headers, attendees) has no subject: those
  documents are ranked by words only.

Each process keeps the documents' vectors (`Document.meaning`) in memory, loaded on the
first search and again whenever `MeaningRevision` changes (every index write bumps it).
Without word vectors the ranking is the lexical one, unchanged.
"""

from __future__ import annotations

import logging

import numpy as np
from django.db import connection

from shingikai.search import _meaning
from shingikai.search import _schema as s
from shingikai.search._per_revision import PerRevision
from shingikai.search._query import Access, Filters, Query
from shingikai.search.models import Document

log = logging.getLogger(__name__)

# Weight of the meaning score against the best lexical score (1.0).
BETA = 1.0
# Centred cosines at or below this say nothing (unrelated texts scatter around 0).
NOISE = 0.1
# Documents brought in by meaning alone, at most, per query ...
RECALL = 20
# ... each at least this close to the query, and standing out from the documents of the
# audience by RECALL_Z standard deviations. On the sample minutes (23 consultations, the
# judged questions) this admits the answer of 50 % of the questions and the best unrelated
# consultation of 12 % (cosines: the answer 0.21 in the median, the best unrelated 0.15).
RECALL_MIN = 0.12
RECALL_Z = 2.0
# Between two documents (similar consultations) cosines are smaller: on the samples the
# median pair is at 0.0 and the 99th percentile at 0.12; the top pairs (two meetings of
# one council, two system procurements, SMS reminders and a school mail system) at 0.1–0.25.
# So there, a pair closer than 99 % of pairs counts fully (m = 1), 0 not at all.
SIMILAR_NOISE = 0.0
SIMILAR_FULL = 0.12
SIMILAR_RECALL_MIN = 0.05
SIMILAR_RECALL_Z = 1.5
# Lexical candidates a ranking asks for at least, so that meaning can reorder them.
POOL = 100


def _load_vectors() -> _meaning.MeaningIndex:
    rows = (
        Document.objects.filter(meaning__isnull=False)
        .exclude(source=Document.Source.MEETING)
        .values_list("pk", "audience", "meaning")
        .iterator(chunk_size=5000)
    )
    index = _meaning.MeaningIndex.from_rows(
        ((pk, audience == Document.Audience.PUBLIC, blob) for pk, audience, blob in rows),
        _meaning.dimensions(),
        _meaning.background(),
    )
    log.debug("meaning vectors of %d documents loaded (%d bytes)", len(index), index.nbytes)
    return index


_vectors: PerRevision[_meaning.MeaningIndex] = PerRevision(_load_vectors)


def meaning_index() -> _meaning.MeaningIndex | None:
    """This process's copy of the documents' vectors, reloaded when the index changed."""
    if not _meaning.dimensions():
        return None
    return _vectors.get()


def reset() -> None:
    _vectors.reset()


def _strength(cosine: float, noise: float, full: float = 1.0) -> float:
    return min(1.0, max(0.0, (cosine - noise) / (full - noise)))


def visible(ids: list[int], access: Access, filters: Filters | None) -> list[int]:
    """Those of the documents the access admits (any of its tokens) that pass the facet
    filters (all of theirs): the rule both backends apply inside the index."""
    if not ids or access.nothing:
        return []
    needed = set(Query(text="", terms=[], filters=filters or Filters()).facet_tokens())
    admits = set(access.any_of)
    with connection.cursor() as cursor:  # (plain SQL: twenty ids, before every page)
        cursor.execute(
            f"SELECT id, meta FROM {Document._meta.db_table} "
            f"WHERE id IN ({', '.join(['%s'] * len(ids))})",
            list(ids),
        )
        found = dict(cursor.fetchall())
    kept = []
    for pk in ids:
        meta = found.get(pk)
        if meta is None:
            continue
        tokens = set(meta.split())
        if tokens & admits and needed <= tokens:
            kept.append(pk)
    return kept


def fuse(
    ranked: list[tuple[int, float]],
    query: np.ndarray | None,
    *,
    access: Access,
    filters: Filters | None = None,
    recall: bool = True,
    exclude: int | None = None,
    noise: float | None = None,
    recall_min: float | None = None,
    recall_z: float | None = None,
    full: float = 1.0,
    full_match: float = 0.0,
) -> list[tuple[int, float]]:
    """The lexical ranking with the meaning signal added, and documents brought in by
    meaning alone when `recall`; best first. Lexical scores are divided by the best one,
    or by `full_match` (what a document with every word of the query once would score)
    when that is higher: a document that matches one minor word of a question is not
    taken for a full match because nothing matched better."""
    noise = NOISE if noise is None else noise
    recall_min = RECALL_MIN if recall_min is None else recall_min
    recall_z = RECALL_Z if recall_z is None else recall_z
    if query is None:
        return ranked
    index = meaning_index()
    if index is None or not len(index):
        return ranked
    top = max(ranked[0][1] if ranked else 0.0, full_match) or 1.0
    # (As arrays: a thousand candidates. The same operations, in double, as _strength.)
    ids = np.fromiter((pk for pk, _score in ranked), dtype=np.int64, count=len(ranked))
    lexical = np.fromiter((score for _pk, score in ranked), dtype=np.float64, count=len(ranked))
    strength = np.minimum(
        1.0, np.maximum(0.0, (index.scores_array(query, ids) - noise) / (full - noise))
    )
    fused = dict(zip(ids.tolist(), (lexical / top + BETA * strength).tolist(), strict=True))
    if recall:
        public = s.META_PUBLIC in access.any_of
        near = [
            (pk, cosine)
            for pk, cosine in index.nearest(
                query, RECALL, public=public, min_cosine=recall_min, min_z=recall_z
            )
            if pk not in fused and pk != exclude
        ]
        cosines = dict(near)
        for pk in visible([pk for pk, _c in near], access, filters):
            fused[pk] = BETA * _strength(cosines[pk], noise, full)
    result = [(pk, top * score) for pk, score in fused.items()]
    result.sort(key=lambda pair: (-pair[1], pair[0]))
    return result


def query_words(concepts) -> list[str]:
    """The words a query's meaning is made of: each concept's own words, as typed."""
    return [
        word
        for concept in concepts
        for alternative in concept.alternatives
        if alternative.kind == "own"
        for word in alternative.term.words
    ]


def closest_entries(entries, query: np.ndarray, *, limit: int) -> list[int]:
    """Positions of the entries closest in meaning to the query (the snippet of a document
    no word of the query is in); an answer counts with its question, as in `_snippets`, and
    the title (shown above the snippet anyway) only when there is nothing else."""
    answered = {e.answer for e in entries if e.answer is not None}
    titled = all(e.field == "title" for e in entries)
    scored = []
    for position, entry in enumerate(entries):
        if position in answered or (entry.field == "title" and not titled):
            continue
        words = entry.words
        if entry.answer is not None:
            words = words + entries[entry.answer].words
        vector = _meaning.query_vector(words)
        if vector is not None:
            scored.append((-float(vector @ query), position))
    scored.sort()
    return [position for _score, position in scored[:limit]]


def document_vector(document: Document, index: _meaning.MeaningIndex | None = None):
    """The stored vector of a document, as a unit float vector (None without one)."""
    if index is not None:
        vector = index.vector(document.pk)
        if vector is not None:
            return vector
    return _meaning.decode(document.meaning)
