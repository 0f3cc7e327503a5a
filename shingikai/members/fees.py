"""Members' fees (委員報酬) and travel allowances (費用弁償) computed from attendance.

The rule is the council's (FeeRule): a day fee, or a half-day fee for an attendance of at most
`half_day_max_minutes`; online attendance paid the same, half or nothing; travel paid per
meeting attended in person, as a fixed amount or each member's own. A member who declined
fees (辞退) is listed with 0 and the note, so the payment list shows why.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import pgettext, pgettext_lazy

from shingikai.councils.models import Council, FeeRule, Member
from shingikai.meetings.models import Attendance, Meeting


@dataclass(frozen=True)
class FeeLine:
    meeting: Meeting
    member: Member
    online: bool
    minutes: int
    fee: int
    travel: int
    note: str

    @property
    def total(self) -> int:
        return self.fee + self.travel


def _minutes(meeting: Meeting, attendance: Attendance) -> int:
    """Minutes in the room: from the later of the opening and arrival to the earlier of the
    closing and leaving. A meeting with no recorded end counts as one half day."""
    day = meeting.date
    start = max(meeting.start_time, attendance.arrived_at or meeting.start_time)
    end_of_meeting = meeting.end_time
    if end_of_meeting is None:
        return 0
    end = min(end_of_meeting, attendance.left_at or end_of_meeting)
    delta = datetime.datetime.combine(day, end) - datetime.datetime.combine(day, start)
    return max(0, int(delta.total_seconds() // 60))


def fee_for(rule: FeeRule, minutes: int, online: bool) -> int:
    fee = rule.daily_fee
    if rule.half_day_fee is not None and minutes <= rule.half_day_max_minutes:
        fee = rule.half_day_fee
    if online:
        if rule.online_rule == FeeRule.OnlineRule.NONE:
            return 0
        if rule.online_rule == FeeRule.OnlineRule.HALF:
            return fee // 2
    return fee


def travel_for(rule: FeeRule, member: Member, online: bool) -> int:
    if online or rule.travel_rule == FeeRule.TravelRule.NONE:
        return 0
    if rule.travel_rule == FeeRule.TravelRule.FIXED:
        return rule.travel_amount
    return member.travel_amount


def meeting_fees(meeting: Meeting) -> list[FeeLine]:
    """One line per member present at the meeting; none when the council has no fee rule."""
    rule = FeeRule.objects.filter(council_id=meeting.council_id).first()
    if rule is None:
        return []
    lines = []
    attendances = meeting.attendances.filter(present=True).select_related("member")
    for attendance in sorted(attendances, key=lambda a: (a.member.role, a.member.name)):
        member = attendance.member
        online = attendance.mode == Attendance.Mode.WEB
        minutes = _minutes(meeting, attendance)
        if member.fee_declined:
            lines.append(
                FeeLine(meeting, member, online, minutes, 0, 0, pgettext("fees", "declined"))
            )
            continue
        lines.append(
            FeeLine(
                meeting,
                member,
                online,
                minutes,
                fee_for(rule, minutes, online),
                travel_for(rule, member, online),
                pgettext("fees", "online") if online else "",
            )
        )
    return lines


def _meetings(council: Council, start: datetime.date, end: datetime.date) -> Iterable[Meeting]:
    return Meeting.objects.filter(council=council, date__gte=start, date__lte=end).order_by(
        "date", "start_time"
    )


def month_fees(council: Council, year: int, month: int) -> list[FeeLine]:
    start = datetime.date(year, month, 1)
    end = (start + datetime.timedelta(days=32)).replace(day=1) - datetime.timedelta(days=1)
    return [line for meeting in _meetings(council, start, end) for line in meeting_fees(meeting)]


def yearly_statement(person_name: str, council: Council, year: int) -> list[FeeLine]:
    """A member's payments in a calendar year (the year of the 支払調書), across terms."""
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return [
        line
        for meeting in _meetings(council, start, end)
        for line in meeting_fees(meeting)
        if line.member.name == person_name
    ]


PAYMENT_HEADERS = [
    pgettext_lazy("fees", "meeting"),
    pgettext_lazy("fees", "date"),
    pgettext_lazy("fees", "member"),
    pgettext_lazy("fees", "attendance"),
    pgettext_lazy("fees", "minutes attended"),
    pgettext_lazy("fees", "fee (yen)"),
    pgettext_lazy("fees", "travel allowance (yen)"),
    pgettext_lazy("fees", "total (yen)"),
    pgettext_lazy("fees", "note"),
]


def payment_rows(lines: Iterable[FeeLine]) -> list[list]:
    return [
        [
            f"{line.meeting.title}",
            line.meeting.date,
            line.member.name,
            pgettext("fees", "online") if line.online else pgettext("fees", "in person"),
            line.minutes,
            line.fee,
            line.travel,
            line.total,
            line.note,
        ]
        for line in lines
    ]
