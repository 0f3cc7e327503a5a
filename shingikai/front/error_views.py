"""The 500 page with the site's navigation.

Django's own 500 view renders without the request (so that a broken context processor cannot
break the error page too); this one tries the full page first and falls back to plain text.
"""

from __future__ import annotations

import logging

from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


def server_error(request: HttpRequest) -> HttpResponse:
    try:
        return HttpResponseServerError(render_to_string("500.html", request=request))
    except Exception:  # the error page must not fail: the plain answer names no detail
        logger.exception("the 500 page could not be rendered")
        return HttpResponseServerError(
            "<!DOCTYPE html><title>500</title><h1>エラーが発生しました</h1>",
            content_type="text/html; charset=utf-8",
        )
