"""Every change to the file register: one function, one transaction, one history row.

A department files a notification (the history row); the secretariat accepts it, which is
the only way an entry starts, changes or ends. Views check who may call these; the functions
check that the change makes sense for the entry's current state.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.councils.models import Department
from shingikai.lib import history
from shingikai.registers.lifecycle import NOTIFICATION, OPERATION, RegisterError
from shingikai.registers.models import VALUE_FIELDS, Notification, Operation


def _clean_values(values: dict) -> dict:
    unknown = set(values) - set(VALUE_FIELDS)
    if unknown:
        raise ValueError(f"not a register value: {sorted(unknown)}")
    return {name: values[name] for name in VALUE_FIELDS if name in values}


def _refuse_if_pending(operation: Operation) -> None:
    # One notification at a time per entry, so an accepted change never silently undoes
    # another that was filed against the same earlier values.
    if operation.notifications.filter(status=Notification.Status.FILED).exists():
        raise RegisterError(_("A notification for this entry is already waiting for acceptance."))


def _lock_in_force(operation: Operation, effective_on: datetime.date, action: str) -> Operation:
    locked, _step = history.lock(OPERATION, Operation, operation.pk, action)
    if effective_on < locked.start_date:
        raise RegisterError(_("The date is before the entry started."))
    _refuse_if_pending(locked)
    return locked


@transaction.atomic
def file_start(
    *,
    department: Department,
    values: dict,
    effective_on: datetime.date,
    reason: str,
    actor: User,
) -> Notification:
    values = _clean_values(values)
    if not values.get("name") or not values.get("purpose"):
        raise RegisterError(_("Give the name and the purpose of use."))
    return Notification.objects.create(
        kind=Notification.Kind.START,
        department=department,
        effective_on=effective_on,
        reason=reason,
        proposed=values,
        filed_by=actor,
    )


@transaction.atomic
def file_change(
    operation: Operation,
    *,
    values: dict,
    effective_on: datetime.date,
    reason: str,
    actor: User,
) -> Notification:
    locked = _lock_in_force(operation, effective_on, "file_change")
    values = _clean_values(values)
    current = locked.values()
    if all(current.get(name) == value for name, value in values.items()):
        raise RegisterError(_("Nothing was changed."))
    return Notification.objects.create(
        kind=Notification.Kind.CHANGE,
        department=locked.department,
        operation=locked,
        effective_on=effective_on,
        reason=reason,
        proposed=values,
        filed_by=actor,
    )


@transaction.atomic
def file_abolition(
    operation: Operation, *, effective_on: datetime.date, reason: str, actor: User
) -> Notification:
    locked = _lock_in_force(operation, effective_on, "file_abolition")
    return Notification.objects.create(
        kind=Notification.Kind.ABOLITION,
        department=locked.department,
        operation=locked,
        effective_on=effective_on,
        reason=reason,
        filed_by=actor,
    )


def _lock_filed(notification: Notification, action: str) -> Notification:
    locked, transition = history.lock(NOTIFICATION, Notification, notification.pk, action)
    locked.status = transition.target
    return locked


@transaction.atomic
def accept(notification: Notification, actor: User, note: str = "") -> Notification:
    """Apply the notification to the register and keep the values it replaced."""
    locked = _lock_filed(notification, "accept")
    if locked.kind == Notification.Kind.START:
        locked.operation = Operation.objects.create(
            department=locked.department,
            start_date=locked.effective_on,
            origin=Operation.Origin.NOTIFICATION,
            **locked.proposed,
        )
    else:
        action = "abolish" if locked.kind == Notification.Kind.ABOLITION else "file_change"
        operation, step = history.lock(OPERATION, Operation, locked.operation_id, action)
        locked.previous = operation.values()
        if locked.kind == Notification.Kind.CHANGE:
            for name, value in locked.proposed.items():
                setattr(operation, name, value)
        else:
            operation.status = step.target
            operation.abolished_on = locked.effective_on
        operation.save()
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.decision_note = note
    locked.save()
    notification.refresh_from_db()
    return locked


@transaction.atomic
def return_notification(notification: Notification, actor: User, note: str) -> Notification:
    """Send a notification back to the department; the register stays as it was."""
    locked = _lock_filed(notification, "return")
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.decision_note = note
    locked.save()
    notification.refresh_from_db()
    return locked


@transaction.atomic
def set_internal_note(operation: Operation, note: str) -> Operation:
    """The secretariat's own remark; not a notifiable value, so it leaves no notification."""
    Operation.objects.filter(pk=operation.pk).update(internal_note=note, updated_at=timezone.now())
    operation.internal_note = note
    return operation
