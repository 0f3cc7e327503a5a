"""Saving the minutes text: one transaction that also carries the redactions along."""

from __future__ import annotations

from django.db import transaction

from shingikai.accounts.models import User
from shingikai.documents.models import MeetingMinutes
from shingikai.meetings.models import Meeting
from shingikai.publication import services as publication


@transaction.atomic
def save_minutes(meeting: Meeting, proceedings: str, style: str, actor: User) -> MeetingMinutes:
    record = MeetingMinutes.objects.select_for_update().filter(meeting=meeting).first()
    if record is None:
        return MeetingMinutes.objects.create(
            meeting=meeting, proceedings=proceedings, style=style, updated_by=actor
        )
    old = record.proceedings
    record.proceedings, record.style, record.updated_by = proceedings, style, actor
    record.save()
    # Withheld parts move with the text, so an edit can never uncover them.
    publication.carry_over(record, "proceedings", old, proceedings)
    return record
