"""Report item (報告事項) screens: thin; changes come from consultations/reports.py.

Who may: the council's secretariat (and admins) create and record everything; the members
of the council and the reporting department read.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shingikai.accounts import access
from shingikai.consultations import reports
from shingikai.consultations.forms import AttachmentForm, FollowUpForm, UtteranceForm
from shingikai.consultations.models import Acknowledgement, Consultation, Report, ReportMaterial
from shingikai.councils.models import Department
from shingikai.meetings.models import Meeting


def can_view_report(user, report: Report) -> bool:
    if access.manages_council(user, report.council_id):
        return True
    if user.is_member:
        return user.council_id == report.council_id
    return bool(user.department_id) and user.department_id == report.department_id


def _report_for_view(user, pk: int) -> Report:
    report = get_object_or_404(Report.objects.select_related("meeting", "department"), pk=pk)
    if not can_view_report(user, report):
        raise PermissionDenied
    return report


class ReportForm(forms.Form):
    department = forms.ModelChoiceField(label=gettext_lazy("department"), queryset=None)
    title = forms.CharField(label=gettext_lazy("title"), max_length=300)
    summary = forms.CharField(
        label=gettext_lazy("summary of the report"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consultation = forms.ModelChoiceField(
        label=gettext_lazy("consultation it reports on"), queryset=None, required=False
    )

    def __init__(self, *args, meeting: Meeting, **kwargs):
        super().__init__(*args, **kwargs)
        council = meeting.council
        self.fields["department"].queryset = Department.objects.filter(
            municipality=council.municipality
        )
        self.fields["consultation"].queryset = Consultation.objects.filter(
            council=council, number__isnull=False
        ).order_by("-number")


class AcknowledgementForm(forms.Form):
    acknowledgement = forms.ChoiceField(
        label=gettext_lazy("acknowledgement"), choices=Acknowledgement.choices
    )
    opinion = forms.CharField(
        label=gettext_lazy("opinions of the council"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


@login_required
def report_create(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=meeting_pk)
    if not access.manages_council(request.user, meeting.council_id):
        raise PermissionDenied
    form = ReportForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        try:
            report = reports.create_report(meeting, actor=request.user, **form.cleaned_data)
        except reports.ReportError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("The report item was added."))
            return redirect(report)
    return render(request, "consultations/report_form.html", {"form": form, "meeting": meeting})


def _act(request: HttpRequest, report: Report) -> bool:
    """Runs the posted action; True when it changed something."""
    action = request.POST.get("action")
    try:
        if action == "turn":
            form = UtteranceForm(request.POST, prefix="u")
            if form.is_valid():
                reports.add_turn(report, **form.cleaned_data)
                return True
        elif action == "acknowledge":
            form = AcknowledgementForm(request.POST, prefix="a")
            if form.is_valid():
                reports.acknowledge(report, **form.cleaned_data)
                messages.success(request, _("The acknowledgement was recorded."))
                return True
        elif action == "followup":
            form = FollowUpForm(request.POST, prefix="f", council=report.council)
            if form.is_valid():
                reports.raise_followup(report, **form.cleaned_data)
                messages.success(request, _("The follow-up was added."))
                return True
        elif action == "material":
            form = AttachmentForm(request.POST, request.FILES, prefix="m")
            if form.is_valid():
                reports.add_material(
                    report,
                    title=form.cleaned_data["title"],
                    upload=form.cleaned_data["file"],
                    actor=request.user,
                )
                return True
        else:
            return False
    except reports.ReportError as exc:
        messages.error(request, str(exc))
        return False
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return False


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report_for_view(request.user, pk)
    manages = access.manages_council(request.user, report.council_id)
    if request.method == "POST":
        if not manages:
            raise PermissionDenied
        _act(request, report)
        return redirect(report)
    context = {
        "report": report,
        "manages": manages,
        "turns": report.turns.all(),
        "materials": report.materials.all(),
        "followups": report.followups.select_related("owner"),
        "turn_form": UtteranceForm(prefix="u"),
        "ack_form": AcknowledgementForm(
            prefix="a",
            initial={"acknowledgement": report.acknowledgement, "opinion": report.opinion},
        ),
        "followup_form": FollowUpForm(
            prefix="f", council=report.council, initial={"owner": report.department_id}
        ),
        "material_form": AttachmentForm(prefix="m"),
    }
    return render(request, "consultations/report_detail.html", context)


@login_required
def report_material(request: HttpRequest, pk: int, material_pk: int) -> FileResponse:
    report = _report_for_view(request.user, pk)
    material = get_object_or_404(ReportMaterial, pk=material_pk, report=report)
    return FileResponse(material.file.open("rb"), as_attachment=True)
