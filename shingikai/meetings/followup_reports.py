"""Departments close their own loops: they file the report a follow-up asks for, and the
secretariat puts it on the next agenda with one click; the follow-up closes at that meeting."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.consultations.models import FollowUp
from shingikai.meetings import access, history
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import AgendaItem, FollowUpReport, Meeting


@transaction.atomic
def file_report(followup: FollowUp, actor: User, text: str, attachment=None) -> FollowUpReport:
    locked = FollowUp.objects.select_for_update().get(pk=followup.pk)
    if not access.can_file_report(actor, locked):
        raise MeetingError(_("Only the owner department or the secretariat files this report."))
    if locked.status == FollowUp.Status.CLOSED:
        raise MeetingError(_("This follow-up is already closed."))
    if not text.strip():
        raise MeetingError(_("Write the report."))
    report = FollowUpReport(followup=locked, text=text.strip(), filed_by=actor)
    if attachment:
        report.attachment = attachment
    report.save()
    return report


def next_meeting(council_id: int) -> Meeting | None:
    return (
        Meeting.objects.filter(council_id=council_id, date__gte=timezone.localdate())
        .order_by("date", "start_time")
        .first()
    )


@transaction.atomic
def put_on_next_agenda(report: FollowUpReport, actor: User) -> AgendaItem:
    locked = (
        FollowUpReport.objects.select_for_update()
        .select_related("followup__owner")
        .get(pk=report.pk)
    )
    if locked.agenda_item_id:
        raise MeetingError(_("This report is already on an agenda."))
    followup = locked.followup
    meeting = next_meeting(followup.council_id)
    if meeting is None:
        raise MeetingError(_("There is no upcoming meeting; create the next meeting first."))
    top = meeting.items.aggregate(top=Max("order"))["top"] or 0
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=top + 1,
        kind=AgendaItem.Kind.REPORT,
        title=f"宿題事項の報告：{followup.what}（{followup.owner}）",
    )
    locked.agenda_item = item
    locked.save(update_fields=["agenda_item"])
    history.record(meeting, actor, "add", item, None, history.snapshot(item))
    return item


def latest_report_text(followup: FollowUp) -> str:
    report = followup.reports.order_by("-filed_at", "-pk").first()
    return report.text if report else ""
