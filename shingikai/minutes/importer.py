"""Store parsed minutes as precedents: one transaction per file, idempotent by content hash.

- the same bytes again: nothing is stored ("unchanged")
- a corrected file of the same meeting (same municipality, council, date and title):
  the earlier version is replaced in the same transaction ("replaced")
- a file that fails anywhere: nothing of it is stored ("failed", with the reason)
"""

from __future__ import annotations

import datetime
import hashlib
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models import signals

from shingikai.councils.models import Municipality
from shingikai.minutes import extract
from shingikai.minutes.models import (
    Correction,
    ImportedItem,
    ImportedMeeting,
    ImportedUtterance,
    MinutesChange,
    SourceFile,
)
from shingikai.minutes.parser import MinutesError
from shingikai.minutes.review import points_to_check

log = logging.getLogger(__name__)
SUFFIXES = {".txt", ".text", ".html", ".htm", ".pdf"}


@dataclass
class FileResult:
    name: str
    status: str  # created | replaced | unchanged | failed
    message: str = ""
    meeting_id: int | None = None
    items: int = 0
    utterances: int = 0
    warnings: list[str] = field(default_factory=list)
    to_check: int = 0  # points of the reading left for the secretariat to check

    @property
    def failed(self) -> bool:
        return self.status == "failed"


def max_bytes() -> int:
    return getattr(settings, "MINUTES_MAX_BYTES", extract.DEFAULT_MAX_BYTES)


def import_bytes(
    data: bytes,
    name: str,
    *,
    municipality: str | None = None,
    user=None,
    reviewed: dict | None = None,
) -> FileResult:
    """Store one file. ``reviewed`` is the secretariat's corrected reading: it replaces the
    parser's (and an earlier import of the same bytes) and is kept for later re-imports."""
    content_hash = hashlib.sha256(data).hexdigest()
    if reviewed is None:
        existing = _row(_STORED_SQL, [content_hash])
        if existing is not None:
            return FileResult(name, "unchanged", "already imported", meeting_id=existing[0])
    try:
        extracted = read(data, name, municipality=municipality, content_hash=content_hash)
        return _store(data, name, content_hash, extracted, user, reviewed)
    except MinutesError as exc:
        log.warning("Import of %s failed: %s", name, exc)
        return FileResult(name, "failed", str(exc))
    except Exception as exc:  # one bad file must not stop a batch; its transaction rolled back
        log.exception("Import of %s failed unexpectedly", name)
        return FileResult(name, "failed", f"unexpected error: {type(exc).__name__}: {exc}")


def read(
    data: bytes, name: str, *, municipality: str | None = None, content_hash: str | None = None
) -> extract.Extracted:
    """Parse a file for import or review: an earlier correction of the same bytes wins.

    A file whose municipality cannot be found is still read (under 不明, with a warning):
    nothing the secretariat uploads is lost for want of a name.
    """
    extracted = extract.extract(data, name, max_bytes=max_bytes())
    parsed = extracted.parsed
    content_hash = content_hash or hashlib.sha256(data).hexdigest()
    correction = None
    if _row(_CORRECTED_SQL, [content_hash]) is not None:  # rare: the model only then
        correction = Correction.objects.filter(content_hash=content_hash).first()
    if correction is not None:
        parsed = dict(correction.data)
        parsed["warnings"] = [*parsed.get("warnings", []), CORRECTED_NOTE]
    city = (municipality or parsed.get("municipality") or "").strip()
    if not city:
        city = UNKNOWN_MUNICIPALITY
        parsed["warnings"] = [*parsed.get("warnings", []), NO_MUNICIPALITY_NOTE]
    parsed["municipality"] = city
    return extract.Extracted(extracted.file_type, parsed, extracted.text)


# Notes added to the parser's warnings (English in the data; the pages translate them).
CORRECTED_NOTE = "an earlier correction of this file was applied"
NO_MUNICIPALITY_NOTE = "the municipality could not be detected; stored under 不明"
UNKNOWN_MUNICIPALITY = "不明"


