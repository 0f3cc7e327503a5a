from django import forms
from django.utils.translation import gettext_lazy as _


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=_("minutes files"),
        help_text=_("Text (UTF-8 or Shift_JIS), HTML or PDF with a text layer; several at once."),
    )
    municipality = forms.CharField(
        label=_("municipality"),
        required=False,
        max_length=100,
        help_text=_("Only needed when the minutes do not name it."),
    )
