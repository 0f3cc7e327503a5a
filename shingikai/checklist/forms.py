from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from shingikai.consultations import access
from shingikai.councils.models import Council

MAX_JSON_BYTES = 1024 * 1024


class ImportForm(forms.Form):
    council = forms.ModelChoiceField(label=_("council"), queryset=Council.objects.none())
    file = forms.FileField(label=_("JSON file"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # The councils the user may file with, as on the new-consultation form.
        councils = access.councils_for_new_consultation(user)
        self.fields["council"].queryset = councils
        if councils.count() == 1:
            self.fields["council"].initial = councils.first().pk
            self.fields["council"].widget = forms.HiddenInput()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_JSON_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload
