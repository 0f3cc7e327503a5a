"""Refuse a request whose parameters hold a NUL character, before any view sees it.

No text field may hold NUL: PostgreSQL cannot store it (a 500 there) while SQLite stores it
silently, so the two databases would disagree. Forms already refuse it; this catches the
parameters that views read directly (search queries, filters, page numbers).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.html import escape
from django.utils.translation import gettext as _


def _has_nul(request: HttpRequest) -> bool:
    for params in (request.GET, request.POST):
        for key, values in params.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                return True
    return "\x00" in request.path


class InputGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _has_nul(request):
            message = _("The request holds a NUL character, which no text may contain.")
            return HttpResponseBadRequest(
                f'<!DOCTYPE html><html lang="ja"><meta charset="utf-8"><p>{escape(message)}</p>',
                content_type="text/html; charset=utf-8",
            )
        return self.get_response(request)
