from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from shingikai.audit.models import AuditEvent
from shingikai.audit.recorder import record


@receiver(user_logged_in)
def on_login(sender, request, user, **kwargs):
    if request is not None:
        record(request, AuditEvent.Action.LOGIN, user=user)


@receiver(user_logged_out)
def on_logout(sender, request, user, **kwargs):
    if request is not None and user is not None:
        record(request, AuditEvent.Action.LOGOUT, user=user)


@receiver(user_login_failed)
def on_login_failed(sender, credentials, request=None, **kwargs):
    if request is not None:
        record(
            request,
            AuditEvent.Action.LOGIN_FAILED,
            username=str(credentials.get("username", ""))[:150],
        )
