"""The history of corrections to a meeting's record, and the rule for when one may be made."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import models

from shingikai.accounts.models import User
from shingikai.meetings.errors import PublishedMeetingLocked
from shingikai.meetings.models import Meeting, MeetingChange

# What a history row calls the kinds of record it keeps (stable, not translated).
TARGET_NAMES = {
    "consultations.utterance": "turn",
    "consultations.decision": "decision",
    "consultations.followup": "followup",
    "meetings.agendaitem": "agenda_item",
    "meetings.attendance": "attendance",
    "documents.meetingminutes": "minutes",
}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The record's own fields as JSON-ready values (foreign keys by id)."""
    return {
        field.attname: _plain(getattr(obj, field.attname))
        for field in obj._meta.concrete_fields
        if field.attname != "id"
    }


def target_name(obj: models.Model) -> str:
    label = f"{obj._meta.app_label}.{obj._meta.model_name}"
    return TARGET_NAMES.get(label, label)


def record(
    meeting: Meeting,
    actor: User,
    action: str,
    obj: models.Model,
    before: dict | None,
    after: dict | None,
    note: str = "",
) -> MeetingChange:
    return MeetingChange.objects.create(
        meeting=meeting,
        actor=actor,
        action=action,
        target_type=target_name(obj),
        target_id=obj.pk,
        before=before or {},
        after=after or {},
        note=note,
    )


def is_published(meeting: Meeting) -> bool:
    from shingikai.publication.models import Publication

    return Publication.objects.filter(meeting_id=meeting.pk).exists()


def check_correctable(meeting: Meeting) -> None:
    """A published record is corrected only after it is withdrawn: the public must never
    read a text that changed under it without a new publication."""
    if is_published(meeting):
        raise PublishedMeetingLocked
