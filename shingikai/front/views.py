"""The dashboard: what each role has to do next."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from shingikai.consultations import services
from shingikai.consultations.models import Consultation, FollowUp, State
from shingikai.councils import terms
from shingikai.councils.models import Council
from shingikai.front.accessibility import load_statement
from shingikai.meetings.models import Meeting
from shingikai.minutes.models import ImportedMeeting

# Dashboards show the first few of each list with the total; the full lists have their pages.
DASHBOARD_ROWS = 20


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    today = timezone.localdate()
    context: dict = {"today": today}
    council_id = user.council_id
    if user.is_admin_role and not council_id:
        council = Meeting.objects.values_list("council_id", flat=True).first()
        council_id = council
    if user.is_secretariat or user.is_admin_role:
        submitted = Consultation.objects.filter(council_id=council_id, state=State.SUBMITTED)
        context.update(
            next_meeting=Meeting.objects.filter(council_id=council_id, date__gte=today)
            .order_by("date", "start_time")
            .first(),
            submitted=submitted.select_related("department").order_by("-updated_at")[
                :DASHBOARD_ROWS
            ],
            submitted_total=submitted.count(),
            terms_ending=terms.terms_ending_soon(today, Council.objects.filter(pk=council_id)),
            overdue=services.overdue_followups(council_id, today) if council_id else [],
            open_followups=FollowUp.objects.filter(
                council_id=council_id, status=FollowUp.Status.OPEN
            ).select_related("owner", "raised_at")[:DASHBOARD_ROWS],
            minutes_to_check=ImportedMeeting.objects.filter(to_check__gt=0).count(),
        )
    if user.is_department:
        context.update(
            drafts=Consultation.objects.filter(department_id=user.department_id)
            .exclude(state__in=[State.DECIDED, State.WITHDRAWN, State.REVIEWED_INTERNALLY])
            .order_by("-updated_at")[:DASHBOARD_ROWS],
            my_followups=FollowUp.objects.filter(
                owner_id=user.department_id, status=FollowUp.Status.OPEN
            ).select_related("raised_at", "consultation")[:DASHBOARD_ROWS],
        )
    if user.is_member:
        context.update(
            upcoming=Meeting.objects.filter(council_id=council_id, date__gte=today).order_by(
                "date"
            ),
            past=Meeting.objects.filter(council_id=council_id, date__lt=today)[:5],
        )
    return render(request, "front/dashboard.html", context)


def accessibility(request: HttpRequest) -> HttpResponse:
    """The accessibility statement: public, like the portal it covers."""
    return render(request, "front/accessibility.html", {"statement": load_statement()})
