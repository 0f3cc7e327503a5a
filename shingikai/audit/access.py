"""Who may read which rows of the audit log.

- admin: every row
- secretariat: the rows of the people of its own council (its secretariat and members) and of
  the departments of the council's municipality, failed logins under those people's names
  included; never another council's
- anyone else: nothing
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from shingikai.accounts.models import User
from shingikai.audit.models import AuditEvent


def can_read_audit(user: User) -> bool:
    return bool(user.is_admin_role or (user.is_secretariat and user.council_id))


def require_auditor(user: User) -> None:
    if not can_read_audit(user):
        raise PermissionDenied


def _people_of(user: User) -> QuerySet[User]:
    council = user.council
    return User.objects.filter(
        Q(council_id=council.pk)
        | Q(role=User.Role.DEPARTMENT, department__municipality_id=council.municipality_id)
    ).exclude(role=User.Role.ADMIN)


def visible_events(user: User) -> QuerySet[AuditEvent]:
    if user.is_admin_role:
        return AuditEvent.objects.all()
    if not can_read_audit(user):
        return AuditEvent.objects.none()
    people = _people_of(user)
    # A failed login has no user row, only the name typed; it belongs to the council when
    # that name is one of its people's.
    return AuditEvent.objects.filter(
        Q(user__in=people) | Q(user__isnull=True, username__in=people.values("username"))
    )
