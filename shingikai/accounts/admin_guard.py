"""The admin behind the app's own login, so that it never skips two-factor authentication.

Django's admin has its own password-only login form: a user with TOTP confirmed could sign
in there with the password alone and then use the whole app. So the admin's login sends
to the app's login (which asks for the token), and the admin refuses a session that was
opened without the token by a user who has one.
"""

from __future__ import annotations

from django.contrib.admin import AdminSite
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django_otp import user_has_device


def two_factor_satisfied(user) -> bool:
    """True unless the user has a confirmed device and this session did not use it."""
    if not user.is_authenticated or not user_has_device(user, confirmed=True):
        return True
    return bool(getattr(user, "is_verified", lambda: False)())


def _login(request: HttpRequest, extra_context=None) -> HttpResponse:
    return redirect_to_login(request.GET.get("next") or "/admin/")


def protect(site: AdminSite) -> None:
    plain = site.has_permission

    def has_permission(request: HttpRequest) -> bool:
        return plain(request) and two_factor_satisfied(request.user)

    site.has_permission = has_permission
    site.login = _login
