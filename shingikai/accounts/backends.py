"""Authentication that refuses the published demo password outside demo mode."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.backends import ModelBackend

DEMO_PASSWORD = "demo"
log = logging.getLogger(__name__)


class DemoAwareBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if password == DEMO_PASSWORD and not settings.DEMO_MODE:
            # The demo password is printed by `make run`; it must never open a real installation.
            log.warning("Refused the demo password for %r outside demo mode", username)
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
