"""Who may see or change meetings, their agendas and minutes.

- secretariat: every meeting of its own council
- member: reads the meetings of its council
- department: a meeting that has one of its consultations on the agenda, and only those items
- admin: everything

The consultation rules are re-exported: a meeting page shows consultations too.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from shingikai.accounts.access import managed_council, manages_council  # noqa: F401
from shingikai.accounts.models import User
from shingikai.consultations.access import *  # noqa: F403 - re-exported, see above
from shingikai.meetings.models import Meeting


def can_view_meeting(user: User, meeting: Meeting) -> bool:
    if manages_council(user, meeting.council_id):
        return True
    if user.is_member:
        return meeting.council_id == user.council_id
    if user.is_department:
        return meeting.items.filter(consultation__department_id=user.department_id).exists()
    return False


def can_read_minutes(user: User, meeting: Meeting) -> bool:
    """Minutes hold every department's deliberation: the secretariat and members only."""
    return can_view_meeting(user, meeting) and not (
        user.is_department and not manages_council(user, meeting.council_id)
    )


def visible_meetings(user: User):
    meetings = Meeting.objects.select_related("council")
    if user.is_admin_role:
        return meetings
    if user.is_secretariat or user.is_member:
        return meetings.filter(council_id=user.council_id)
    if user.is_department:
        return meetings.filter(items__consultation__department_id=user.department_id).distinct()
    return meetings.none()


def visible_agenda_items(user: User, meeting: Meeting):
    """A department sees a meeting only for its own consultations."""
    items = meeting.items.select_related("consultation__department")
    if user.is_department and not manages_council(user, meeting.council_id):
        return items.filter(consultation__department_id=user.department_id)
    return items


def meeting_for_view(user: User, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("council"), pk=pk)
    if not can_view_meeting(user, meeting):
        raise PermissionDenied
    return meeting


def meeting_for_secretariat(user: User, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("council"), pk=pk)
    if not manages_council(user, meeting.council_id):
        raise PermissionDenied
    return meeting


def can_manage_meeting(user: User, meeting: Meeting) -> bool:
    return manages_council(user, meeting.council_id)


def can_ask_questions(user: User, meeting: Meeting) -> bool:
    return user.is_member and user.council_id == meeting.council_id


def check(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def can_answer_question(user: User, question) -> bool:
    if manages_council(user, question.meeting.council_id):
        return True
    return user.is_department and question.consultation.department_id == user.department_id


def visible_questions(user: User, meeting: Meeting):
    """The secretariat and members see every question; a department those on its own
    consultations (it answers them)."""
    questions = meeting.questions.select_related("consultation__department", "asked_by")
    if manages_council(user, meeting.council_id) or can_ask_questions(user, meeting):
        return questions
    if user.is_department:
        return questions.filter(consultation__department_id=user.department_id)
    return questions.none()


def can_file_report(user: User, followup) -> bool:
    if manages_council(user, followup.council_id):
        return True
    return user.is_department and followup.owner_id == user.department_id


def followups_of(user: User):
    """Every follow-up a user may act on: the secretariat's council's, a department's own."""
    from shingikai.consultations.models import FollowUp

    followups = FollowUp.objects.select_related("owner", "raised_at", "consultation", "council")
    if user.is_admin_role:
        return followups
    if user.is_secretariat:
        return followups.filter(council_id=user.council_id)
    if user.is_department:
        return followups.filter(owner_id=user.department_id)
    return followups.none()
