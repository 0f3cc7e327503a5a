"""The period report the council receives: notifications by kind and entries in force.

Definitions (also in docs/registers.md):
- a notification counts in the period when it was accepted and the date of its start, change
  or abolition (effective_on) falls between the first and the last day, both included;
  filed-but-not-accepted and returned notifications are not counted;
- an entry is in force on a day when it started on or before that day and was not abolished
  on or before it (an entry abolished on the last day is no longer counted).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from shingikai.councils.models import Municipality
from shingikai.registers.models import Notification, Operation


@dataclass
class PeriodReport:
    municipality: Municipality
    start: datetime.date
    end: datetime.date
    started: list[Notification] = field(default_factory=list)
    changed: list[Notification] = field(default_factory=list)
    abolished: list[Notification] = field(default_factory=list)
    in_force: int = 0

    @property
    def counts(self) -> dict[str, int]:
        return {
            Notification.Kind.START: len(self.started),
            Notification.Kind.CHANGE: len(self.changed),
            Notification.Kind.ABOLITION: len(self.abolished),
        }


def in_force_on(municipality: Municipality, day: datetime.date) -> QuerySet[Operation]:
    return Operation.objects.filter(
        department__municipality=municipality, start_date__lte=day
    ).filter(Q(abolished_on__isnull=True) | Q(abolished_on__gt=day))


def period_report(
    municipality: Municipality, start: datetime.date, end: datetime.date
) -> PeriodReport:
    if end < start:
        raise ValueError(f"period ends before it starts: {start} – {end}")
    accepted = (
        Notification.objects.filter(
            department__municipality=municipality,
            status=Notification.Status.ACCEPTED,
            effective_on__gte=start,
            effective_on__lte=end,
        )
        .select_related("department", "operation")
        .order_by("effective_on", "pk")
    )
    report = PeriodReport(municipality=municipality, start=start, end=end)
    by_kind = {
        Notification.Kind.START: report.started,
        Notification.Kind.CHANGE: report.changed,
        Notification.Kind.ABOLITION: report.abolished,
    }
    for notification in accepted:
        by_kind[notification.kind].append(notification)
    report.in_force = in_force_on(municipality, end).count()
    return report
