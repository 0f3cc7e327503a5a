"""Who may see or do what with a meeting's parts. Small functions, so they can be merged into
the per-resource access modules; views ask here and never only hide a button."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from shingikai.accounts import access
from shingikai.accounts.models import User
from shingikai.meetings.models import Meeting


def visible_meetings(user: User) -> QuerySet[Meeting]:
    meetings = Meeting.objects.select_related("council")
    if user.is_admin_role:
        return meetings
    if user.is_secretariat or user.is_member:
        return meetings.filter(council_id=user.council_id)
    if user.is_department:
        return meetings.filter(items__consultation__department_id=user.department_id).distinct()
    return meetings.none()


def can_manage_meeting(user: User, meeting: Meeting) -> bool:
    return access.manages_council(user, meeting.council_id)


def can_read_minutes(user: User, meeting: Meeting) -> bool:
    """Minutes hold every department's deliberation: the secretariat and the members."""
    if can_manage_meeting(user, meeting):
        return True
    return user.is_member and user.council_id == meeting.council_id


def can_ask_questions(user: User, meeting: Meeting) -> bool:
    return user.is_member and user.council_id == meeting.council_id


def check(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def can_answer_question(user: User, question) -> bool:
    if access.manages_council(user, question.meeting.council_id):
        return True
    return user.is_department and question.consultation.department_id == user.department_id


def visible_questions(user: User, meeting: Meeting):
    """The secretariat and members see every question; a department those on its own
    consultations (it answers them)."""
    questions = meeting.questions.select_related("consultation__department", "asked_by")
    if access.manages_council(user, meeting.council_id) or (
        user.is_member and user.council_id == meeting.council_id
    ):
        return questions
    if user.is_department:
        return questions.filter(consultation__department_id=user.department_id)
    return questions.none()


def can_file_report(user: User, followup) -> bool:
    if access.manages_council(user, followup.council_id):
        return True
    return user.is_department and followup.owner_id == user.department_id


def visible_followups(user: User):
    from shingikai.consultations.models import FollowUp

    followups = FollowUp.objects.select_related("owner", "raised_at", "consultation", "council")
    if user.is_admin_role:
        return followups
    if user.is_secretariat:
        return followups.filter(council_id=user.council_id)
    if user.is_department:
        return followups.filter(owner_id=user.department_id)
    return followups.none()
