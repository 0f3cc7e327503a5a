"""A service refusal no view caught: shown as a message, never as a 500.

A plain request goes back to the page it came from (when that page is on this site) with the
message; an htmx request gets the message as a fragment for the page's message area; anything
else gets the error page with the message and the refusal's status (400, or 409 for an action
the object's state does not allow).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from shingikai.lib.errors import ServiceError


class ServiceErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exc: Exception) -> HttpResponse | None:
        if not isinstance(exc, ServiceError):
            return None
        if request.headers.get("HX-Request") == "true":
            response = render(request, "front/_refusal.html", {"message": exc.message})
            # htmx swaps only 2xx answers; the message replaces the page's message area.
            response["HX-Retarget"] = "#messages"
            response["HX-Reswap"] = "innerHTML"
            return response
        back = request.headers.get("Referer", "")
        if request.method == "POST" and url_has_allowed_host_and_scheme(
            back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            messages.error(request, exc.message)
            return HttpResponseRedirect(back)
        return render(request, "400.html", {"message": exc.message}, status=exc.status)
