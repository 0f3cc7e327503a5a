from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from shingikai.documents.models import MeetingMinutes


class MinutesForm(forms.Form):
    style = forms.ChoiceField(label=_("style"), choices=MeetingMinutes.Style.choices)
    proceedings = forms.CharField(
        label=_("proceedings"), widget=forms.Textarea(attrs={"rows": 30}), strip=False
    )

    def clean_proceedings(self) -> str:
        # Browsers send CRLF; stored text uses LF so that redaction offsets stay comparable.
        text = self.cleaned_data["proceedings"].replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise forms.ValidationError(_("Write the proceedings."))
        return text
