"""Who may see or change the registers (file register, CCTV, impact assessments).

The registers belong to a municipality, not to one council, so the rules are written here
rather than in consultations/access.py and meetings/access.py; the cctv and
pia apps use the same helpers so the three registers answer the same way:

- secretariat: reads and changes everything of its council's municipality, accepts
  notifications
- department: reads its municipality's registers; files and acts for its own department only
- member: reads, never writes
- admin: everything
- anonymous: only the public page of the file register
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from shingikai.accounts.models import User
from shingikai.councils.models import Department, Municipality


def municipality_id_of(user: User) -> int | None:
    """The municipality a user works for; None for admins (all) and strangers (none)."""
    if not user.is_authenticated:
        return None
    if user.department_id:
        return user.department.municipality_id
    if user.council_id:
        return user.council.municipality_id
    return None


def manages(user: User, municipality_id: int) -> bool:
    """The secretariat of a council of that municipality keeps its registers."""
    if not user.is_authenticated:
        return False
    if user.is_admin_role:
        return True
    return bool(
        user.is_secretariat and user.council_id and user.council.municipality_id == municipality_id
    )


def can_read(user: User, municipality_id: int) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_admin_role or municipality_id_of(user) == municipality_id


def can_act_for(user: User, department: Department) -> bool:
    """File or change something on behalf of this department."""
    if manages(user, department.municipality_id):
        return True
    return bool(user.is_department and user.department_id == department.pk)


def require_read(user: User, municipality_id: int) -> None:
    if not can_read(user, municipality_id):
        raise PermissionDenied


def require_act_for(user: User, department: Department) -> None:
    if not can_act_for(user, department):
        raise PermissionDenied


def require_manager(user: User, municipality_id: int) -> None:
    if not manages(user, municipality_id):
        raise PermissionDenied


def can_write_somewhere(user: User) -> bool:
    """Departments and the secretariat write; members (and strangers) only read."""
    return user.is_authenticated and (
        user.is_admin_role or user.is_secretariat or user.is_department
    )


def reader_municipality(user: User, requested: str | None = None) -> Municipality:
    """The municipality whose registers a page shows.

    Everybody but an admin sees their own; an admin may pick one with ?municipality=.
    """
    if user.is_authenticated and user.is_admin_role:
        municipalities = Municipality.objects.order_by("pk")
        if requested and requested.isdigit():
            chosen = municipalities.filter(pk=int(requested)).first()
            if chosen:
                return chosen
        first = municipalities.first()
        if first:
            return first
        raise PermissionDenied
    municipality_id = municipality_id_of(user)
    if municipality_id is None:
        raise PermissionDenied
    return Municipality.objects.get(pk=municipality_id)


def own_department_only(user: User, municipality_id: int) -> int | None:
    """The department a reader is limited to for departmental records (CCTV, police requests,
    assessments, notifications): a department user's own; None (all) for everybody else."""
    if user.is_department and not manages(user, municipality_id):
        return user.department_id
    return None


def departmental(user: User, municipality_id: int, records: QuerySet, path: str) -> QuerySet:
    """Departmental records of a municipality this user may read; ``path`` leads from a record
    to its department (``"department"``, ``"camera__department"``)."""
    records = records.filter(**{f"{path}__municipality_id": municipality_id})
    own = own_department_only(user, municipality_id)
    return records.filter(**{f"{path}_id": own}) if own else records


def can_read_departmental(user: User, department: Department) -> bool:
    """One departmental record: its municipality's readers, but a department only its own."""
    if not can_read(user, department.municipality_id):
        return False
    return not user.is_department or can_act_for(user, department)


def require_read_departmental(user: User, department: Department) -> None:
    if not can_read_departmental(user, department):
        raise PermissionDenied


def filing_for(
    user: User, requested: str | None = None
) -> tuple[Municipality, QuerySet[Department]]:
    """The municipality and the departments a user may file something new for (a register
    entry, a camera, an assessment); 403 for a user who may file for none."""
    municipality = reader_municipality(user, requested)
    departments = departments_for(user, municipality)
    if not departments.exists():
        raise PermissionDenied
    return municipality, departments


def departments_for(user: User, municipality: Municipality) -> QuerySet[Department]:
    """The departments a user may act for, for the department choice of a form."""
    departments = Department.objects.filter(municipality=municipality)
    if manages(user, municipality.pk):
        return departments
    if user.is_department:
        return departments.filter(pk=user.department_id)
    return departments.none()
