"""Impact-assessment screens. Thin: access checks from registers.access, steps from
pia.services. Departments see and act for their own assessments; members only read."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.lib.actions import attempt
from shingikai.pia import access as pia_access
from shingikai.pia import lifecycle, services
from shingikai.pia.due import HORIZON_DAYS, KIND_LABELS, due_dates, due_items
from shingikai.pia.forms import (
    AssessmentForm,
    DateForm,
    ImportantChangeForm,
    PublicCommentForm,
    ReviewForm,
    ThirdPartyCheckForm,
)
from shingikai.pia.models import Assessment, State
from shingikai.pia.threshold import ThresholdError
from shingikai.registers import access


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    today = timezone.localdate()
    own = access.own_department_only(request.user, municipality.pk)
    items = due_items(municipality, today, department_id=own)
    assessments = pia_access.visible_assessments(request.user, municipality)
    context = {
        "overdue": [item for item in items if item.overdue],
        "upcoming": [item for item in items if not item.overdue],
        "horizon": HORIZON_DAYS,
        "assessments": assessments.exclude(state=State.SUPERSEDED),
        "can_write": access.can_write_somewhere(request.user),
        "today": today,
    }
    return render(request, "pia/dashboard.html", context)


def _judged(request: HttpRequest, action, *args, **kwargs) -> Assessment | None:
    """Run a service; a refused step or an unusable threshold table becomes a message."""
    try:
        return attempt(request, action, *args, **kwargs)
    except ThresholdError:
        messages.error(request, _("The threshold table is incomplete; ask the administrator."))
    return None


@login_required
def create(request: HttpRequest) -> HttpResponse:
    municipality, departments = access.filing_for(request.user, request.GET.get("municipality"))
    form = AssessmentForm(request.POST or None, departments=departments)
    if request.method == "POST" and form.is_valid():
        department = form.cleaned_data["department"]
        access.require_act_for(request.user, department)
        assessment = _judged(request, services.create, department, form.values(), request.user)
        if assessment:
            messages.success(request, _("The assessment was created."))
            return redirect(assessment)
    return render(request, "pia/form.html", {"form": form, "assessment": None})


@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = pia_access.assessment_for_act(request.user, pk)
    if not lifecycle.WORKFLOW.allows("update_inputs", assessment, request.user):
        raise PermissionDenied
    form = AssessmentForm(request.POST or None, instance=Assessment.objects.get(pk=assessment.pk))
    if request.method == "POST" and form.is_valid():
        if _judged(request, services.update_inputs, assessment, form.values(), request.user):
            messages.success(request, _("The assessment was saved."))
            return redirect(assessment)
    return render(request, "pia/form.html", {"form": form, "assessment": assessment})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = pia_access.assessment_for_view(request.user, pk)
    municipality = assessment.department.municipality
    decision = assessment.consultation.latest_decision() if assessment.consultation else None
    context = {
        "assessment": assessment,
        "can_act": access.can_act_for(request.user, assessment.department),
        "actions": lifecycle.actions_for(request.user, assessment),
        "events": assessment.events.select_related("actor"),
        "decision": decision,
        "due": _due_labels(assessment),
        "today": timezone.localdate(),
        "comment_form": PublicCommentForm(prefix="comment"),
        "check_form": ThirdPartyCheckForm(
            prefix="check", municipality=municipality, user=request.user
        ),
        "submit_form": DateForm(prefix="submit", initial={"on": timezone.localdate()}),
        "publish_form": DateForm(prefix="publish", initial={"on": timezone.localdate()}),
        "review_form": ReviewForm(prefix="review", initial={"on": timezone.localdate()}),
        "change_form": ImportantChangeForm(prefix="change"),
        "reassessment": getattr(assessment, "reassessment", None),
    }
    return render(request, "pia/detail.html", context)


def _due_labels(assessment: Assessment):
    return [(KIND_LABELS[kind], due) for kind, due in due_dates(assessment)]


def _step(request: HttpRequest, pk: int, form_class, prefix: str, run, form_kwargs=None):
    """The shared shape of every lifecycle step: check access, read the form, run the service."""
    assessment = pia_access.assessment_for_act(request.user, pk)
    extra = form_kwargs(assessment) if form_kwargs else {}
    form = form_class(request.POST, prefix=prefix, **extra)
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            for error in errors:
                messages.error(request, f"{label}: {error}" if label else error)
        return redirect(assessment)
    if _judged(request, run, assessment, form.cleaned_data):
        messages.success(request, _("The step was recorded."))
    return redirect(assessment)


@login_required
@require_POST
def public_comment(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        PublicCommentForm,
        "comment",
        lambda a, data: services.start_public_comment(a, actor=request.user, **data),
    )


@login_required
@require_POST
def third_party_check(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        ThirdPartyCheckForm,
        "check",
        lambda a, data: services.start_third_party_check(a, actor=request.user, **data),
        form_kwargs=lambda a: {"municipality": a.department.municipality, "user": request.user},
    )


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        DateForm,
        "submit",
        lambda a, data: services.submit(a, on=data["on"], actor=request.user),
    )


@login_required
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        DateForm,
        "publish",
        lambda a, data: services.publish(a, on=data["on"], actor=request.user),
    )


@login_required
@require_POST
def review(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        ReviewForm,
        "review",
        lambda a, data: services.record_review(a, actor=request.user, **data),
    )


@login_required
@require_POST
def important_change(request: HttpRequest, pk: int) -> HttpResponse:
    return _step(
        request,
        pk,
        ImportantChangeForm,
        "change",
        lambda a, data: services.record_important_change(a, actor=request.user, **data),
    )


@login_required
@require_POST
def reassess(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = pia_access.assessment_for_act(request.user, pk)
    new = _judged(request, services.start_reassessment, assessment, request.user)
    if new:
        messages.success(request, _("A re-assessment was started as a draft."))
        return redirect(new)
    return redirect(assessment)
