"""The minutes' lifecycle on screen: send, confirm at a later meeting, signatories, history."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.documents import lifecycle
from shingikai.documents.models import MeetingMinutes, MinutesSettings
from shingikai.lib.actions import run_action
from shingikai.meetings import access
from shingikai.meetings.models import AgendaItem, Meeting


def lifecycle_context(meeting: Meeting, record: MeetingMinutes | None) -> dict:
    attended = meeting.council.members_in_office(meeting.date).filter(
        attendance__meeting=meeting, attendance__present=True
    )
    return {
        "minutes_state": lifecycle.display_state(record),
        "actions": lifecycle.available(record),
        "uses_signers": MinutesSettings.of(meeting.council).uses_signers,
        "signers": record.signers.select_related("member") if record else [],
        "attended": attended,
        "minutes_history": record.history.select_related("actor") if record else [],
        "publish_blocker": lifecycle.publish_blocker(record),
    }


def _record(request: HttpRequest, pk: int) -> tuple[Meeting, MeetingMinutes]:
    meeting = access.meeting_for_secretariat(request.user, pk)
    return meeting, get_object_or_404(MeetingMinutes, meeting=meeting)


@login_required
@require_POST
def minutes_send(request: HttpRequest, pk: int) -> HttpResponse:
    meeting, record = _record(request, pk)
    if run_action(request, lifecycle.send, record, request.user):
        messages.success(request, _("The minutes were sent to the members for checking."))
    return redirect("documents:minutes_edit", pk=meeting.pk)


@login_required
@require_POST
def minutes_signer(request: HttpRequest, pk: int) -> HttpResponse:
    meeting, record = _record(request, pk)
    member = (
        meeting.council.members_in_office(meeting.date)
        .filter(pk=request.POST.get("member") or 0)
        .first()
    )
    if member is None:
        messages.error(request, _("A signatory must be a member who attended the meeting."))
    elif run_action(request, lifecycle.designate_signer, record, member, request.user):
        messages.success(request, _("%(name)s signs the minutes.") % {"name": member.name})
    return redirect("documents:minutes_edit", pk=meeting.pk)


@login_required
@require_POST
def minutes_sign(request: HttpRequest, pk: int, member_pk: int) -> HttpResponse:
    meeting, record = _record(request, pk)
    signer = get_object_or_404(record.signers.select_related("member"), member_id=member_pk)
    if run_action(request, lifecycle.sign, record, signer.member, request.user):
        messages.success(request, _("The signature was recorded."))
    return redirect("documents:minutes_edit", pk=meeting.pk)


@login_required
@require_POST
def minutes_confirm(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    """From the later meeting's page: its confirmation item confirms the earlier minutes."""
    meeting = access.meeting_for_secretariat(request.user, pk)
    item = get_object_or_404(
        AgendaItem, pk=item_pk, meeting=meeting, kind=AgendaItem.Kind.CONFIRMATION
    )
    record = MeetingMinutes.objects.filter(meeting_id=item.confirms_id).first()
    if record is None:
        messages.error(request, _("The earlier meeting has no saved minutes yet."))
    elif run_action(request, lifecycle.confirm, record, meeting, request.user):
        messages.success(
            request, _("The minutes of %(title)s were confirmed.") % {"title": item.confirms.title}
        )
    return redirect(meeting)
