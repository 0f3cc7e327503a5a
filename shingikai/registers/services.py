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
from shingikai.registers.models import VALUE_FIELDS, Notification, Operation


class RegisterError(Exception):
    """A change the register cannot take in its current state; the message is for users."""


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


def _lock_in_force(operation: Operation, effective_on: datetime.date) -> Operation:
    locked = Operation.objects.select_for_update().get(pk=operation.pk)
    if locked.status != Operation.Status.IN_FORCE:
        raise RegisterError(_("This entry has been abolished."))
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
    locked = _lock_in_force(operation, effective_on)
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
    locked = _lock_in_force(operation, effective_on)
    return Notification.objects.create(
        kind=Notification.Kind.ABOLITION,
        department=locked.department,
        operation=locked,
        effective_on=effective_on,
        reason=reason,
        filed_by=actor,
    )


def _lock_filed(notification: Notification) -> Notification:
    locked = Notification.objects.select_for_update().get(pk=notification.pk)
    if locked.status != Notification.Status.FILED:
        raise RegisterError(
            _("This notification is already “%(status)s”.")
            % {"status": locked.get_status_display()}
        )
    return locked


@transaction.atomic
def accept(notification: Notification, actor: User, note: str = "") -> Notification:
    """Apply the notification to the register and keep the values it replaced."""
    locked = _lock_filed(notification)
    if locked.kind == Notification.Kind.START:
        locked.operation = Operation.objects.create(
            department=locked.department,
            start_date=locked.effective_on,
            origin=Operation.Origin.NOTIFICATION,
            **locked.proposed,
        )
    else:
        operation = Operation.objects.select_for_update().get(pk=locked.operation_id)
        if operation.status != Operation.Status.IN_FORCE:
            raise RegisterError(_("This entry has been abolished."))
        locked.previous = operation.values()
        if locked.kind == Notification.Kind.CHANGE:
            for name, value in locked.proposed.items():
                setattr(operation, name, value)
        else:
            operation.status = Operation.Status.ABOLISHED
            operation.abolished_on = locked.effective_on
        operation.save()
    locked.status = Notification.Status.ACCEPTED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.decision_note = note
    locked.save()
    notification.refresh_from_db()
    return locked


@transaction.atomic
def return_notification(notification: Notification, actor: User, note: str) -> Notification:
    """Send a notification back to the department; the register stays as it was."""
    locked = _lock_filed(notification)
    locked.status = Notification.Status.RETURNED
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