def _identity(city: str, parsed: dict, name: str) -> str:
    meeting = parsed.get("meeting") or {}
    if meeting.get("date"):
        return "|".join(
            [city, parsed.get("council") or "", meeting["date"], meeting.get("title") or ""]
        )
    return f"{city}|file|{Path(name).name}"


# The lookups that run for every file of a bulk import are plain SQL: compiling an ORM
# query costs about ten times running it (≈0.4 ms against 0.03 ms), a tenth of a bulk
# import's store stage. Writes stay with the ORM (signals, JSON columns, the cascade).
_SOURCE = SourceFile._meta.db_table
_MEETING = ImportedMeeting._meta.db_table
# A file already stored: its meeting's id (NULL when the meeting was deleted).
_STORED_SQL = (
    f'SELECT m."id" FROM "{_SOURCE}" s LEFT JOIN "{_MEETING}" m ON m."source_id" = s."id" '
    'WHERE s."content_hash" = %s'
)
_CORRECTED_SQL = f'SELECT 1 FROM "{Correction._meta.db_table}" WHERE "content_hash" = %s'
_MUNICIPALITY_SQL = f'SELECT "id" FROM "{Municipality._meta.db_table}" WHERE "name" = %s'
# Earlier versions of a file: the same meeting (identity, municipality) or the same bytes.
# Found by the identity's index: SQLite otherwise walks every file of the municipality
# (the ORM's OR did), which grows with each file of a bulk import. The unary + keeps
# SQLite off the municipality index; PostgreSQL reads it as the same comparison.
_EARLIER_SQL = (
    f'SELECT s."id" FROM "{_MEETING}" m JOIN "{_SOURCE}" s ON s."id" = m."source_id" '
    'WHERE m."identity" = %s AND +s."municipality_id" = %s '
    f'UNION SELECT "id" FROM "{_SOURCE}" WHERE "content_hash" = %s'
)


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _row(sql: str, params: list) -> tuple | None:
    rows = _rows(sql, params)
    return rows[0] if rows else None


def _municipality_id(name: str) -> int:
    found = _row(_MUNICIPALITY_SQL, [name])
    if found is not None:
        return found[0]
    return Municipality.objects.get_or_create(name=name)[0].pk


@transaction.atomic
def _store(data, name, content_hash, extracted, user, reviewed=None) -> FileResult:
    parsed = extracted.parsed
    before = None
    if reviewed is not None:
        before = parsed
        parsed = {
            **reviewed,
            "municipality": reviewed.get("municipality") or parsed["municipality"],
        }
    city = parsed["municipality"]
    municipality = _municipality_id(city)
    identity = _identity(city, parsed, name)
    earlier = [pk for (pk,) in _rows(_EARLIER_SQL, [identity, municipality, content_hash])]
    replaced = bool(earlier)
    if replaced:
        _delete_files(earlier)
    source = _create(
        SourceFile,
        municipality_id=municipality,
        name=Path(name).name[:255],
        content_hash=content_hash,
        file_type=extracted.file_type,
        size=len(data),
        text=extracted.text,
        warnings=parsed.get("warnings", []),
        parsed=parsed,
        imported_by=user,
    )
    # A reading the secretariat has seen (now or in an earlier correction) has nothing left
    # to check; one stored without review keeps its unsure points for the 要確認 list.
    seen = reviewed is not None or CORRECTED_NOTE in parsed.get("warnings", [])
    to_check = 0 if seen else len(points_to_check(parsed))
    meeting = _meeting(source, municipality, parsed, identity, to_check)
    items, utterances = _items(meeting, parsed.get("items", []))
    if reviewed is not None:
        record_correction(content_hash, meeting, before, parsed, user)
    return FileResult(
        name,
        "replaced" if replaced else "created",
        meeting_id=meeting.pk,
        items=items,
        utterances=utterances,
        warnings=source.warnings,
        to_check=meeting.to_check,
    )


# What refers to a stored file, its meeting, items and turns (model, field, on delete):
# the cascade _delete_files carries out. Another reference (a new model) sends the delete
# back through the ORM's collector, which knows them all.
_FILE_RELATIONS = frozenset(
    {
        ("minutes.ImportedMeeting", "source", "CASCADE"),
        ("minutes.ImportedItem", "meeting", "CASCADE"),
        ("minutes.MinutesChange", "meeting", "SET_NULL"),
        ("minutes.ImportedUtterance", "item", "CASCADE"),
    }
)


