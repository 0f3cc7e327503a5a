"""Items deliberated in closed session (非公開) and the queries that keep them out of public view.

Publication, documents and search ask here, so one rule decides what a closed item hides:
the item itself, the decision and turns recorded on it, and its consultation unless the
consultation was also deliberated openly at another published meeting.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from shingikai.meetings.models import AgendaItem, Meeting


def closed_items(meeting: Meeting) -> QuerySet[AgendaItem]:
    return meeting.items.filter(closed=True)


def closed_item_exists(meeting_field: str = "meeting", consultation_field: str = "consultation"):
    """An Exists() for querysets of decisions or utterances: true when the row belongs to a
    consultation deliberated in closed session at the row's meeting."""
    return Exists(
        AgendaItem.objects.filter(
            meeting=OuterRef(meeting_field),
            consultation=OuterRef(consultation_field),
            closed=True,
        )
    )


def is_closed_for(meeting: Meeting, consultation_id: int | None) -> bool:
    if consultation_id is None:
        return False
    return meeting.items.filter(consultation_id=consultation_id, closed=True).exists()
