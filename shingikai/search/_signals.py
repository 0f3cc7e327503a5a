"""Keep the index current: changes to indexed objects schedule a refresh after the commit.

The receivers only name what changed (a consultation, an imported item or meeting); they
hold no rules. The refresh runs once per transaction, after it commits, and a failure
there is logged, never raised: the index is derived data, and `shingikai reindex
--if-needed` repairs it.
"""

from __future__ import annotations

import logging
import threading
from functools import partial

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

log = logging.getLogger(__name__)
_pending = threading.local()


def _keys() -> set[tuple[str, int]]:
    keys = getattr(_pending, "keys", None)
    if keys is None:
        keys = _pending.keys = set()
    return keys


def _flush() -> None:
    _pending.callback = None
    keys = _keys()
    if not keys:
        return
    batch = set(keys)
    keys.clear()
    from shingikai.search._index import refresh

    try:
        refresh(_expand(batch))
    except Exception:
        log.exception("Search index update failed for %d object(s)", len(batch))


def _expand(keys: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Meetings stand for the consultations and items they hold."""
    expanded = {k for k in keys if k[0] in ("consultation", "imported")}
    # An imported meeting is also a document of its own (its text outside any item).
    expanded |= {("meeting", pk) for kind, pk in keys if kind == "imported_meeting"}
    meeting_ids = [pk for kind, pk in keys if kind == "meeting"]
    if meeting_ids:
        AgendaItem = apps.get_model("meetings", "AgendaItem")
        expanded |= {
            ("consultation", pk)
            for pk in AgendaItem.objects.filter(
                meeting_id__in=meeting_ids, consultation__isnull=False
            ).values_list("consultation_id", flat=True)
        }
    imported_meetings = [pk for kind, pk in keys if kind == "imported_meeting"]
    if imported_meetings:
        ImportedItem = apps.get_model("minutes", "ImportedItem")
        expanded |= {
            ("imported", pk)
            for pk in ImportedItem.objects.filter(meeting_id__in=imported_meetings).values_list(
                "pk", flat=True
            )
        }
    return expanded


def schedule(kind: str, pk: int | None) -> None:
    """Remember what changed; refresh it once the transaction commits."""
    if pk is None:
        return
    _keys().add((kind, pk))
    connection = transaction.get_connection()
    # One refresh per transaction: skip if our callback is registered and has not run.
    # Django drops the callbacks of a rolled-back transaction or savepoint; the keys they
    # would have refreshed wait for the next commit.
    callback = getattr(_pending, "callback", None)
    if (
        callback is not None
        and connection.in_atomic_block
        and any(entry[1] is callback for entry in connection.run_on_commit)
    ):
        return
    callback = _pending.callback = partial(_flush)
    transaction.on_commit(callback)


# Model → how to name what it changes.
def _consultation(instance) -> None:
    schedule("consultation", instance.pk)


def _part_of_consultation(instance) -> None:
    schedule("consultation", getattr(instance, "consultation_id", None))


def _meeting(instance) -> None:
    schedule("meeting", instance.pk)


def _meeting_part(instance) -> None:
    schedule("meeting", instance.meeting_id)


def _imported_item(instance) -> None:
    schedule("imported", instance.pk)


def _imported_meeting(instance) -> None:
    schedule("imported_meeting", instance.pk)


def _redaction(instance) -> None:
    # A part marked on a meeting is withheld from every text of it: refresh them all.
    schedule("meeting", getattr(instance, "meeting_id", None))
    target = (instance.content_type.app_label, instance.content_type.model)
    if target == ("consultations", "consultation"):
        schedule("consultation", instance.object_id)
    elif target in {("consultations", "utterance"), ("consultations", "decision")}:
        model = apps.get_model(*target)
        owner = model.objects.filter(pk=instance.object_id).values("consultation_id").first()
        if owner:
            schedule("consultation", owner["consultation_id"])
    elif target == ("meetings", "meeting"):
        schedule("meeting", instance.object_id)


WATCHED = {
    ("consultations", "Consultation"): _consultation,
    ("consultations", "Utterance"): _part_of_consultation,
    ("consultations", "Decision"): _part_of_consultation,
    ("consultations", "FollowUp"): _part_of_consultation,
    ("meetings", "AgendaItem"): _part_of_consultation,
    ("meetings", "Meeting"): _meeting,
    ("minutes", "ImportedMeeting"): _imported_meeting,
    ("minutes", "ImportedItem"): _imported_item,
    ("publication", "Publication"): _meeting_part,
    ("publication", "Redaction"): _redaction,
}


def _receiver(handler):
    def receive(sender, instance, raw=False, **kwargs):
        if raw:  # fixtures are loaded as they are; reindex afterwards
            return
        handler(instance)

    return receive


def _grounds_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        schedule("consultation", instance.pk)


def _clear_when_flushed(sender, using="default", **kwargs):
    """After a flush (tests, `shingikai flush`) or migrate: no documents, no index rows."""
    from django.db import connections

    from shingikai.search._backend import backend_for
    from shingikai.search.models import Document

    connection = connections[using]
    if connection.vendor not in {"sqlite", "postgresql"}:
        return
    try:
        if not Document.objects.using(using).exists():
            backend_for(connection.vendor).clear()
    except Exception:  # tables not created yet (a partial migrate)
        log.debug("search index not cleared after migrate", exc_info=True)


_connected: list = []


def connect() -> None:
    for (app_label, model_name), handler in WATCHED.items():
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:  # an app not installed: nothing of it to watch
            continue
        receiver = _receiver(handler)
        _connected.append(receiver)  # signals hold weak references
        uid = f"search:{app_label}.{model_name}"
        post_save.connect(receiver, sender=model, dispatch_uid=uid + ":save")
        post_delete.connect(receiver, sender=model, dispatch_uid=uid + ":delete")
    Consultation = apps.get_model("consultations", "Consultation")
    m2m_changed.connect(
        _grounds_changed, sender=Consultation.grounds.through, dispatch_uid="search:grounds"
    )
    post_migrate.connect(
        _clear_when_flushed, sender=apps.get_app_config("search"), dispatch_uid="search:flush"
    )
