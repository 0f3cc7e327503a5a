"""Terms (期) and appointments: who is in office, when a term ends, what the council looks like.

Warnings go out 90 and 30 days before a term ends, when the secretariat must start the
appointment procedure (推薦依頼, 公募, 議会同意) for the next term.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count

from shingikai.councils.models import Council, Member, Person, Term

WARNING_DAYS = (90, 30)
LONG_SERVICE_YEARS = 10


@dataclass(frozen=True)
class TermWarning:
    term: Term
    days_left: int


def term_end_warnings(today: datetime.date, councils=None) -> list[TermWarning]:
    """Terms whose end is exactly 90 or 30 days away: the days a reminder goes out."""
    terms = Term.objects.select_related("council")
    if councils is not None:
        terms = terms.filter(council__in=councils)
    ends = [today + datetime.timedelta(days=days) for days in WARNING_DAYS]
    return [
        TermWarning(term, (term.end - today).days)
        for term in terms.filter(end__in=ends).order_by("end")
    ]


def terms_ending_soon(today: datetime.date, councils) -> list[TermWarning]:
    """Every term ending within the first warning period: what the dashboard shows."""
    limit = today + datetime.timedelta(days=max(WARNING_DAYS))
    terms = Term.objects.filter(council__in=councils, end__gte=today, end__lte=limit)
    return [TermWarning(term, (term.end - today).days) for term in terms.order_by("end")]


def years_of_service(person: Person, council: Council, on: datetime.date) -> float:
    """Years the person has sat on this council up to `on`, over all terms (re-appointments)."""
    days = 0
    for member in person.appointments.filter(term__council=council, term__start__lte=on):
        start = member.start or member.term.start
        end = min(member.end or member.term.end, on)
        days += max(0, (end - start).days + 1)
    return days / 365.25


@dataclass(frozen=True)
class Composition:
    council: Council
    on: datetime.date
    members: int
    women: int
    long_serving: list[str]
    concurrent: list[tuple[str, int]]  # name, number of councils the person sits on
    by_category: dict[str, int]

    @property
    def women_share(self) -> float:
        return self.women / self.members if self.members else 0.0

    @property
    def women_percent(self) -> float:
        return round(self.women_share * 100, 1)


def composition(council: Council, on: datetime.date) -> Composition:
    members = list(council.members_in_office(on).select_related("person", "term"))
    people = [m.person for m in members if m.person_id]
    women = sum(1 for p in people if p.gender == Person.Gender.FEMALE)
    long_serving = sorted(
        p.name for p in people if years_of_service(p, council, on) > LONG_SERVICE_YEARS
    )
    seats = (
        Member.objects.in_office(on)
        .filter(person__in=people)
        .values("person__name")
        .annotate(councils=Count("term__council", distinct=True))
        .filter(councils__gt=1)
    )
    by_category: dict[str, int] = {}
    for member in members:
        label = str(member.get_category_display())
        by_category[label] = by_category.get(label, 0) + 1
    return Composition(
        council,
        on,
        len(members),
        women,
        long_serving,
        sorted((row["person__name"], row["councils"]) for row in seats),
        by_category,
    )


def first_meeting_of(term: Term):
    return (
        term.council.meetings.filter(date__gte=term.start, date__lte=term.end)
        .order_by("date", "start_time")
        .first()
    )
