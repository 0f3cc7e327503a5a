"""Who may see or change consultations. Every view asks here; hiding a button is never the
check.

- secretariat: everything of its own council
- department: its own department's consultations; reads decided ones of others
- member: reads what is on its council's meetings; writes nothing
- admin: everything
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404

from shingikai.accounts.access import manages_council
from shingikai.accounts.models import User
from shingikai.consultations.models import Consultation, State
from shingikai.councils.models import Council, Department

__all__ = [
    "manages_council",
    "can_view_consultation",
    "owns_consultation",
    "can_draft",
    "can_edit_consultation",
    "consultation_for_view",
    "consultation_for_edit",
    "consultation_for_secretariat",
    "visible_followups",
    "councils_for_new_consultation",
    "departments_for_new_consultation",
    "ConsultationScope",
    "consultation_scope",
    "visible_consultations",
]


def can_view_consultation(user: User, consultation: Consultation) -> bool:
    return consultation_scope(user).allows(consultation)


def owns_consultation(user: User, consultation: Consultation) -> bool:
    """A department user of the department that drafted it."""
    return bool(user.is_department and consultation.department_id == user.department_id)


def can_edit_consultation(user: User, consultation: Consultation) -> bool:
    if not consultation.is_editable:
        return False
    if manages_council(user, consultation.council_id):
        return True
    return owns_consultation(user, consultation)


def consultation_for_view(user: User, pk: int) -> Consultation:
    consultation = get_object_or_404(
        Consultation.objects.select_related("council", "department"), pk=pk
    )
    if not can_view_consultation(user, consultation):
        raise PermissionDenied
    return consultation


def consultation_for_edit(user: User, pk: int) -> Consultation:
    consultation = consultation_for_view(user, pk)
    if not can_edit_consultation(user, consultation):
        raise PermissionDenied
    return consultation


def consultation_for_secretariat(user: User, pk: int) -> Consultation:
    consultation = get_object_or_404(Consultation, pk=pk)
    if not manages_council(user, consultation.council_id):
        raise PermissionDenied
    return consultation


def visible_followups(user: User, followups):
    """The follow-ups of a meeting this user may read: a department only its own."""
    if user.is_admin_role or user.is_secretariat or user.is_member:
        return followups
    if user.is_department:
        return followups.filter(owner_id=user.department_id)
    return followups.none()


def can_draft(user: User) -> bool:
    """Who may open the new-consultation form (and import a draft from JSON)."""
    return bool(user.is_department or manages_council(user, user.council_id))


def councils_for_new_consultation(user: User):
    """The councils a user may file a consultation with, for the form's choice list."""
    councils = Council.objects.all()
    if user.is_admin_role:
        return councils
    if user.is_secretariat:
        # The secretariat works for one council, even when it belongs to a department too.
        return councils.filter(pk=user.council_id) if user.council_id else councils.none()
    if user.is_department and user.department_id:
        return councils.filter(municipality_id=user.department.municipality_id)
    return councils.none()


def departments_for_new_consultation(user: User):
    """The departments a user may file for, for the form's choice list."""
    if user.department_id and (user.is_department or user.is_secretariat):
        # Whoever belongs to a department files in its name (the secretariat's own 総務課).
        return Department.objects.filter(pk=user.department_id)
    if user.is_admin_role:
        return Department.objects.all()
    if user.is_secretariat and user.council_id:
        return Department.objects.filter(municipality_id=user.council.municipality_id)
    return Department.objects.none()


@dataclass(frozen=True)
class ConsultationScope:
    """The consultations a user may read, in the words of the rules at the top of this module.

    The one statement of those rules: ``visible_consultations`` turns it into a queryset,
    ``can_view_consultation`` into a yes or no, and the search into index filters.
    """

    everything: bool = False  # an administrator
    public_only: bool = False  # not logged in: only what a published meeting made public
    councils: tuple[int, ...] = ()  # every consultation of these councils (secretariat)
    departments: tuple[int, ...] = ()  # a department's own
    decided: bool = False  # the decided consultations of every department
    agenda_councils: tuple[int, ...] = ()  # those on an agenda of these councils (member)
    imported: bool = False  # other councils' imported minutes (every staff role)

    def allows(self, consultation: Consultation) -> bool:
        if self.everything:
            return True
        return bool(
            consultation.council_id in self.councils
            or consultation.department_id in self.departments
            or (self.decided and consultation.state == State.DECIDED)
            or (
                consultation.council_id in self.agenda_councils
                and consultation.agenda_items.exists()
            )
        )

    def q(self) -> Q:
        """The scope as a filter on consultations (``everything`` is not a filter)."""
        condition = Q(pk__in=[])
        if self.councils:
            condition |= Q(council_id__in=self.councils)
        if self.departments:
            condition |= Q(department_id__in=self.departments)
        if self.decided:
            condition |= Q(state=State.DECIDED)
        if self.agenda_councils:
            condition |= Q(council_id__in=self.agenda_councils, agenda_items__isnull=False)
        return condition


def consultation_scope(user: User | None) -> ConsultationScope:
    if user is None or not user.is_authenticated:
        return ConsultationScope(public_only=True)
    if user.is_admin_role:
        return ConsultationScope(everything=True)
    council = (user.council_id,) if user.council_id else ()
    if user.is_secretariat:
        return ConsultationScope(councils=council, imported=True)
    if user.is_department:
        department = (user.department_id,) if user.department_id else ()
        return ConsultationScope(departments=department, decided=True, imported=True)
    if user.is_member:
        return ConsultationScope(agenda_councils=council, imported=True)
    return ConsultationScope()


def visible_consultations(user: User):
    qs = Consultation.objects.select_related("council", "department")
    scope = consultation_scope(user)
    if scope.everything:
        return qs
    qs = qs.filter(scope.q())
    # The agenda join repeats a consultation that is on several agendas.
    return qs.distinct() if scope.agenda_councils else qs
