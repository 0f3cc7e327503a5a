"""Keeping the index in step with the sources: full rebuilds, catch-up, per-object refresh."""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from shingikai.lib.batches import batched
from shingikai.search import _meaning, _sources, _tokenizer
from shingikai.search._analysis import (
    AnalysedDocument,
    SourceDocument,
    analyse_batch,
    analyse_document,
    init_worker,
)
from shingikai.search._backend import backend_for
from shingikai.search.models import Document, IndexState, MeaningRevision

log = logging.getLogger(__name__)

# Bump when the layout of the index or the analysis changes: `reindex --if-needed` then
# rebuilds everything.
VERSION = 3
BATCH = 200
# Below this many documents a worker pool costs more than it saves.
PARALLEL_THRESHOLD = 400


@dataclass
class Stats:
    documents: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    text_bytes: int = 0
    seconds: float = 0.0
    actions: list[str] = field(default_factory=list)

    @property
    def megabytes_per_second(self) -> float:
        return self.text_bytes / 1e6 / self.seconds if self.seconds else 0.0


def _analysed(
    documents: Iterable[SourceDocument], vendor: str, workers: int
) -> Iterator[AnalysedDocument]:
    if workers <= 1:
        for document in documents:
            yield analyse_document(document, vendor)
        return
    # Workers only run the pure analysis; the database stays with this process.
    context = multiprocessing.get_context("fork")
    # The dictionary and the word vectors loaded here, before the fork, are shared by the
    # workers (each would otherwise load its own: CPU a worker spends on no document).
    _tokenizer.preload()
    _meaning.table()
    # The workers inherit this process's heap. Frozen, it is not walked by their garbage
    # collector, which would write to (and so copy) every page of it in every worker.
    gc.freeze()
    try:
        with context.Pool(workers, initializer=init_worker) as pool:
            jobs = ((batch, vendor) for batch in batched(documents, 25))
            for result in pool.imap(analyse_batch, jobs, chunksize=2):
                yield from result
    finally:
        gc.unfreeze()


def _fields(doc: AnalysedDocument) -> dict:
    source = doc.source
    return {
        "municipality_id": source.municipality_id,
        "municipality": source.municipality,
        "council_id": source.council_id,
        "title": source.title,
        "number": source.number,
        "department": source.department,
        "date": source.date,
        "fiscal_year": source.fiscal_year,
        "outcome": source.outcome,
        "grounds": source.grounds,
        "meta": " ".join(source.meta),
        "entries": doc.entries_blob,
        "text_bytes": doc.text_bytes,
        "fingerprint": doc.fingerprint,
        "meaning": doc.meaning,
    }


def _write(batch: list[AnalysedDocument], stats: Stats, *, fresh: bool) -> None:
    """Store one batch: new documents are inserted, changed ones replaced."""
    backend = backend_for()
    existing: dict[tuple, Document] = {}
    if not fresh:
        keys = {(d.source.source, d.source.object_id) for d in batch}
        for document in Document.objects.filter(
            source__in={k[0] for k in keys}, object_id__in={k[1] for k in keys}
        ):
            existing[(document.source, document.object_id, document.audience)] = document
    create, replace = [], []
    for doc in batch:
        stats.documents += 1
        stats.text_bytes += doc.text_bytes
        key = (doc.source.source, doc.source.object_id, doc.source.audience)
        found = existing.get(key)
        if found is None:
            create.append(doc)
        elif found.fingerprint == doc.fingerprint and (found.meaning or not doc.meaning):
            # (A document indexed while the word vectors were missing gets its vector.)
            stats.unchanged += 1
        else:
            replace.append((found, doc))
    if replace:
        backend.delete([found for found, _ in replace])
        for found, doc in replace:
            for name, value in _fields(doc).items():
                setattr(found, name, value)
        Document.objects.bulk_update(
            [found for found, _ in replace], [*_fields(replace[0][1]), "indexed_at"]
        )
        backend.insert([(found.pk, doc) for found, doc in replace])
        stats.updated += len(replace)
    if create:
        if connection.vendor == "sqlite":
            pks = _insert_sqlite(create)
        else:
            rows = Document.objects.bulk_create(
                [
                    Document(
                        source=doc.source.source,
                        object_id=doc.source.object_id,
                        audience=doc.source.audience,
                        **_fields(doc),
                    )
                    for doc in create
                ]
            )
            pks = [row.pk for row in rows]
        backend.insert(list(zip(pks, create, strict=True)))
        stats.created += len(create)
    if create or replace:
        MeaningRevision.bump()


def _insert_sqlite(create: list[AnalysedDocument]) -> list[int]:
    """New documents' rows in one executemany, with the ids AUTOINCREMENT would give them
    (the ORM's bulk_create prepares every value of every row through its fields: in a
    rebuild at national scale that was a fifth of the main process's time)."""
    table = Document._meta.db_table
    ops = connection.ops
    encoder = Document._meta.get_field("grounds").encoder
    names = ["source", "object_id", "audience", *_fields(create[0]), "indexed_at"]
    now = ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = %s), 0), "
            f"coalesce((SELECT max(id) FROM {table}), 0))",
            [table],
        )
        first = cursor.fetchone()[0] + 1
        pks = list(range(first, first + len(create)))
        rows = []
        for pk, doc in zip(pks, create, strict=True):
            values = _fields(doc)
            values["date"] = ops.adapt_datefield_value(values["date"])
            values["grounds"] = ops.adapt_json_value(values["grounds"], encoder)
            key = (doc.source.source, doc.source.object_id, doc.source.audience)
            rows.append((pk, *key, *values.values(), now))
        columns = ", ".join(["id", *names])
        placeholders = ", ".join(["%s"] * (len(names) + 1))
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)
    return pks


