"""Business actions on a meeting: one function, one transaction, one history row each."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.councils.models import Member
from shingikai.meetings import history
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import AgendaItem, Attendance, Meeting


@transaction.atomic
def set_item_closed(item: AgendaItem, closed: bool, reason: str, actor: User) -> AgendaItem:
    """Close an item (非公開) with its reason, or open it again."""
    locked = AgendaItem.objects.select_for_update().get(pk=item.pk)
    history.check_correctable(locked.meeting)
    reason = reason.strip()
    if closed and not reason:
        raise MeetingError(_("Give the reason why the item is closed."))
    before = history.snapshot(locked)
    locked.closed, locked.closed_reason = closed, reason if closed else ""
    locked.save(update_fields=["closed", "closed_reason"])
    history.record(locked.meeting, actor, "edit", locked, before, history.snapshot(locked))
    return locked


def _attendance_for(meeting: Meeting, member: Member) -> Attendance:
    attendance, _created = Attendance.objects.select_for_update().get_or_create(
        meeting=meeting, member=member
    )
    return attendance


@transaction.atomic
def mark_all_present(meeting: Meeting, actor: User) -> int:
    """「全員出席」: every member in office present, in person, from start to end."""
    members = meeting.council.members_in_office(meeting.date)
    for member in members:
        attendance = _attendance_for(meeting, member)
        before = history.snapshot(attendance)
        attendance.present, attendance.mode = True, Attendance.Mode.IN_PERSON
        attendance.arrived_at = attendance.left_at = None
        attendance.save()
        after = history.snapshot(attendance)
        if before != after:
            history.record(meeting, actor, "edit", attendance, before, after)
    return members.count()


@transaction.atomic
def set_attendance(
    meeting: Meeting,
    member: Member,
    actor: User,
    *,
    present: bool,
    mode: str = Attendance.Mode.IN_PERSON,
    arrived_at: datetime.time | None = None,
    left_at: datetime.time | None = None,
) -> Attendance:
    if mode not in Attendance.Mode.values:
        raise MeetingError(_("Choose how the member attends."))
    if not present:
        mode, arrived_at, left_at = Attendance.Mode.IN_PERSON, None, None
    if arrived_at and arrived_at < meeting.start_time:
        raise MeetingError(_("A late arrival is after the start of the meeting."))
    if left_at and left_at <= meeting.start_time:
        raise MeetingError(_("An early leave is after the start of the meeting."))
    if left_at and meeting.end_time and left_at >= meeting.end_time:
        raise MeetingError(_("An early leave is before the end of the meeting."))
    if arrived_at and left_at and left_at <= arrived_at:
        raise MeetingError(_("The member must leave after arriving."))
    attendance = _attendance_for(meeting, member)
    before = history.snapshot(attendance)
    attendance.present, attendance.mode = present, mode
    attendance.arrived_at, attendance.left_at = arrived_at, left_at
    attendance.save()
    history.record(meeting, actor, "edit", attendance, before, history.snapshot(attendance))
    return attendance


@transaction.atomic
def count_observer(meeting: Meeting, change: int) -> int:
    """傍聴者: the clerk counts them in (+1) and corrects a miscount (-1) at the door."""
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    locked.observers = max(0, locked.observers + change)
    locked.save(update_fields=["observers"])
    meeting.observers = locked.observers
    return locked.observers


@transaction.atomic
def add_confirmation_item(meeting: Meeting, actor: User) -> AgendaItem:
    """要録(案)の確認: an agenda item for the minutes of the council's previous meeting."""
    previous = meeting.previous()
    if previous is None:
        raise MeetingError(_("There is no earlier meeting whose minutes could be confirmed."))
    if meeting.items.filter(kind=AgendaItem.Kind.CONFIRMATION, confirms=previous).exists():
        raise MeetingError(_("The confirmation of those minutes is already on the agenda."))
    top = meeting.items.aggregate(top=Max("order"))["top"] or 0
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=top + 1,
        kind=AgendaItem.Kind.CONFIRMATION,
        title=f"{previous.title}会議録（案）の確認",
        confirms=previous,
    )
    history.record(meeting, actor, "add", item, None, history.snapshot(item))
    return item


def attendee_names(meeting: Meeting) -> list[str]:
    """Who may be recorded as a speaker: members present (as the minutes name them) and the
    staff who attended, so a turn is never given to someone who was not there."""
    titles = {Member.Role.CHAIR: "会長", Member.Role.DEPUTY: "会長職務代理"}
    present = meeting.attendances.filter(present=True).select_related("member")
    names = [f"{a.member.name}{titles.get(a.member.role, '委員')}" for a in present]
    names += [f"{s.name}（{s.position}）" if s.position else s.name for s in meeting.staff.all()]
    return names
