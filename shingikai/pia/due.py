"""What falls due for the impact assessments: reviews, re-assessments, submissions.

- yearly review: one year after the last review, or after publication if none yet;
- five-year re-assessment: five years after the submission of the assessment in force;
- re-assessment for an important change: the day before the change takes effect;
- submission before the change: the day before the handling starts or changes, for an
  assessment not yet submitted.
An item is overdue from the day after its due date.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Municipality
from shingikai.pia.models import Assessment, State

HORIZON_DAYS = 90
KIND_LABELS = {
    "review": _("yearly review"),
    "five_year": _("five-year re-assessment"),
    "important_change": _("re-assessment for an important change"),
    "before_change": _("submission before the change"),
}
DAY = datetime.timedelta(days=1)


def add_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DueItem:
    assessment: Assessment
    kind: str
    due: datetime.date
    overdue: bool

    @property
    def label(self) -> str:
        return str(KIND_LABELS[self.kind])

    @property
    def reassessment_started(self) -> bool:
        return hasattr(self.assessment, "reassessment")


def due_dates(assessment: Assessment) -> list[tuple[str, datetime.date]]:
    if assessment.state == State.PUBLISHED:
        last = assessment.last_reviewed_on or assessment.published_on
        dates = [("review", add_years(max(last, assessment.published_on), 1))]
        dates.append(("five_year", add_years(assessment.submitted_on, 5)))
        if assessment.important_change_on:
            dates.append(("important_change", assessment.important_change_on - DAY))
        return dates
    if assessment.state in (State.DRAFT, State.PUBLIC_COMMENT, State.THIRD_PARTY_CHECK):
        if assessment.change_date:
            return [("before_change", assessment.change_date - DAY)]
    return []


def due_items(
    municipality: Municipality,
    today: datetime.date,
    horizon: int = HORIZON_DAYS,
    department_id: int | None = None,
) -> list[DueItem]:
    """Everything overdue, and everything due from today to `horizon` days ahead."""
    assessments = Assessment.objects.filter(department__municipality=municipality).exclude(
        state__in=[State.SUBMITTED, State.SUPERSEDED]
    )
    if department_id:
        assessments = assessments.filter(department_id=department_id)
    limit = today + datetime.timedelta(days=horizon)
    items = [
        DueItem(assessment, kind, due, due < today)
        for assessment in assessments.select_related("department", "reassessment")
        for kind, due in due_dates(assessment)
        if due <= limit
    ]
    return sorted(items, key=lambda item: (item.due, item.assessment.affair))
