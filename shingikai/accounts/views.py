"""Login with optional TOTP, and the two-factor set-up page for secretariat and admins."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from shingikai.accounts.forms import LoginForm, TokenForm


class LoginView(auth_views.LoginView):
    form_class = LoginForm

    def form_valid(self, form):
        response = super().form_valid(form)
        if form.otp_device is not None:
            otp_login(self.request, form.otp_device)
        return response


def _may_use_two_factor(user) -> bool:
    return user.is_secretariat or user.is_admin_role


@login_required
def two_factor(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not _may_use_two_factor(user):
        raise PermissionDenied
    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    pending = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    form = TokenForm(request.POST or None)
    action = request.POST.get("action")
    if action == "start" and confirmed is None:
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        pending = TOTPDevice.objects.create(user=user, name="TOTP", confirmed=False)
        form = TokenForm()
    elif action == "confirm" and pending is not None and form.is_valid():
        if pending.verify_token(form.cleaned_data["token"]):
            pending.confirmed = True
            pending.save()
            messages.success(request, _("Two-factor authentication is now on."))
            return redirect("accounts:two_factor")
        form.add_error("token", _("The authentication code is wrong or expired."))
    elif action == "disable" and confirmed is not None and form.is_valid():
        if confirmed.verify_token(form.cleaned_data["token"]):
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-factor authentication is now off."))
            return redirect("accounts:two_factor")
        form.add_error("token", _("The authentication code is wrong or expired."))
    qr = segno.make(pending.config_url).svg_inline(scale=4) if pending else ""
    return render(
        request,
        "accounts/two_factor.html",
        {"confirmed": confirmed, "pending": pending, "form": form, "qr": qr},
    )
