"""Every step of an impact assessment: one function, one transaction, one Event row.

Lifecycle: draft → public comment (at least 30 days) → third-party check by the council →
submitted to the Personal Information Protection Commission → published. The public comment
and the third-party check are required for a full assessment (basic+full) and optional below.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.consultations.models import Consultation, Outcome
from shingikai.councils.models import Department, Municipality
from shingikai.lib import history, wareki
from shingikai.lib.workflow import Transition
from shingikai.pia import threshold
from shingikai.pia.lifecycle import WORKFLOW, AssessmentError
from shingikai.pia.models import Assessment, Event, State, ThresholdRule

# 行政手続法第39条第3項: the period counts from the day it opens, both ends included.
MIN_COMMENT_DAYS = 30
# A council's ground for the third-party check is data with a municipality's own wording
# (特定個人情報保護評価 第三者点検, 特定個人情報保護評価書の点検 …); these words find it.
THIRD_PARTY_GROUND_WORDS = ("特定個人情報", "第三者点検", "保護評価")
APPROVING_OUTCOMES = {Outcome.APPROVED, Outcome.APPROVED_WITH_OPINION, Outcome.CONDITIONAL}
INPUT_FIELDS = ("affair", "people", "handlers", "serious_incident", "change_date", "late_reason")


def judge(people: int, handlers: int, incident: bool) -> str:
    """The level from the threshold table kept in the database."""
    rules = ThresholdRule.table()
    if not rules:
        raise threshold.ThresholdError("the threshold table is empty; run `shingikai seed`")
    return threshold.level(people, handlers, incident, rules)


def third_party_consultations(municipality: Municipality):
    """Consultations on the third-party-check ground of the municipality's councils."""
    qs = Consultation.objects.filter(council__municipality=municipality)
    words = Q()
    for word in THIRD_PARTY_GROUND_WORDS:
        words |= Q(grounds__name__contains=word)
    return qs.filter(words).distinct().select_related("department")


def _event(
    assessment: Assessment,
    transition: Transition,
    actor: User,
    *,
    on: datetime.date | None = None,
    note: str = "",
) -> None:
    history.record(Event, assessment, transition, actor, on=on, note=note)


def _lock(assessment: Assessment, action: str) -> tuple[Assessment, Transition]:
    return history.lock(WORKFLOW, Assessment, assessment.pk, action)


@transaction.atomic
def create(
    department: Department, values: dict, actor: User, previous: Assessment | None = None
) -> Assessment:
    values = {name: values[name] for name in INPUT_FIELDS if name in values}
    assessment = Assessment(department=department, created_by=actor, previous=previous, **values)
    assessment.level = judge(assessment.people, assessment.handlers, assessment.serious_incident)
    assessment.save()
    history.record(
        Event,
        assessment,
        None,
        actor,
        action=Event.Kind.CREATED,
        note=assessment.get_level_display(),
    )
    return assessment


@transaction.atomic
def update_inputs(assessment: Assessment, values: dict, actor: User) -> Assessment:
    locked, transition = _lock(assessment, "update_inputs")
    for name in INPUT_FIELDS:
        if name in values:
            setattr(locked, name, values[name])
    before = locked.get_level_display()
    locked.level = judge(locked.people, locked.handlers, locked.serious_incident)
    _event(locked, transition, actor, note=f"{before} → {locked.get_level_display()}")
    return history.save(locked, assessment)


@transaction.atomic
def start_public_comment(
    assessment: Assessment, *, start: datetime.date, end: datetime.date, actor: User
) -> Assessment:
    locked, transition = _lock(assessment, "start_public_comment")
    days = (end - start).days + 1
    if days < MIN_COMMENT_DAYS:
        raise AssessmentError(
            _(
                "The public comment must run for at least %(min)d days; "
                "%(start)s to %(end)s is %(days)d days."
            )
            % {
                "min": MIN_COMMENT_DAYS,
                "start": wareki.format_date(start),
                "end": wareki.format_date(end),
                "days": days,
            }
        )
    locked.comment_start, locked.comment_end = start, end
    _event(locked, transition, actor, on=start)
    return history.save(locked, assessment)