def index_documents(
    documents: Iterable[SourceDocument],
    *,
    workers: int = 1,
    fresh: bool = False,
    progress: Callable[[Stats], None] | None = None,
) -> Stats:
    stats = Stats()
    started = time.perf_counter()
    vendor = connection.vendor
    for batch in batched(_analysed(documents, vendor, workers), BATCH):
        _write(batch, stats, fresh=fresh)
        if progress:
            stats.seconds = time.perf_counter() - started
            progress(stats)
    stats.seconds = time.perf_counter() - started
    return stats


def delete_documents(documents: list[Document]) -> int:
    if not documents:
        return 0
    backend_for().delete(documents)
    Document.objects.filter(pk__in=[d.pk for d in documents]).delete()
    MeaningRevision.bump()
    return len(documents)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


@transaction.atomic
def rebuild(*, workers: int | None = None, progress=None) -> Stats:
    """Index every consultation and imported item again, from nothing."""
    backend = backend_for()
    backend.clear()
    Document.objects.all().delete()
    MeaningRevision.bump()
    backend.begin_bulk()
    counts = _sources.source_counts()
    total = sum(counts.values())
    if workers is None:
        workers = default_workers() if total >= PARALLEL_THRESHOLD else 1
    stats = index_documents(
        _sources.all_documents(), workers=workers, fresh=True, progress=progress
    )
    backend.end_bulk()
    IndexState.objects.all().delete()
    IndexState.objects.create(version=VERSION)
    stats.actions.append("rebuilt")
    return stats


def refresh(keys: Iterable[tuple[str, int]]) -> Stats:
    """Bring the documents of these objects up to date (deleted objects: their documents go)."""
    keys = set(keys)
    if not keys:
        return Stats()
    with transaction.atomic():
        sources = _sources.documents_for(keys)
        wanted = {(d.source, d.object_id, d.audience) for d in sources}
        stale = [
            document
            for document in Document.objects.filter(
                source__in={k[0] for k in keys}, object_id__in={k[1] for k in keys}
            )
            if (document.source, document.object_id) in keys
            and (document.source, document.object_id, document.audience) not in wanted
        ]
        deleted = delete_documents(stale)
        stats = index_documents(sources)
        stats.deleted = deleted
    return stats


def state() -> dict:
    """What `reindex --if-needed` looks at."""
    current = IndexState.objects.first()
    indexed = {
        source: Document.objects.filter(source=source, audience=_sources.INTERNAL).count()
        for source in (_sources.CONSULTATION, _sources.IMPORTED)
    }
    return {
        "version": current.version if current else None,
        "sources": _sources.source_counts(),
        "indexed": indexed,
    }


def reindex_if_needed(*, workers: int | None = None, progress=None) -> Stats:
    """Rebuild when the layout changed or the index is missing; otherwise catch up with
    objects added, changed or deleted while indexing was not running."""
    info = state()
    if info["version"] != VERSION:
        return rebuild(workers=workers, progress=progress)
    stats = catch_up()
    if not stats.actions:
        stats.actions.append("up to date")
    return stats


def catch_up() -> Stats:
    """Refresh what is missing or older than its source; remove what lost its source."""
    from django.db.models import F, OuterRef, Q, Subquery

    from shingikai.consultations.models import Consultation
    from shingikai.minutes.models import ImportedItem

    indexed_at = Subquery(
        Document.objects.filter(
            source=_sources.CONSULTATION, object_id=OuterRef("pk"), audience=_sources.INTERNAL
        ).values("indexed_at")[:1]
    )
    stale = Consultation.objects.annotate(at=indexed_at).filter(
        Q(at__isnull=True) | Q(updated_at__gt=F("at"))
    )
    keys = {(_sources.CONSULTATION, pk) for pk in stale.values_list("pk", flat=True)}
    imported = set(
        ImportedItem.objects.filter(kind__in=_sources.IMPORTED_KINDS).values_list("pk", flat=True)
    )
    have = set(
        Document.objects.filter(source=_sources.IMPORTED).values_list("object_id", flat=True)
    )
    keys |= {(_sources.IMPORTED, pk) for pk in imported - have}
    meetings = _sources.meeting_ids()
    have_meetings = set(
        Document.objects.filter(source=_sources.MEETING).values_list("object_id", flat=True)
    )
    keys |= {(_sources.MEETING, pk) for pk in meetings - have_meetings}
    from shingikai.search import _meaning

    if _meaning.available():
        # Documents indexed while the word vectors were missing get theirs.
        keys |= set(
            Document.objects.filter(meaning__isnull=True, text_bytes__gt=0)
            .values_list("source", "object_id")
            .distinct()
        )
    natives = set(Consultation.objects.values_list("pk", flat=True))
    orphan_ids = [
        pk
        for pk, source, object_id in Document.objects.values_list("pk", "source", "object_id")
        if (source == _sources.IMPORTED and object_id not in imported)
        or (source == _sources.CONSULTATION and object_id not in natives)
        or (source == _sources.MEETING and object_id not in meetings)
    ]
    orphans = list(Document.objects.filter(pk__in=orphan_ids))
    with transaction.atomic():
        removed = delete_documents(orphans)
    stats = refresh(keys) if keys else Stats()
    stats.deleted += removed
    if keys or orphans:
        stats.actions.append(f"caught up: {len(keys)} refreshed, {len(orphans)} removed")
    return stats
