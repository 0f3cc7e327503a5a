"""Saving the minutes text: one transaction that also carries the redactions along."""

from __future__ import annotations

from django.db import transaction

from shingikai.accounts.models import User
from shingikai.documents.models import MeetingMinutes, MinutesChange
from shingikai.meetings.history import check_correctable
from shingikai.meetings.models import Meeting
from shingikai.publication import services as publication


@transaction.atomic
def save_minutes(meeting: Meeting, proceedings: str, style: str, actor: User) -> MeetingMinutes:
    # Published minutes are corrected only after they are withdrawn, then published again.
    check_correctable(meeting)
    record = MeetingMinutes.objects.select_for_update().filter(meeting=meeting).first()
    if record is None:
        record = MeetingMinutes.objects.create(
            meeting=meeting, proceedings=proceedings, style=style, updated_by=actor
        )
        MinutesChange.objects.create(
            minutes=record,
            actor=actor,
            action="create",
            to_state=record.state,
            after={"style": style, "proceedings": proceedings},
        )
        return record
    old, old_style = record.proceedings, record.style
    record.proceedings, record.style, record.updated_by = proceedings, style, actor
    record.save()
    if (old, old_style) != (proceedings, style):
        MinutesChange.objects.create(
            minutes=record,
            actor=actor,
            action="edit",
            before={"style": old_style, "proceedings": old},
            after={"style": style, "proceedings": proceedings},
        )
    # Withheld parts move with the text, so an edit can never uncover them.
    publication.carry_over(record, "proceedings", old, proceedings)
    return record