def _comment_over(locked: Assessment, today: datetime.date) -> None:
    if locked.state == State.PUBLIC_COMMENT and locked.comment_end >= today:
        raise AssessmentError(_("The public comment has not ended yet."))


@transaction.atomic
def start_third_party_check(
    assessment: Assessment,
    *,
    consultation: Consultation,
    actor: User,
    comment_summary: str = "",
    today: datetime.date | None = None,
) -> Assessment:
    today = today or timezone.localdate()
    locked, transition = _lock(assessment, "start_third_party_check")
    if locked.needs_full_process and locked.state == State.DRAFT:
        raise AssessmentError(_("A full assessment needs a public comment first."))
    _comment_over(locked, today)
    municipality = locked.department.municipality
    if not third_party_consultations(municipality).filter(pk=consultation.pk).exists():
        raise AssessmentError(
            _("The consultation is not one on the third-party check of impact assessments.")
        )
    locked.consultation = consultation
    if comment_summary:
        locked.comment_summary = comment_summary
    note = consultation.number_label or consultation.title
    _event(locked, transition, actor, on=today, note=note)
    return history.save(locked, assessment)


@transaction.atomic
def submit(
    assessment: Assessment,
    *,
    on: datetime.date,
    actor: User,
    today: datetime.date | None = None,
) -> Assessment:
    today = today or timezone.localdate()
    locked, transition = _lock(assessment, "submit")
    if locked.state == State.THIRD_PARTY_CHECK:
        decision = locked.consultation.latest_decision() if locked.consultation else None
        if decision is None or decision.outcome not in APPROVING_OUTCOMES:
            raise AssessmentError(_("The council has not approved the assessment yet."))
    elif locked.needs_full_process:
        raise AssessmentError(_("A full assessment needs the council's third-party check first."))
    _comment_over(locked, today)
    if locked.change_date and on >= locked.change_date and not locked.late_reason.strip():
        # Assess before the change; afterwards only for a disaster or the like, with reasons.
        raise AssessmentError(
            _(
                "The assessment must be submitted before the handling starts or changes. "
                "After a disaster or a similar emergency, record the reason first."
            )
        )
    locked.submitted_on = on
    _event(locked, transition, actor, on=on)
    return history.save(locked, assessment)


@transaction.atomic
def publish(assessment: Assessment, *, on: datetime.date, actor: User) -> Assessment:
    locked, transition = _lock(assessment, "publish")
    if on < locked.submitted_on:
        raise AssessmentError(_("The date is before the submission."))
    locked.published_on = on
    _event(locked, transition, actor, on=on)
    if locked.previous_id:
        # The re-assessment replaces the earlier one: its due dates end here.
        previous, supersede = _lock(locked.previous, "supersede")
        _event(previous, supersede, actor, on=on)
        previous.save()
    return history.save(locked, assessment)


@transaction.atomic
def record_review(
    assessment: Assessment, *, on: datetime.date, actor: User, note: str = ""
) -> Assessment:
    locked, transition = _lock(assessment, "record_review")
    if on < locked.published_on:
        raise AssessmentError(_("The date is before the publication."))
    locked.last_reviewed_on = on
    _event(locked, transition, actor, on=on, note=note)
    return history.save(locked, assessment)


@transaction.atomic
def record_important_change(
    assessment: Assessment, *, on: datetime.date, description: str, actor: User
) -> Assessment:
    """An important change is coming: a re-assessment falls due before that date."""
    locked, transition = _lock(assessment, "record_important_change")
    locked.important_change_on, locked.important_change = on, description
    _event(locked, transition, actor, on=on, note=description)
    return history.save(locked, assessment)


@transaction.atomic
def start_reassessment(assessment: Assessment, actor: User) -> Assessment:
    locked, transition = _lock(assessment, "start_reassessment")
    if Assessment.objects.filter(previous=locked).exists():
        raise AssessmentError(_("A re-assessment of this assessment has already been started."))
    values = {name: getattr(locked, name) for name in INPUT_FIELDS if name != "late_reason"}
    if locked.important_change_on:
        values["change_date"] = locked.important_change_on
    _event(locked, transition, actor, on=timezone.localdate())
    return create(locked.department, values, actor, previous=locked)
