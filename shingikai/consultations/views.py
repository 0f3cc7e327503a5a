"""Consultation screens. Thin: access checks from consultations.access, changes from services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.checklist import services as checklist
from shingikai.consultations import access, lifecycle, sections, services
from shingikai.consultations.forms import (
    AttachmentForm,
    ConsultationForm,
    DecisionForm,
    FollowUpForm,
    InternalReviewForm,
    NoteForm,
    UtteranceForm,
)
from shingikai.consultations.models import Attachment, Consultation, State
from shingikai.lib.actions import run_action
from shingikai.meetings.services import attendee_names

LIST_PAGE_SIZE = 50


@login_required
def consultation_list(request: HttpRequest) -> HttpResponse:
    consultations = access.visible_consultations(request.user).order_by("-updated_at")
    state = request.GET.get("state", "")
    if state in State.values:
        consultations = consultations.filter(state=state)
    page = Paginator(consultations, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "consultations/list.html",
        {"consultations": page, "page": page, "states": State.choices, "state": state},
    )


@login_required
def consultation_create(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not access.can_draft(user):
        raise PermissionDenied
    form = ConsultationForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.instance.created_by = user
            consultation = form.save()
        messages.success(request, _("The draft was saved."))
        return redirect(consultation)
    context = {
        "form": form,
        "consultation": None,
        "findings": checklist.findings_for_form(form, None),
    }
    return render(request, "consultations/form.html", context)


@login_required
def consultation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_edit(request.user, pk)
    form = ConsultationForm(request.POST or None, instance=consultation, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The draft was saved."))
        return redirect(consultation)
    context = {
        "form": form,
        "consultation": consultation,
        "findings": checklist.findings_for_form(form, consultation),
    }
    return render(request, "consultations/form.html", context)


@login_required
def consultation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_view(request.user, pk)
    user = request.user
    manages = access.manages_council(user, consultation.council_id)
    # Departments see the check while they can still act on it; the secretariat always.
    findings = checklist.findings_for(consultation) if consultation.is_editable or manages else []
    context = {
        "consultation": consultation,
        "findings": findings,
        "open_required": checklist.open_required(findings),
        "sections": sections.display(consultation),
        "can_edit": access.can_edit_consultation(user, consultation),
        "actions": lifecycle.actions_for(user, consultation),
        "manages": manages,
        "attachment_form": AttachmentForm(),
        "note_form": NoteForm(),
        "internal_review_form": InternalReviewForm(),
        "history": consultation.history.select_related("actor"),
        "decisions": consultation.decisions.select_related("meeting"),
        "agenda_items": consultation.agenda_items.select_related("meeting"),
        "followups": consultation.followups.select_related("owner", "raised_at", "closed_at"),
    }
    return render(request, "consultations/detail.html", context)


@login_required
@require_POST
def consultation_submit(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_edit(request.user, pk)
    reason = request.POST.get("override_reason", "")
    if run_action(request, services.submit_checked, consultation, request.user, reason):
        messages.success(
            request,
            _("Submitted as %(number)s.") % {"number": consultation.number_label},
        )
    return redirect(consultation)


def _with_reason(request, consultation, service, done: str) -> HttpResponse:
    """A lifecycle step that needs a written reason (kept as its history row's note)."""
    form = NoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason."))
    elif run_action(request, service, consultation, request.user, form.cleaned_data["note"]):
        messages.success(request, done)
    return redirect(consultation)


def _for_step(request, pk: int, action: str) -> Consultation:
    """The consultation, if this user is one the workflow lets take the step."""
    consultation = access.consultation_for_view(request.user, pk)
    lifecycle.ensure_may(action, request.user, consultation)
    return consultation


@login_required
@require_POST
def consultation_return(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_secretariat(request.user, pk)
    done = _("The draft was returned to the department.")
    return _with_reason(request, consultation, services.return_for_correction, done)


@login_required
@require_POST
def consultation_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = _for_step(request, pk, "withdraw")
    done = _("The consultation was withdrawn.")
    return _with_reason(request, consultation, services.withdraw, done)


@login_required
@require_POST
def consultation_decline(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_secretariat(request.user, pk)
    done = _("Recorded: the council need not be consulted. The department was told.")
    return _with_reason(request, consultation, services.decline, done)


@login_required
@require_POST
def consultation_internal_review(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = _for_step(request, pk, "record_internal_review")
    form = InternalReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the result of the internal review and its date."))
    elif run_action(
        request,
        services.record_internal_review,
        consultation,
        request.user,
        form.cleaned_data["result"],
        form.cleaned_data["on"],
    ):
        messages.success(request, _("The internal review was recorded."))
    return redirect(consultation)


@login_required
@require_POST
def attachment_upload(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = access.consultation_for_edit(request.user, pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        services.add_attachment(
            consultation, form.cleaned_data["title"], form.cleaned_data["file"], request.user
        )
        messages.success(request, _("The attachment was added."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(consultation)


@login_required
def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    consultation = access.consultation_for_view(request.user, pk)
    attachment = get_object_or_404(Attachment, pk=attachment_pk, consultation=consultation)
    return FileResponse(attachment.file.open("rb"), as_attachment=True)


@login_required
def deliberation(request: HttpRequest, pk: int, meeting_pk: int) -> HttpResponse:
    """The secretariat's page for one consultation at one meeting: Q&A, decision, follow-ups."""
    consultation = access.consultation_for_secretariat(request.user, pk)
    item = get_object_or_404(
        consultation.agenda_items.select_related("meeting"), meeting_id=meeting_pk
    )
    meeting = item.meeting
    utterance_form = UtteranceForm(prefix="u")
    decision_form = DecisionForm(prefix="d", council=meeting.council)
    followup_form = FollowUpForm(
        prefix="f", council=meeting.council, initial={"owner": consultation.department_id}
    )
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "utterance":
            utterance_form = UtteranceForm(request.POST, prefix="u")
            if utterance_form.is_valid():
                services.record_utterance(consultation, meeting, **utterance_form.cleaned_data)
                if request.headers.get("HX-Request") == "true":
                    return _utterances_partial(request, consultation, meeting)
                return redirect(request.path)
        elif action == "decision":
            decision_form = DecisionForm(request.POST, prefix="d", council=meeting.council)
            if decision_form.is_valid() and run_action(
                request,
                services.record_decision,
                consultation,
                meeting,
                decision_form.cleaned_data["outcome"],
                decision_form.cleaned_data["opinion"],
                request.user,
            ):
                messages.success(request, _("The decision was recorded."))
                return redirect(request.path)
        elif action == "followup":
            followup_form = FollowUpForm(request.POST, prefix="f", council=meeting.council)
            if followup_form.is_valid():
                services.raise_followup(
                    meeting=meeting, consultation=consultation, **followup_form.cleaned_data
                )
                messages.success(request, _("The follow-up was added."))
                return redirect(request.path)
    consultation.refresh_from_db()
    context = {
        "consultation": consultation,
        "meeting": meeting,
        "utterances": consultation.utterances.filter(meeting=meeting),
        "utterance_form": _with_attendees(utterance_form),
        "attendees": attendee_names(meeting),
        "decision_form": decision_form,
        "followup_form": followup_form,
        "decision": consultation.decisions.filter(meeting=meeting).first(),
        "followups": consultation.followups.filter(raised_at=meeting).select_related("owner"),
    }
    return render(request, "consultations/deliberation.html", context)


def _with_attendees(form: UtteranceForm) -> UtteranceForm:
    # Speakers are chosen from the meeting's attendees (the datalist in _utterances.html).
    form.fields["speaker"].widget.attrs["list"] = "attendees"
    return form


def _utterances_partial(request, consultation: Consultation, meeting) -> HttpResponse:
    return render(
        request,
        "consultations/_utterances.html",
        {
            "utterances": consultation.utterances.filter(meeting=meeting),
            "utterance_form": _with_attendees(UtteranceForm(prefix="u")),
            "attendees": attendee_names(meeting),
        },
    )
