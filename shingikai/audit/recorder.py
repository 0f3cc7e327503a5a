"""Writing audit events: from the middleware for every request, and from login signals."""

from __future__ import annotations

import logging

from django.http import HttpRequest

from shingikai.audit.models import AuditEvent

log = logging.getLogger("shingikai.audit")
SKIPPED_PREFIXES = ("/static/", "/favicon.ico")
# Responses that carry a file rather than a page.
DOWNLOAD_TYPES = ("application/pdf", "application/vnd", "text/csv", "application/octet-stream")


def client_ip(request: HttpRequest) -> str | None:
    # Behind a reverse proxy set SHINGIKAI_TRUST_X_FORWARDED_FOR; never trust it by default.
    from django.conf import settings

    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR") or None


def action_for(request: HttpRequest, response) -> str:
    if response.status_code in (401, 403):
        return AuditEvent.Action.DENIED
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        return AuditEvent.Action.CHANGE
    content_type = response.get("Content-Type", "")
    if response.has_header("Content-Disposition") or content_type.startswith(DOWNLOAD_TYPES):
        return AuditEvent.Action.DOWNLOAD
    return AuditEvent.Action.VIEW


def record(
    request: HttpRequest, action: str, *, status: int | None = None, user=None, username: str = ""
) -> None:
    if not request.method:
        return  # a synthetic request (e.g. a test's force_login), not a client's
    user = user if user is not None else getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    match = getattr(request, "resolver_match", None)
    event = AuditEvent(
        user=user if authenticated else None,
        username=(user.get_username() if authenticated else username)[:150],
        ip=client_ip(request),
        action=action,
        method=request.method[:10],
        path=request.get_full_path()[:500],
        view=(match.view_name if match else "")[:200],
        status=status,
    )
    try:
        event.save()
    except Exception:  # the log must never break the page; the failure itself is logged
        log.exception("Could not write the audit event %s", event)


def should_record(request: HttpRequest) -> bool:
    if request.path.startswith(SKIPPED_PREFIXES):
        return False
    user = getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    # Anonymous page views are public pages; anonymous writes (login attempts) are recorded
    # by the login signals.
    return authenticated
