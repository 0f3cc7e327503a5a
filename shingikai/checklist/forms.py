from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Council

MAX_JSON_BYTES = 1024 * 1024


class ImportForm(forms.Form):
    council = forms.ModelChoiceField(label=_("council"), queryset=Council.objects.none())
    file = forms.FileField(label=_("JSON file"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        councils = Council.objects.all()
        if user.department_id:
            councils = councils.filter(municipality=user.department.municipality)
        elif user.council_id:
            councils = councils.filter(pk=user.council_id)
        self.fields["council"].queryset = councils
        if councils.count() == 1:
            self.fields["council"].initial = councils.first().pk
            self.fields["council"].widget = forms.HiddenInput()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_JSON_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        return upload
