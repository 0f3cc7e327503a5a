from __future__ import annotations

from django.conf import settings


def navigation(request) -> dict:
    return {"demo_mode": settings.DEMO_MODE}