def file_relations() -> frozenset[tuple[str, str, str]]:
    return frozenset(
        (rel.related_model._meta.label, rel.field.name, rel.on_delete.__name__)
        for model in (SourceFile, ImportedMeeting, ImportedItem, ImportedUtterance)
        for rel in model._meta.related_objects
    )


def _delete_files(ids: list[int]) -> None:
    """Earlier versions of a file go, with their meeting, items and turns, as the ORM's
    cascade removes them: turns, then items, meeting and file, a change record's meeting
    set to NULL, and the delete signals of each row (the search index hears of the meeting
    and its items) sent with its keys. By plain SQL: the collector compiled a query per
    level and read every column of the items back, about 3 ms a replaced file (and a
    re-import of a folder of revised minutes replaces every file)."""
    if file_relations() != _FILE_RELATIONS:
        SourceFile.objects.filter(pk__in=ids).only("pk").delete()
        return
    q = connection.ops.quote_name

    def table(model) -> str:
        return q(model._meta.db_table)

    def column(model, name: str) -> str:
        return q(model._meta.get_field(name).column)

    files = ", ".join(["%s"] * len(ids))
    # (Subqueries, not lists of ids: a meeting's items are not bounded by SQL's parameters.)
    meeting_of_files = (
        f"SELECT {column(ImportedMeeting, 'id')} FROM {table(ImportedMeeting)} "
        f"WHERE {column(ImportedMeeting, 'source')} IN ({files})"
    )
    item_of_files = (
        f"SELECT {column(ImportedItem, 'id')} FROM {table(ImportedItem)} "
        f"WHERE {column(ImportedItem, 'meeting')} IN ({meeting_of_files})"
    )
    meetings = _rows(
        f"SELECT {column(ImportedMeeting, 'id')}, {column(ImportedMeeting, 'source')} "
        f"FROM {table(ImportedMeeting)} WHERE {column(ImportedMeeting, 'source')} IN ({files})",
        ids,
    )
    items = _rows(
        f"SELECT {column(ImportedItem, 'id')}, {column(ImportedItem, 'meeting')} "
        f"FROM {table(ImportedItem)} WHERE {column(ImportedItem, 'meeting')} "
        f"IN ({meeting_of_files})",
        ids,
    )
    doomed = [
        *(ImportedItem(pk=pk, meeting_id=meeting) for pk, meeting in items),
        *(ImportedMeeting(pk=pk, source_id=source) for pk, source in meetings),
        *(SourceFile(pk=pk) for pk in ids),
    ]
    using = connection.alias
    for instance in doomed:
        signals.pre_delete.send(sender=type(instance), instance=instance, using=using, origin=None)
    with connection.cursor() as cursor:
        for sql in (
            f"DELETE FROM {table(ImportedUtterance)} WHERE {column(ImportedUtterance, 'item')} "
            f"IN ({item_of_files})",
            f"UPDATE {table(MinutesChange)} SET {column(MinutesChange, 'meeting')} = NULL "
            f"WHERE {column(MinutesChange, 'meeting')} IN ({meeting_of_files})",
            f"DELETE FROM {table(ImportedItem)} WHERE {column(ImportedItem, 'meeting')} "
            f"IN ({meeting_of_files})",
            f"DELETE FROM {table(ImportedMeeting)} WHERE {column(ImportedMeeting, 'source')} "
            f"IN ({files})",
            f"DELETE FROM {table(SourceFile)} WHERE {column(SourceFile, 'id')} IN ({files})",
        ):
            cursor.execute(sql, ids)
    for instance in doomed:
        signals.post_delete.send(sender=type(instance), instance=instance, using=using, origin=None)


def record_correction(content_hash, meeting, before, after, user) -> None:
    """Keep the corrected reading for re-imports and write who changed what, when."""
    Correction.objects.update_or_create(
        content_hash=content_hash, defaults={"data": after, "updated_by": user}
    )
    MinutesChange.objects.create(
        content_hash=content_hash,
        meeting=meeting,
        actor=user,
        action="correct",
        before=before,
        after=after,
    )


