from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.consultations import access as consultation_access
from shingikai.councils.models import Municipality
from shingikai.lib.formfields import WarekiDateField
from shingikai.pia.models import Assessment
from shingikai.pia.services import INPUT_FIELDS, third_party_consultations


class AssessmentForm(forms.ModelForm):
    change_date = WarekiDateField(
        label=_("date the handling starts or changes"),
        required=False,
        help_text=_("The assessment must be submitted before this date."),
    )

    class Meta:
        model = Assessment
        fields = ["department", *INPUT_FIELDS]
        widgets = {"late_reason": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is None:
            del self.fields["department"]
        else:
            self.fields["department"].queryset = departments
            if departments.count() == 1:
                self.fields["department"].initial = departments.first().pk

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in INPUT_FIELDS}


class PublicCommentForm(forms.Form):
    start = WarekiDateField(label=_("public comment from"))
    end = WarekiDateField(label=_("public comment until"))

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The last day is before the first day."))
        return data


class ThirdPartyCheckForm(forms.Form):
    consultation = forms.ModelChoiceField(
        label=_("consultation on the third-party check"),
        queryset=None,
        help_text=_(
            "A consultation on the ground of the third-party check of impact assessments "
            "(特定個人情報保護評価 第三者点検)."
        ),
    )
    comment_summary = forms.CharField(
        label=_("comments received and how they were considered"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, municipality: Municipality, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only consultations the user may read: another department's draft title is not theirs.
        visible = consultation_access.visible_consultations(user).values("pk")
        self.fields["consultation"].queryset = third_party_consultations(municipality).filter(
            pk__in=visible
        )


class DateForm(forms.Form):
    on = WarekiDateField(label=pgettext_lazy("registers", "date"))


class ReviewForm(forms.Form):
    on = WarekiDateField(label=_("date of the review"))
    note = forms.CharField(
        label=_("result of the review"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ImportantChangeForm(forms.Form):
    on = WarekiDateField(label=_("date the change takes effect"))
    description = forms.CharField(
        label=_("important change"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
