"""A published meeting is read-only: its texts change only after it is withdrawn.

An edit to a published meeting would go live at once, unreviewed, and could show in clear
what the redaction was meant to hide. So every save or delete of a meeting's own rows
(the meeting, its minutes, agenda, attendance, staff, turns and decisions) is refused while
the meeting is published, whichever screen, service or admin page makes it. The check sits
on the models' signals because the rows are written from several apps; it decides nothing
but "published or not".
"""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import pre_delete, pre_save

from shingikai.meetings.errors import PublishedMeetingLocked  # noqa: F401 - raised here

GUARDED = [
    ("meetings", "Meeting"),
    ("meetings", "AgendaItem"),
    ("meetings", "Attendance"),
    ("meetings", "StaffAttendance"),
    ("documents", "MeetingMinutes"),
    ("consultations", "Utterance"),
    ("consultations", "Decision"),
]


def _meeting_id(instance) -> int | None:
    if instance._meta.model_name == "meeting":
        return instance.pk
    return getattr(instance, "meeting_id", None)


def check(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:  # fixtures and restores load rows as they were
        return
    meeting_id = _meeting_id(instance)
    if meeting_id is None:
        return
    Publication = apps.get_model("publication", "Publication")
    if Publication.objects.filter(meeting_id=meeting_id).exists():
        raise PublishedMeetingLocked


def connect() -> None:
    for app_label, model_name in GUARDED:
        model = apps.get_model(app_label, model_name)
        uid = f"publication-guard:{app_label}.{model_name}"
        pre_save.connect(check, sender=model, dispatch_uid=uid + ":save")
        pre_delete.connect(check, sender=model, dispatch_uid=uid + ":delete")