@transaction.atomic
def correct_meeting(meeting: ImportedMeeting, corrected: dict, user) -> ImportedMeeting:
    """Apply a later correction to an imported meeting: rows rewritten, history kept."""
    source = SourceFile.objects.select_for_update().get(pk=meeting.source_id)
    correction = Correction.objects.filter(content_hash=source.content_hash).first()
    before = correction.data if correction else source.parsed
    city = (corrected.get("municipality") or meeting.municipality.name).strip()
    corrected = {**corrected, "municipality": city}
    municipality, _ = Municipality.objects.get_or_create(name=city)
    identity = _identity(city, corrected, source.name)
    meeting.delete()  # items and turns go with it; the source stays
    source.municipality = municipality
    source.save(update_fields=["municipality"])
    fresh = _meeting(source, municipality.pk, corrected, identity)
    _items(fresh, corrected.get("items", []))
    record_correction(source.content_hash, fresh, before, corrected, user)
    return fresh


def current_reading(meeting: ImportedMeeting) -> dict:
    """What the meeting's rows were made from: the last correction, else the parse."""
    correction = Correction.objects.filter(content_hash=meeting.source.content_hash).first()
    return dict(correction.data) if correction else dict(meeting.source.parsed)


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _time(value: str | None) -> datetime.time | None:
    try:
        return datetime.time.fromisoformat(value) if value else None
    except ValueError:
        return None


def _meeting(source, municipality_id: int, parsed, identity, to_check=0) -> ImportedMeeting:
    meeting = parsed.get("meeting") or {}
    return _create(
        ImportedMeeting,
        source=source,
        municipality_id=municipality_id,
        identity=identity[:400],
        council_name=(parsed.get("council") or "")[:200],
        title=(meeting.get("title") or "")[:300],
        date=_date(meeting.get("date")),
        start_time=_time(meeting.get("start_time")),
        end_time=_time(meeting.get("end_time")),
        place=(meeting.get("place") or "")[:300],
        public_attendance=meeting.get("public_attendance"),
        members_present=parsed.get("members_present", []),
        members_absent=parsed.get("members_absent", []),
        unplaced_text=parsed.get("unplaced") or "",
        to_check=min(to_check, 32767),
    )


def _create(model, **values):
    """``model.objects.create(**values)`` for the file and meeting rows, without compiling
    the INSERT each time (a quarter of their cost; the rest is the JSON and the SQL): the
    same values prepared by the fields, the same save signals. Only for models without a
    save() of their own."""
    instance = model(**values)
    using = connection.alias
    signals.pre_save.send(
        sender=model, instance=instance, raw=False, using=using, update_fields=None
    )
    fields, sql = _insert_sql(model)
    row = [f.get_db_prep_save(f.pre_save(instance, True), connection) for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, row)
        instance.pk = cursor.fetchone()[0]
    instance._state.adding, instance._state.db = False, using
    signals.post_save.send(
        sender=model, instance=instance, created=True, update_fields=None, raw=False, using=using
    )
    return instance


def _insert_sql(model) -> tuple[list, str]:
    """The columns (all but the id) and the INSERT … RETURNING id of a model's rows."""
    meta = model._meta
    fields = [f for f in meta.concrete_fields if f is not meta.pk]
    return fields, _insert_statement(model, fields, returning=True)


def _insert_statement(model, fields: list, *, returning: bool = False) -> str:
    """INSERT INTO the model's table, the fields' columns, one placeholder each."""
    quote = connection.ops.quote_name
    meta = model._meta
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES ({marks})"
    return f"{sql} RETURNING {quote(meta.pk.column)}" if returning else sql


