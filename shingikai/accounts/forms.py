from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user

TOKEN_WIDGET = forms.TextInput(
    attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 8}
)


class LoginForm(AuthenticationForm):
    """User name and password, plus the authentication code once two-factor is set up."""

    otp_token = forms.CharField(
        label=_("Authentication code (only if two-factor is set up)"),
        required=False,
        max_length=8,
        widget=TOKEN_WIDGET,
    )

    def clean(self):
        data = super().clean()
        self.otp_device = None
        if self.get_user() is None:
            return data  # a blank user name or password: the field errors say so
        devices = list(devices_for_user(self.get_user(), confirmed=True))
        if devices:
            token = (data.get("otp_token") or "").strip()
            if not token:
                raise forms.ValidationError(
                    _("Enter the authentication code from your app."), code="token_required"
                )
            self.otp_device = next((d for d in devices if d.verify_token(token)), None)
            if self.otp_device is None:
                raise forms.ValidationError(
                    _("The authentication code is wrong or expired."), code="token_invalid"
                )
        return data


class TokenForm(forms.Form):
    token = forms.CharField(label=_("Authentication code"), max_length=8, widget=TOKEN_WIDGET)
