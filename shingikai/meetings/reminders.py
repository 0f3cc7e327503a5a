"""What `shingikai remind` tells whom: follow-ups coming due, members' questions still
unanswered, minutes awaiting confirmation, impact assessments due for review. One mail per
person, listing everything that concerns them."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from shingikai.accounts.models import User
from shingikai.consultations.models import FollowUp
from shingikai.documents.models import MeetingMinutes
from shingikai.lib import wareki
from shingikai.meetings.models import AdvanceQuestion, Meeting

SUBJECT = "【個人情報保護審議会】対応が必要な事項のお知らせ"


@dataclass
class Reminder:
    user: User
    lines: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        return f"{SUBJECT}（{len(self.lines)}件）"

    @property
    def body(self) -> str:
        items = "\n".join(f"・{line}" for line in self.lines)
        return f"{self.user} 様\n\n次の事項への対応をお願いします。\n\n{items}\n"


def _department_users(department_id: int):
    return User.objects.filter(
        role=User.Role.DEPARTMENT, department_id=department_id, is_active=True
    )


def _secretariat_users(council_id: int):
    return User.objects.filter(role=User.Role.SECRETARIAT, council_id=council_id, is_active=True)


def _next_meeting_dates(today: datetime.date) -> dict[int, datetime.date]:
    upcoming = Meeting.objects.filter(date__gte=today).order_by("date")
    dates: dict[int, datetime.date] = {}
    for meeting in upcoming:
        dates.setdefault(meeting.council_id, meeting.date)
    return dates


def _followups(today: datetime.date, limit: datetime.date, add) -> None:
    next_dates = _next_meeting_dates(today)
    open_ = FollowUp.objects.filter(status=FollowUp.Status.OPEN).select_related(
        "owner", "raised_at"
    )
    for f in open_.filter(
        Q(due=FollowUp.Due.DATE, due_date__lte=limit) | ~Q(due=FollowUp.Due.DATE)
    ):
        if f.due == FollowUp.Due.DATE:
            when = f.due_date
        else:
            when = next_dates.get(f.council_id)
            if when is None or when > limit:
                continue
        line = f"宿題事項「{f.what}」（{f.raised_at.title}）の期限：{wareki.format_date(when)}"
        for user in _department_users(f.owner_id):
            add(user, line)


def _questions(today: datetime.date, add) -> None:
    waiting = AdvanceQuestion.objects.filter(answer="", meeting__date__gte=today).select_related(
        "consultation__department", "meeting"
    )
    for q in waiting:
        line = (
            f"{q.meeting.title}の事前質問（{q.consultation.number_label or q.consultation.title}）"
            f"が未回答です：{q.text[:40]}"
        )
        for user in _department_users(q.consultation.department_id):
            add(user, line)


def _minutes(add) -> None:
    sent = MeetingMinutes.objects.filter(state=MeetingMinutes.State.SENT).select_related(
        "meeting__council"
    )
    for record in sent:
        line = (
            f"{record.meeting.title}の会議録（案）が確認待ちです。"
            "次回の議題に確認を載せてください。"
        )
        for user in _secretariat_users(record.meeting.council_id):
            add(user, line)


def _assessments(today: datetime.date, horizon: int, add) -> None:
    from shingikai.councils.models import Municipality
    from shingikai.pia.due import due_items

    for municipality in Municipality.objects.all():
        for item in due_items(municipality, today, horizon):
            assessment = item.assessment
            due = wareki.format_date(item.due)
            line = f"特定個人情報保護評価「{assessment.affair}」：{item.label}（{due}）"
            for user in _department_users(assessment.department_id):
                add(user, line)


def _terms(today: datetime.date, add) -> None:
    """90 and 30 days before a term ends: time to start appointing the next members."""
    from shingikai.councils.terms import term_end_warnings

    for warning in term_end_warnings(today):
        term = warning.term
        end = wareki.format_date(term.end)
        line = (
            f"{term.council.name}の{term.name}の任期が{end}に満了します（あと{warning.days_left}日）。"
            "次期委員の委嘱手続を始めてください。"
        )
        for user in _secretariat_users(term.council_id):
            add(user, line)


def collect(today: datetime.date, horizon_days: int = 7) -> list[Reminder]:
    """Everything due within `horizon_days` of `today` (and overdue), grouped per person."""
    limit = today + datetime.timedelta(days=horizon_days)
    found: dict[int, Reminder] = {}
    seen: dict[int, set[str]] = defaultdict(set)

    def add(user: User, line: str) -> None:
        if line in seen[user.pk]:
            return
        seen[user.pk].add(line)
        found.setdefault(user.pk, Reminder(user)).lines.append(line)

    _followups(today, limit, add)
    _questions(today, add)
    _minutes(add)
    _assessments(today, horizon_days, add)
    _terms(today, add)
    return sorted(found.values(), key=lambda r: r.user.username)
