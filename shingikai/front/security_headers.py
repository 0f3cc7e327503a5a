"""Content-Security-Policy on every response: scripts and styles from this server only.

Municipal networks are closed and everything (htmx included) is served from /static/, so
nothing needs another origin. Inline scripts are not allowed (the few handlers live in
static files); inline style attributes are, as the templates use them for layout and htmx
adds its indicator style. The PDF renderer reads templates, not responses, so it is not
affected.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", POLICY)
        return response
