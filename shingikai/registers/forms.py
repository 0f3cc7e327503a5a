from __future__ import annotations

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Department
from shingikai.lib.formfields import ItemListField, WarekiDateField
from shingikai.registers import importer, sheet
from shingikai.registers.models import VALUE_FIELDS, Operation

UPLOAD_MAX_BYTES = 10 * 1024 * 1024


class OperationValuesForm(forms.ModelForm):
    """The values a start or change notification proposes, with the date and the reason."""

    items = ItemListField(
        label=_("recorded items"),
        required=False,
        help_text=_("One per line, or separated by 、 (e.g. 氏名、住所、生年月日)."),
    )
    effective_on = WarekiDateField(label=_("date of the start or change"))
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))

    class Meta:
        model = Operation
        fields = ["department", *VALUE_FIELDS]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2})
            for name in ("purpose", "data_subjects", "source", "external_provision")
        }

    def __init__(self, *args, departments=None, **kwargs):
        super().__init__(*args, **kwargs)
        if departments is None:
            # A change keeps the entry's department: it is not a value a notification alters.
            del self.fields["department"]
        else:
            self.fields["department"].queryset = departments
            if departments.count() == 1:
                self.fields["department"].initial = departments.first().pk

    def values(self) -> dict:
        return {name: self.cleaned_data[name] for name in VALUE_FIELDS}


class AbolitionForm(forms.Form):
    effective_on = WarekiDateField(label=_("date of abolition"))
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))


class DecisionNoteForm(forms.Form):
    note = forms.CharField(
        label=_("note to the department"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class InternalNoteForm(forms.Form):
    internal_note = forms.CharField(
        label=_("internal note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class PeriodForm(forms.Form):
    start = WarekiDateField(label=_("first day"))
    end = WarekiDateField(label=_("last day"))

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The last day is before the first day."))
        return data

    @staticmethod
    def default_initial(today: datetime.date) -> dict:
        """The fiscal year so far: what a council usually asks for."""
        first = datetime.date(today.year if today.month >= 4 else today.year - 1, 4, 1)
        return {"start": first, "end": today}


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("register sheet"),
        help_text=_("Excel (.xlsx) or CSV, with the column names in one row."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > UPLOAD_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)d MB."),
                params={"mb": UPLOAD_MAX_BYTES // (1024 * 1024)},
            )
        data = upload.read()
        try:
            self.table = sheet.read_table(data, upload.name, importer.KNOWN_HEADERS)
        except sheet.SheetError as exc:
            raise forms.ValidationError(importer.SHEET_ERRORS[exc.code]) from None
        self.data_bytes = data
        return upload


class MappingForm(forms.Form):
    """One select per register field: which column of the sheet holds it."""

    default_department = forms.ModelChoiceField(
        label=_("department for rows without one"),
        queryset=Department.objects.none(),
        required=False,
    )
    only_valid = forms.BooleanField(
        label=_("Import only the valid rows and skip the rows with errors"), required=False
    )

    def __init__(self, *args, headers: list[str], departments, **kwargs):
        super().__init__(*args, **kwargs)
        columns = [("", _("— not imported —"))] + [
            (str(i), f"{sheet.column_letter(i)}: {h or '—'}") for i, h in enumerate(headers)
        ]
        for f in importer.FIELDS:
            self.fields[f"col_{f.name}"] = forms.ChoiceField(
                label=f.label, choices=columns, required=False
            )
        self.fields["default_department"].queryset = departments
        self.order_fields([f"col_{f.name}" for f in importer.FIELDS])

    def mapping(self) -> dict[str, int]:
        return {
            f.name: int(self.cleaned_data[f"col_{f.name}"])
            for f in importer.FIELDS
            if self.cleaned_data.get(f"col_{f.name}")
        }

    def column_fields(self):
        return [self[f"col_{f.name}"] for f in importer.FIELDS]

    def option_fields(self):
        return [self["default_department"], self["only_valid"]]

    @staticmethod
    def initial_for(mapping: dict[str, int]) -> dict:
        return {f"col_{name}": str(index) for name, index in mapping.items()}
