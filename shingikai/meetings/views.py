"""Meeting screens: list, create, the meeting page with agenda, attendance and quorum."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.consultations import services
from shingikai.consultations.forms import CloseFollowUpForm
from shingikai.consultations.models import FollowUp, State
from shingikai.lib.actions import run_action
from shingikai.meetings import access
from shingikai.meetings.forms import AgendaItemForm, MeetingForm, PutOnAgendaForm, StaffForm
from shingikai.meetings.models import Attendance, Meeting


@login_required
def meeting_list(request: HttpRequest) -> HttpResponse:
    meetings = access.visible_meetings(request.user)
    return render(request, "meetings/list.html", {"meetings": meetings})


@login_required
def meeting_create(request: HttpRequest) -> HttpResponse:
    council = access.managed_council(request.user)
    form = MeetingForm(request.POST or None, council=council)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            meeting = form.save()
        messages.success(request, _("The meeting was created."))
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "meeting": None})


@login_required
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    form = MeetingForm(request.POST or None, instance=meeting, council=meeting.council)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The meeting was saved."))
        return redirect(meeting)
    return render(request, "meetings/form.html", {"form": form, "meeting": meeting})


def _attendance_rows(meeting: Meeting) -> list[tuple]:
    present = dict(meeting.attendances.values_list("member_id", "present"))
    members = meeting.council.members_in_office(meeting.date).order_by("role", "pk")
    return [(member, present.get(member.pk, False)) for member in members]


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    manages = access.manages_council(request.user, meeting.council_id)
    items = access.visible_agenda_items(request.user, meeting)
    context = {
        "meeting": meeting,
        "manages": manages,
        "items": items,
        "followups": access.visible_followups(request.user, services.followups_for_agenda(meeting)),
        "attendance": _attendance_rows(meeting),
        "quorum": meeting.quorum_status(),
        "staff": meeting.staff.all(),
    }
    if manages:
        waiting = meeting.council.consultations.filter(state__in=[State.SUBMITTED, State.CONTINUED])
        context.update(
            put_form=PutOnAgendaForm(queryset=waiting),
            item_form=AgendaItemForm(),
            staff_form=StaffForm(),
            close_form=CloseFollowUpForm(),
        )
    return render(request, "meetings/detail.html", context)


@login_required
@require_POST
def attendance_toggle(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    member = get_object_or_404(meeting.council.members_in_office(meeting.date), pk=member_pk)
    present = request.POST.get("present") == "1"
    Attendance.objects.update_or_create(
        meeting=meeting, member=member, defaults={"present": present}
    )
    context = {
        "meeting": meeting,
        "manages": True,
        "attendance": _attendance_rows(meeting),
        "quorum": meeting.quorum_status(),
    }
    if request.headers.get("HX-Request") == "true":
        return render(request, "meetings/_attendance.html", context)
    return redirect(meeting)


@login_required
@require_POST
def staff_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    form = StaffForm(request.POST)
    if form.is_valid():
        form.instance.meeting = meeting
        form.save()
    else:
        messages.error(request, _("Give the name and the kind of staff."))
    return redirect(meeting)


@login_required
@require_POST
def agenda_add_consultation(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    waiting = meeting.council.consultations.filter(state__in=[State.SUBMITTED, State.CONTINUED])
    form = PutOnAgendaForm(request.POST, queryset=waiting)
    if not form.is_valid():
        messages.error(request, _("Choose a submitted consultation."))
    elif run_action(
        request, services.put_on_agenda, form.cleaned_data["consultation"], meeting, request.user
    ):
        messages.success(request, _("The consultation was put on the agenda."))
    return redirect(meeting)


@login_required
@require_POST
def agenda_add_item(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    form = AgendaItemForm(request.POST)
    if form.is_valid():
        services.add_agenda_item(meeting, form.cleaned_data["kind"], form.cleaned_data["title"])
    else:
        messages.error(request, _("Give the title of the item."))
    return redirect(meeting)


@login_required
@require_POST
def followup_close(request: HttpRequest, pk: int, followup_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    followup = get_object_or_404(FollowUp, pk=followup_pk, council=meeting.council)
    form = CloseFollowUpForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the report that closes the follow-up."))
    elif run_action(
        request,
        services.close_followup,
        followup,
        meeting,
        form.cleaned_data["report"],
        request.user,
    ):
        messages.success(request, _("The follow-up was closed by the report."))
    return redirect(meeting)
