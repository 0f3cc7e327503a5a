"""Replacing a file removes its earlier version as the ORM's cascade would.

The importer deletes an earlier version by plain SQL (importer._delete_files) for speed;
these tests hold it to the ORM's collector: the same rows gone, a change record's meeting
set to NULL, the same delete signals (the search index's), and the collector itself when
another model refers to the stored rows.
"""

from django.db import transaction
from django.db.models import query

from shingikai.minutes import importer
from shingikai.minutes.importer import import_bytes
from shingikai.minutes.models import (
    ImportedItem,
    ImportedMeeting,
    ImportedUtterance,
    MinutesChange,
    SourceFile,
)
from shingikai.search import _signals

_MODELS = (SourceFile, ImportedMeeting, ImportedItem, ImportedUtterance, MinutesChange)


def _state() -> dict:
    rows = {m.__name__: sorted(m.objects.values_list("pk", flat=True)) for m in _MODELS}
    rows["change meetings"] = sorted(
        MinutesChange.objects.values_list("pk", "meeting_id").order_by("pk")
    )
    return rows


def _stored(samples):
    """Two meetings, the first with a change record pointing at it."""
    from django.contrib.auth import get_user_model

    actor = get_user_model().objects.create_user("secretariat")
    for name in ("higashimurayama_2022-02-02.txt", "adachi_2022-12-27.txt"):
        import_bytes((samples / name).read_bytes(), name)
    first = ImportedMeeting.objects.get(source__name="higashimurayama_2022-02-02.txt")
    MinutesChange.objects.create(
        content_hash="x" * 64, meeting=first, actor=actor, action="correct"
    )
    assert first.items.count() > 1 and ImportedUtterance.objects.filter(item__meeting=first)
    return first


def _deleted_by(delete, ids, monkeypatch) -> tuple[dict, list]:
    """State and scheduled index refreshes after ``delete(ids)``, then rolled back."""
    scheduled: list = []
    monkeypatch.setattr(_signals, "schedule", lambda kind, pk: scheduled.append((kind, pk)))
    with transaction.atomic():
        delete(ids)
        state = _state()
        transaction.set_rollback(True)
    return state, sorted(scheduled)


def _orm_delete(ids) -> None:
    SourceFile.objects.filter(pk__in=ids).only("pk").delete()


def test_the_plain_delete_knows_every_reference_to_the_stored_rows() -> None:
    # A new model referring to a file, meeting, item or turn fails this test: _delete_files
    # then falls back to the ORM (see the last test) until it is taught the new reference.
    assert importer.file_relations() == importer._FILE_RELATIONS


def test_deleting_an_earlier_version_matches_the_orm_cascade(db, samples, monkeypatch):
    first = _stored(samples)
    before = _state()
    ids = [first.source_id]
    by_orm = _deleted_by(_orm_delete, ids, monkeypatch)
    assert _state() == before  # rolled back
    by_sql = _deleted_by(importer._delete_files, ids, monkeypatch)
    assert by_sql == by_orm
    state, scheduled = by_sql
    assert first.pk not in state["ImportedMeeting"] and len(state["ImportedMeeting"]) == 1
    assert state["change meetings"] == [(before["change meetings"][0][0], None)]
    items = [("imported", pk) for pk in before["ImportedItem"] if pk not in state["ImportedItem"]]
    assert len(items) > 1 and set(items) | {("imported_meeting", first.pk)} == set(scheduled)


def test_a_replacing_import_leaves_what_the_orm_left(db, samples, monkeypatch):
    first = _stored(samples)
    data = (samples / "higashimurayama_2022-02-02.txt").read_bytes() + "\n以上\n".encode()

    def replace(_ids):
        assert import_bytes(data, "higashimurayama_2022-02-02.txt").status == "replaced"

    before = _state()

    def earlier(result: tuple[dict, list]) -> tuple:
        # The rows and refreshes of what was there before (new rows' ids differ between the
        # two runs on PostgreSQL, whose sequences a rollback does not rewind), and the counts.
        state, scheduled = result
        kept = {name: [pk for pk in rows if pk in before[name]] for name, rows in state.items()}
        counts = {name: len(rows) for name, rows in state.items()}
        old = {("imported", pk) for pk in before["ImportedItem"]}
        old |= {("imported_meeting", pk) for pk in before["ImportedMeeting"]}
        return kept, counts, [key for key in scheduled if key in old]

    by_sql = earlier(_deleted_by(replace, [first.source_id], monkeypatch))
    monkeypatch.setattr(importer, "_delete_files", _orm_delete)
    by_orm = earlier(_deleted_by(replace, [first.source_id], monkeypatch))
    assert by_sql == by_orm
    assert by_sql[2] and by_sql[1]["ImportedMeeting"] == 2


def test_another_reference_sends_the_delete_through_the_orm(db, samples, monkeypatch):
    first = _stored(samples)
    used = []
    original = query.QuerySet.delete

    def spy(self):
        used.append(self.model)
        return original(self)

    monkeypatch.setattr(query.QuerySet, "delete", spy)
    monkeypatch.setattr(
        importer, "file_relations", lambda: importer._FILE_RELATIONS | {("x.Y", "item", "CASCADE")}
    )
    importer._delete_files([first.source_id])
    assert used == [SourceFile]
    assert not ImportedMeeting.objects.filter(pk=first.pk).exists()
