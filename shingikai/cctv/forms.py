from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.cctv.models import DEFAULT_CONDITIONS, Camera, PoliceRequest
from shingikai.cctv.services import CAMERA_FIELDS, DEFAULT_CONFIRMATION_DAYS
from shingikai.consultations import access as consultation_access
from shingikai.lib.formfields import WarekiDateField


class CameraForm(forms.ModelForm):
    recording_started = WarekiDateField(label=_("recording started on"))
    removed_on = WarekiDateField(label=_("removed on"), required=False)

    class Meta:
        model = Camera
        fields = ["department", *CAMERA_FIELDS]
        widgets = {
            "subjects": forms.Textarea(attrs={"rows": 2}),
            "note": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, departments, municipality, user, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            # The installation stays with its department; moving it is a new entry.
            del self.fields["department"]
        else:
            self.fields["department"].queryset = departments
            if departments.count() == 1:
                self.fields["department"].initial = departments.first().pk
        # Only consultations the user may read: another department's draft title is not theirs.
        self.fields["consultation"].queryset = (
            consultation_access.visible_consultations(user)
            .filter(council__municipality=municipality)
            .order_by("-created_at")
        )

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in CAMERA_FIELDS}


class RequestForm(forms.ModelForm):
    received_on = WarekiDateField(label=_("received on"))

    class Meta:
        model = PoliceRequest
        fields = ["received_on", "police_station", "legal_basis", "reference", "requested"]
        widgets = {"requested": forms.Textarea(attrs={"rows": 3})}


class ApproveForm(forms.Form):
    on = WarekiDateField(label=_("approved on"))
    approver = forms.CharField(
        label=_("approved by"),
        max_length=100,
        initial="市長",
        help_text=_("The highest post that approved the provision (e.g. 市長)."),
    )


class DeclineForm(forms.Form):
    on = WarekiDateField(label=pgettext_lazy("registers", "date"))
    note = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))


class ProvideForm(forms.Form):
    on = WarekiDateField(label=_("provided on"))
    conditions = forms.CharField(
        label=_("conditions in the cover letter"),
        initial=DEFAULT_CONDITIONS,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    confirmation_due = WarekiDateField(
        label=_("return or deletion to be confirmed by"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted here, not at import, so that the text follows the request's language.
        self.fields["confirmation_due"].help_text = _(
            "Empty: %(days)d days after the provision."
        ) % {"days": DEFAULT_CONFIRMATION_DAYS}


class ConfirmForm(forms.Form):
    on = WarekiDateField(label=_("confirmed on"))
    confirmation = forms.ChoiceField(
        label=_("returned or deleted"),
        choices=PoliceRequest.Confirmation.choices,
    )
    note = forms.CharField(
        label=_("note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
