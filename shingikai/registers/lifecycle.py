"""The file register's two transition tables (see ``shingikai.lib.workflow``).

A notification is filed by a department and then accepted or returned by the secretariat;
an entry in force takes change and abolition notifications, and ends when an abolition is
accepted. The notifications themselves are the entry's history.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from shingikai.lib.errors import NotAllowedNow
from shingikai.lib.workflow import Workflow, step
from shingikai.registers import access
from shingikai.registers.models import Notification, Operation


class RegisterError(NotAllowedNow):
    """A change the register cannot take in its current state; the message is for users."""


def _manages(user, notification: Notification) -> bool:
    return access.manages(user, notification.department.municipality_id)


def _acts(user, operation: Operation) -> bool:
    return access.can_act_for(user, operation.department)


def _nobody(user, obj) -> bool:
    # Only the acceptance of an abolition notification ends an entry.
    return False


def _refuse_notification(notification: Notification, transition) -> RegisterError:
    return RegisterError(
        _("This notification is already “%(status)s”.")
        % {"status": notification.get_status_display()}
    )


def _refuse_operation(operation: Operation, transition) -> RegisterError:
    return RegisterError(_("This entry has been abolished."))


FILED, IN_FORCE = Notification.Status.FILED, Operation.Status.IN_FORCE

DECIDED = ("decided_by", "decided_at", "decision_note")
NOTIFICATION = Workflow(
    "register notification",
    (
        step(
            "accept",
            {FILED},
            Notification.Status.ACCEPTED,
            who=_manages,
            writes=("operation", "previous", *DECIDED),
        ),
        step("return", {FILED}, Notification.Status.RETURNED, who=_manages, writes=DECIDED),
    ),
    state_of=lambda notification: notification.status,
    refuse=_refuse_notification,
)

OPERATION = Workflow(
    "register entry",
    (
        step("file_change", {IN_FORCE}, None, who=_acts, writes=("notification",)),
        step("file_abolition", {IN_FORCE}, None, who=_acts, writes=("notification",)),
        step("abolish", {IN_FORCE}, Operation.Status.ABOLISHED, who=_nobody),
    ),
    state_of=lambda operation: operation.status,
    refuse=_refuse_operation,
)


def notification_actions(user, notification: Notification) -> list[str]:
    return NOTIFICATION.available(notification, user)


def operation_actions(user, operation: Operation) -> list[str]:
    return OPERATION.available(operation, user)
