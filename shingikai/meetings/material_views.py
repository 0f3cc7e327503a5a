"""Materials, advance questions and follow-up reports on screen; thin views over the services."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.consultations.models import FollowUp
from shingikai.lib.actions import run_action
from shingikai.meetings import access, followup_reports, materials
from shingikai.meetings import access as meeting_access
from shingikai.meetings.forms import MaterialForm, ReportForm
from shingikai.meetings.models import AdvanceQuestion, FollowUpReport, Material


def _form_errors(request: HttpRequest, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


@login_required
@require_POST
def material_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    form = MaterialForm(request.POST, request.FILES)
    if not form.is_valid():
        _form_errors(request, form)
    elif run_action(
        request, partial(materials.add_material, **form.cleaned_data), meeting, request.user
    ):
        messages.success(request, _("The material was added."))
    return redirect(meeting)


@login_required
def material_download(request: HttpRequest, pk: int, material_pk: int) -> FileResponse:
    meeting = access.meeting_for_view(request.user, pk)
    material = get_object_or_404(Material, pk=material_pk, meeting=meeting)
    if not material.file:
        raise Http404
    return FileResponse(material.file.open("rb"), as_attachment=True)


@login_required
@require_POST
def question_ask(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    meeting_access.check(meeting_access.can_ask_questions(request.user, meeting))
    item = get_object_or_404(
        meeting.items.select_related("consultation"),
        consultation_id=request.POST.get("consultation") or 0,
    )
    text = request.POST.get("text", "")
    if run_action(request, materials.ask, meeting, item.consultation, request.user, text):
        messages.success(request, _("Your question was sent."))
    return redirect(meeting)


@login_required
@require_POST
def question_answer(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    question = get_object_or_404(AdvanceQuestion, pk=question_pk, meeting=meeting)
    meeting_access.check(meeting_access.can_answer_question(request.user, question))
    if run_action(
        request, materials.answer, question, request.user, request.POST.get("answer", "")
    ):
        messages.success(request, _("The answer was saved."))
    return redirect(meeting)


@login_required
@require_POST
def questions_compile(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    if run_action(request, materials.compile_questions, meeting, request.user):
        messages.success(request, _("The questions and answers were compiled for the meeting."))
    return redirect(meeting)


@login_required
@require_POST
def question_record(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    question = get_object_or_404(AdvanceQuestion, pk=question_pk, meeting=meeting)
    if run_action(request, materials.record_as_turns, question, request.user):
        messages.success(request, _("The question was recorded as a turn."))
    return redirect(meeting)


@login_required
def followup_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not (user.is_department or user.is_secretariat or user.is_admin_role):
        raise PermissionDenied
    followups = meeting_access.followups_of(user).filter(status=FollowUp.Status.OPEN)
    rows = [(f, f.reports.select_related("agenda_item__meeting", "filed_by")) for f in followups]
    return render(
        request,
        "meetings/followups.html",
        {"rows": rows, "form": ReportForm(), "manages": user.is_secretariat or user.is_admin_role},
    )


@login_required
@require_POST
def report_file(request: HttpRequest, followup_pk: int) -> HttpResponse:
    followup = get_object_or_404(meeting_access.followups_of(request.user), pk=followup_pk)
    form = ReportForm(request.POST, request.FILES)
    if not form.is_valid():
        _form_errors(request, form)
    elif run_action(
        request,
        followup_reports.file_report,
        followup,
        request.user,
        form.cleaned_data["text"],
        form.cleaned_data["file"],
    ):
        messages.success(request, _("The report was filed with the secretariat."))
    return redirect("meetings:followups")


@login_required
@require_POST
def report_to_agenda(request: HttpRequest, report_pk: int) -> HttpResponse:
    report = get_object_or_404(FollowUpReport.objects.select_related("followup"), pk=report_pk)
    if not access.manages_council(request.user, report.followup.council_id):
        raise PermissionDenied
    if run_action(request, followup_reports.put_on_next_agenda, report, request.user):
        report.refresh_from_db()
        messages.success(
            request,
            _("The report is on the agenda of %(title)s.")
            % {"title": report.agenda_item.meeting.title},
        )
    return redirect("meetings:followups")


@login_required
def report_download(request: HttpRequest, report_pk: int) -> FileResponse:
    report = get_object_or_404(FollowUpReport.objects.select_related("followup"), pk=report_pk)
    if not meeting_access.can_file_report(request.user, report.followup):
        raise PermissionDenied
    if not report.attachment:
        raise Http404
    return FileResponse(report.attachment.open("rb"), as_attachment=True)
