"""Meeting screens: list, create, the meeting page with agenda, attendance and quorum."""

from __future__ import annotations

from functools import partial

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
from shingikai.meetings import services as meeting_services
from shingikai.meetings.calendar import feed_url
from shingikai.meetings.forms import (
    AgendaItemForm,
    AttendanceForm,
    MaterialForm,
    MeetingForm,
    PutOnAgendaForm,
    StaffForm,
)
from shingikai.meetings.models import AgendaItem, Attendance, Meeting


@login_required
def meeting_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    meetings = access.visible_meetings(user)
    context = {"meetings": meetings, "calendar_url": request.build_absolute_uri(feed_url(user))}
    return render(request, "meetings/list.html", context)


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


ATTENDANCE_CHOICES = {
    "modes": Attendance.Mode.choices,
    "observer_buttons": [(1, "+1"), (-1, "−1")],
}


def _attendance_rows(meeting: Meeting) -> list[tuple]:
    rows = {a.member_id: a for a in meeting.attendances.all()}
    members = meeting.council.members_in_office(meeting.date).order_by("role", "pk")
    return [
        (member, bool(rows.get(member.pk) and rows[member.pk].present), rows.get(member.pk))
        for member in members
    ]


def _attendance_context(meeting: Meeting) -> dict:
    return {
        "meeting": meeting,
        "manages": True,
        "attendance": _attendance_rows(meeting),
        "quorum": meeting.quorum_status(),
        "quorum_changes": meeting.quorum_changes()[1:],
        **ATTENDANCE_CHOICES,
    }


def _attendance_response(request: HttpRequest, meeting: Meeting) -> HttpResponse:
    if request.headers.get("HX-Request") == "true":
        return render(request, "meetings/_attendance.html", _attendance_context(meeting))
    return redirect(meeting)


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    manages = access.manages_council(request.user, meeting.council_id)
    items = access.visible_agenda_items(request.user, meeting).select_related(
        "confirms__minutes_record"
    )
    context = {
        "meeting": meeting,
        "manages": manages,
        "items": items,
        "followups": access.visible_followups(request.user, services.followups_for_agenda(meeting)),
        "attendance": _attendance_rows(meeting),
        "quorum": meeting.quorum_status(),
        "quorum_changes": meeting.quorum_changes()[1:],
        "staff": meeting.staff.all(),
        "materials": meeting.materials.all(),
        "questions": access.visible_questions(request.user, meeting),
        "can_ask": access.can_ask_questions(request.user, meeting),
        "answerable": {
            q.pk
            for q in access.visible_questions(request.user, meeting)
            if access.can_answer_question(request.user, q)
        },
        **ATTENDANCE_CHOICES,
    }
    if manages:
        waiting = meeting.council.consultations.filter(state__in=[State.SUBMITTED, State.CONTINUED])
        context.update(
            put_form=PutOnAgendaForm(queryset=waiting),
            item_form=AgendaItemForm(),
            staff_form=StaffForm(),
            close_form=CloseFollowUpForm(),
            material_form=MaterialForm(),
        )
    return render(request, "meetings/detail.html", context)


@login_required
@require_POST
def attendance_toggle(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    member = get_object_or_404(meeting.council.members_in_office(meeting.date), pk=member_pk)
    present = request.POST.get("present") == "1"
    current = Attendance.objects.filter(meeting=meeting, member=member).first()
    keep = {}
    if current and present:
        keep = {"mode": current.mode, "arrived_at": current.arrived_at, "left_at": current.left_at}
    action = partial(meeting_services.set_attendance, present=present, **keep)
    run_action(request, action, meeting, member, request.user)
    return _attendance_response(request, meeting)


@login_required
@require_POST
def attendance_details(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    member = get_object_or_404(meeting.council.members_in_office(meeting.date), pk=member_pk)
    form = AttendanceForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    elif run_action(
        request,
        partial(meeting_services.set_attendance, present=True, **form.cleaned_data),
        meeting,
        member,
        request.user,
    ):
        messages.success(
            request, _("The attendance of %(name)s was saved.") % {"name": member.name}
        )
    return _attendance_response(request, meeting)


@login_required
@require_POST
def attendance_all_present(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    meeting_services.mark_all_present(meeting, request.user)
    return _attendance_response(request, meeting)


@login_required
@require_POST
def observers_count(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    change = 1 if request.POST.get("change") == "1" else -1
    meeting_services.count_observer(meeting, change)
    return _attendance_response(request, meeting)


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
def agenda_add_confirmation(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    if run_action(request, meeting_services.add_confirmation_item, meeting, request.user):
        messages.success(request, _("The confirmation of the previous minutes is on the agenda."))
    return redirect(meeting)


@login_required
@require_POST
def agenda_item_closed(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    closed = request.POST.get("closed") == "1"
    reason = request.POST.get("closed_reason", "")
    if run_action(request, meeting_services.set_item_closed, item, closed, reason, request.user):
        if closed:
            messages.success(request, _("The item is closed to the public."))
        else:
            messages.success(request, _("The item is open to the public again."))
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
