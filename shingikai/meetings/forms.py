from __future__ import annotations

from django import forms
from django.db.models import Max
from django.utils.translation import gettext_lazy as _

from shingikai.consultations.forms import AttachmentForm
from shingikai.councils.models import Council
from shingikai.lib import wareki
from shingikai.lib.formfields import JapaneseTimeField, WarekiDateField
from shingikai.meetings.models import AgendaItem, Attendance, Material, Meeting, StaffAttendance


class MeetingForm(forms.ModelForm):
    date = WarekiDateField(label=_("date"))
    start_time = JapaneseTimeField(label=_("start time"))
    end_time = JapaneseTimeField(label=_("end time"), required=False)
    number = forms.IntegerField(
        label=_("number in the fiscal year"),
        min_value=1,
        required=False,
        help_text=_("Leave empty for the next number of the fiscal year."),
    )

    class Meta:
        model = Meeting
        fields = [
            "date",
            "number",
            "start_time",
            "end_time",
            "place",
            "public_attendance",
            "closed_reason",
            "observers",
            "contact",
        ]
        widgets = {"closed_reason": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, council: Council, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.council = council

    def clean(self):
        data = super().clean()
        date = data.get("date")
        if date is None:
            return data
        # The meeting's name (令和4年度第4回) follows the fiscal year of its date.
        fiscal_year = wareki.fiscal_year(date)
        self.instance.fiscal_year = fiscal_year
        others = Meeting.objects.filter(
            council=self.instance.council, fiscal_year=fiscal_year
        ).exclude(pk=self.instance.pk)
        number = data.get("number")
        if number is None:
            number = (others.aggregate(top=Max("number"))["top"] or 0) + 1
            data["number"] = number
        elif others.filter(number=number).exists():
            self.add_error("number", _("This fiscal year already has a meeting with that number."))
        self.instance.number = number
        return data


class StaffForm(forms.ModelForm):
    class Meta:
        model = StaffAttendance
        fields = ["kind", "position", "name"]

    def __init__(self, *args, **kwargs):
        # The meeting page shows this form beside AgendaItemForm: both have a "kind" field,
        # and two elements with the id id_kind would leave one select without its label.
        kwargs.setdefault("auto_id", "id_staff_%s")
        super().__init__(*args, **kwargs)


class AgendaItemForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("kind"),
        choices=[
            (AgendaItem.Kind.REPORT, AgendaItem.Kind.REPORT.label),
            (AgendaItem.Kind.CONFIRMATION, AgendaItem.Kind.CONFIRMATION.label),
            (AgendaItem.Kind.OTHER, AgendaItem.Kind.OTHER.label),
        ],
    )
    title = forms.CharField(label=_("title"), max_length=300)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_item_%s")  # see StaffForm
        super().__init__(*args, **kwargs)


class PutOnAgendaForm(forms.Form):
    consultation = forms.ModelChoiceField(label=_("consultation"), queryset=None)

    # The list offers the longest-waiting consultations; a council rarely has more waiting,
    # and a select of thousands would make the meeting page heavy.
    MAX_CHOICES = 200

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["consultation"]
        field.queryset = queryset
        waiting = queryset.order_by("number_fiscal_year", "number", "pk")[: self.MAX_CHOICES]
        field.choices = [("", "---------"), *((c.pk, str(c)) for c in waiting)]


class AttendanceForm(forms.Form):
    """How one member attended: in person or online, and when they came late or left early."""

    mode = forms.ChoiceField(label=_("how"), choices=Attendance.Mode.choices)
    arrived_at = JapaneseTimeField(label=_("arrived late at"), required=False)
    left_at = JapaneseTimeField(label=_("left early at"), required=False)


class MaterialForm(AttachmentForm):
    """A material: its file checked like an attachment (kind and size); the file may follow
    later for a paper handed out at the meeting."""

    distribution = forms.ChoiceField(label=_("distribution"), choices=Material.Distribution.choices)
    sent_on = WarekiDateField(label=_("sent on"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].required = False

    def clean_file(self):
        if not self.cleaned_data.get("file"):
            return None
        return super().clean_file()


class ReportForm(AttachmentForm):
    text = forms.CharField(label=_("report"), widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["title"]
        self.fields["file"].required = False
        self.fields["file"].label = _("attachment")

    def clean_file(self):
        if not self.cleaned_data.get("file"):
            return None
        return super().clean_file()