def _items(meeting: ImportedMeeting, items: list[dict]) -> tuple[int, int]:
    """Items and turns in two bulk inserts. The index hears of them through the meeting's
    own save (a meeting stands for its items), so no per-item signal is needed."""
    ids = _insert_items(
        meeting.pk,
        [
            (
                order,
                raw.get("kind") or "other",
                (raw.get("number") or "")[:100],
                raw.get("title") or "",
                (raw.get("department") or "")[:200],
                raw.get("grounds") or [],
                raw.get("outcome") or "unknown",
                raw.get("opinion") or "",
                raw.get("followups") or [],
            )
            for order, raw in enumerate(items, start=1)
        ],
    )
    utterances = [
        (
            item_id,
            position,
            turn.get("role") or "unknown",
            (turn.get("speaker") or "")[:200],
            turn.get("act") or "other",
            turn.get("text") or "",
        )
        for item_id, raw in zip(ids, items, strict=True)
        for position, turn in enumerate(raw.get("utterances") or [], start=1)
    ]
    _insert_utterances(utterances)
    return len(items), len(utterances)


_ITEM_FIELDS = (
    "meeting",
    "order",
    "kind",
    "number",
    "title",
    "department",
    "grounds",
    "outcome",
    "opinion",
    "followups",
)
_ITEM_JSON = {"grounds", "followups"}


def _insert_items(meeting_id: int, rows: list[tuple]) -> list[int]:
    """The items as the turns are written (see _insert_rows); their ids in order.
    bulk_create compiled every field of every row: a sixth of a bulk import's store stage,
    now half that."""
    if not rows:
        return []
    fields = [ImportedItem._meta.get_field(f) for f in _ITEM_FIELDS]

    def column(field, value):
        # JSON as the ORM writes it: a JSON string on SQLite, jsonb on PostgreSQL.
        return field.get_db_prep_save(value, connection) if field.name in _ITEM_JSON else value

    _insert_rows(
        ImportedItem,
        _ITEM_FIELDS,
        [
            (meeting_id, *(column(f, v) for f, v in zip(fields[1:], row, strict=True)))
            for row in rows
        ],
    )
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(ImportedItem._meta.pk.column)} "
            f"FROM {quote(ImportedItem._meta.db_table)} WHERE {quote(fields[0].column)} = %s "
            f"ORDER BY {quote(fields[1].column)}",
            [meeting_id],
        )
        return [pk for (pk,) in cursor.fetchall()]


_UTTERANCE_FIELDS = ("item", "order", "role", "speaker", "act", "text")


def _insert_utterances(rows: list[tuple]) -> None:
    """Turns are the bulk of an import (thousands per file, six plain columns, no signals,
    as with bulk_create)."""
    _insert_rows(ImportedUtterance, _UTTERANCE_FIELDS, rows)


def _insert_rows(model, field_names: tuple[str, ...], rows: list[tuple]) -> None:
    """One prepared INSERT run over the rows, 500 at a time, instead of building a model
    object and compiling each field per row (for the turns, a fifth of a bulk import's CPU)."""
    if not rows:
        return
    sql = _insert_statement(model, [model._meta.get_field(f) for f in field_names])
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            cursor.executemany(sql, rows[start : start + 500])


@contextmanager
def deferred_search_index() -> Iterator[None]:
    """Bulk import: no index refresh per file, one catch-up when the batch is done.

    Each file's commit would otherwise analyse and write its items at once; the catch-up
    finds what is new or gone in one pass (``shingikai reindex --if-needed`` does the same).
    """
    from shingikai.search import _signals, reindex_if_needed

    saved = _signals.schedule
    _signals.schedule = _skip_schedule
    try:
        yield
    finally:
        _signals.schedule = saved
    reindex_if_needed()


def _skip_schedule(kind: str, pk: int | None) -> None:
    """Stands in for the search refresh while a bulk import runs."""


def collect_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files given directly, and the minutes files found under folders, in a stable order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        else:
            files.append(path)
    return files


def import_paths(
    paths: Iterable[Path], *, municipality: str | None = None, user=None
) -> Iterator[FileResult]:
    for path in paths:
        try:
            size = path.stat().st_size
            if size > max_bytes():
                # Refused before reading, so a huge file costs no memory.
                yield FileResult(
                    str(path),
                    "failed",
                    f"the file is {size / 1e6:.1f} MB; the limit is {max_bytes() / 1e6:.0f} MB",
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield FileResult(str(path), "failed", f"cannot read the file: {exc.strerror}")
            continue
        yield import_bytes(data, str(path), municipality=municipality, user=user)
