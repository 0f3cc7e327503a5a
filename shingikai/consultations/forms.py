from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from shingikai.consultations import access
from shingikai.consultations.models import Consultation, FollowUp, Outcome, Utterance
from shingikai.councils.models import Council, Department, Ground
from shingikai.lib.formfields import ItemListField, WarekiDateField

SECTION_FIELDS = {
    _("1. Reason and outline"): ["outline", "start_date"],
    _("2. Contractor and tasks"): [
        "contractor",
        "contract_period",
        "tasks",
        "work_place",
        "telework",
        "subcontracting",
    ],
    _("3. Personal information"): ["personal_items", "data_subjects"],
    _("4. Handling cautions"): [
        "handling_cautions",
        "retention_period",
        "retention_reason",
        "disposal_method",
        "disposal_confirmation",
    ],
    _("5. Systems, media and connections"): [
        "systems",
        "media",
        "connections",
        "datacenter_location",
        "certifications",
        "security_measures",
    ],
    _("6. Contract instruments"): ["contract_instruments"],
}


class ConsultationForm(forms.ModelForm):
    start_date = WarekiDateField(label=_("start date of the work"), required=False)
    personal_items = ItemListField(
        label=_("personal-information items"),
        required=False,
        help_text=_("One per line, or separated by 、 (e.g. 氏名、住所、電話番号)."),
    )

    class Meta:
        model = Consultation
        fields = [
            "council",
            "department",
            "title",
            "grounds",
            *[name for names in SECTION_FIELDS.values() for name in names],
        ]
        widgets = {
            "grounds": forms.CheckboxSelectMultiple,
            **{
                name: forms.Textarea(attrs={"rows": 3})
                for name in [
                    "outline",
                    "tasks",
                    "telework",
                    "subcontracting",
                    "data_subjects",
                    "handling_cautions",
                    "retention_reason",
                    "disposal_method",
                    "disposal_confirmation",
                    "systems",
                    "media",
                    "connections",
                    "security_measures",
                    "contract_instruments",
                ]
            },
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        # Both choice lists come from the access rules, so a tampered POST cannot reach
        # another council or department.
        councils = access.councils_for_new_consultation(user)
        departments = access.departments_for_new_consultation(user)
        self.fields["department"].queryset = departments
        if user.is_department:
            self.fields["department"].initial = user.department_id
        self.fields["council"].queryset = councils
        if councils.count() == 1:
            self.fields["council"].initial = councils.first().pk
            self.fields["council"].widget = forms.HiddenInput()
        self.fields["grounds"].queryset = Ground.objects.filter(council__in=councils)
        self.fields["title"].widget.attrs["size"] = 60

    def head_fields(self):
        return [self[name] for name in ("council", "department", "title", "grounds")]

    def sections(self):
        """The form's fields grouped under the headings of a 諮問書."""
        return [
            (heading, [self[name] for name in names]) for heading, names in SECTION_FIELDS.items()
        ]


# What councils attach: documents, spreadsheets, text and pictures. The first bytes must
# agree with the extension, so a renamed executable or archive is refused.
ATTACHMENT_SIGNATURES = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".txt": (),
    ".csv": (),
}


def _within_limits(upload):
    """Page count and unpacked size are checked before any parser sees the file."""
    from shingikai.lib import filelimits

    data = upload.read()
    upload.seek(0)
    if filelimits.problem(upload.name, data) is not None:
        raise forms.ValidationError(
            _(
                "The file cannot be attached: a PDF may have at most %(pages)d pages and "
                "must not be encrypted, and an Office file may unpack to at most %(mb)d MB."
            ),
            params={
                "pages": filelimits.MAX_PAGES,
                "mb": filelimits.MAX_UNPACKED_BYTES // (1024 * 1024),
            },
            code="file_limits",
        )
    return upload


class AttachmentForm(forms.Form):
    title = forms.CharField(label=_("title"), max_length=200)
    file = forms.FileField(label=_("file"))

    def clean_file(self):
        from pathlib import Path

        from django.conf import settings

        upload = self.cleaned_data["file"]
        if upload.size > settings.ATTACHMENT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)d MB."),
                params={"mb": settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)},
            )
        suffix = Path(upload.name).suffix.lower()
        signatures = ATTACHMENT_SIGNATURES.get(suffix)
        head = upload.read(8)
        upload.seek(0)
        if signatures is None or (signatures and not head.startswith(signatures)):
            raise forms.ValidationError(
                _(
                    "This kind of file cannot be attached. Attach PDF, Word, Excel, PowerPoint, "
                    "text, CSV, PNG or JPEG files."
                ),
                code="file_type",
            )
        return _within_limits(upload)


class NoteForm(forms.Form):
    note = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))


class UtteranceForm(forms.ModelForm):
    class Meta:
        model = Utterance
        fields = ["speaker", "role", "act", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class DecisionForm(forms.Form):
    outcome = forms.ChoiceField(label=_("outcome"), choices=Outcome.choices)
    opinion = forms.CharField(
        label=_("attached opinion or conditions"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        data = super().clean()
        needs_text = {Outcome.APPROVED_WITH_OPINION, Outcome.CONDITIONAL}
        if data.get("outcome") in needs_text and not data.get("opinion", "").strip():
            self.add_error("opinion", _("Write the attached opinion or the conditions."))
        return data


class FollowUpForm(forms.ModelForm):
    due_date = WarekiDateField(label=_("due date"), required=False)

    class Meta:
        model = FollowUp
        fields = ["owner", "what", "due", "due_date"]
        widgets = {"what": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, council: Council, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = Department.objects.filter(municipality=council.municipality)

    def clean(self):
        data = super().clean()
        if data.get("due") == FollowUp.Due.DATE and not data.get("due_date"):
            self.add_error("due_date", _("Give the due date."))
        return data


class CloseFollowUpForm(forms.Form):
    report = forms.CharField(label=_("report"), widget=forms.Textarea(attrs={"rows": 3}))
