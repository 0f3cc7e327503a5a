from __future__ import annotations

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from shingikai.consultations import access, schema, sections
from shingikai.consultations.models import Consultation, FollowUp, Outcome, Utterance
from shingikai.councils import vocabulary
from shingikai.councils.models import Council, Department, Ground, NecessityCase
from shingikai.lib.formfields import ItemListField, WarekiDateField

# Every section's fields by (untranslated) heading, for code that needs all of them.
SECTION_FIELDS = schema.section_headings()


class GroundsWidget(forms.CheckboxSelectMultiple):
    """Ground checkboxes that carry the fields their section set shows, for the form's
    script to show only the sections the chosen grounds need."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields_by_ground: dict[int, str] = {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        pk = getattr(value, "value", value)
        if pk in self.fields_by_ground:
            option["attrs"]["data-fields"] = self.fields_by_ground[pk]
        return option


class SuggestionInput(forms.TextInput):
    """A text input offering suggestions (a <datalist>): the cases the ordinances name."""

    template_name = "consultations/widgets/suggestion_input.html"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggestions: list[str] = []

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        list_id = f"{context['widget']['attrs'].get('id') or name}-suggestions"
        if self.suggestions:
            context["widget"]["attrs"]["list"] = list_id
        context["widget"]["suggestions"] = self.suggestions
        context["widget"]["list_id"] = list_id
        return context


class ConsultationForm(forms.ModelForm):
    start_date = WarekiDateField(label=_("start date of the work"), required=False)
    consulted_on = WarekiDateField(
        label=_("date of the consultation"),
        required=False,
        help_text=_("Empty: the date it is submitted."),
    )
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
            "typed_number",
            "consulted_on",
            "grounds",
            *schema.FIELDS,
        ]
        widgets = {
            "grounds": GroundsWidget,
            **{
                f.name: forms.Textarea(attrs={"rows": 3})
                for f in schema.FIELDS.values()
                if f.kind == schema.TEXT
            },
            "necessity_case": SuggestionInput,
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
        grounds = Ground.objects.filter(council__in=councils).select_related("section_set")
        self.fields["grounds"].queryset = grounds
        self.fields["grounds"].widget.fields_by_ground = {
            g.pk: " ".join(sorted(sections.layout_for_grounds([g]).fields)) for g in grounds
        }
        self.fields["title"].widget.attrs["size"] = 60
        self._offer_necessity_cases(councils)
        typed = councils.filter(numbering_scheme=Council.NumberingScheme.TYPED).exists()
        if user.department_id or not typed:
            # Only a secretariat whose council numbers by hand types the number.
            del self.fields["typed_number"]

    def _offer_necessity_cases(self, councils) -> None:
        field = self.fields["necessity_case"]
        cases = NecessityCase.objects.filter(council__in=councils)
        field.widget.suggestions = list(dict.fromkeys(str(case) for case in cases))
        field.widget.attrs["size"] = 60
        field.help_text = _(
            "Choose the case as the ordinance words it (the list is kept by the secretariat)."
        )

    def clean(self):
        data = super().clean()
        self._check_necessity_case(data)
        return data

    def _check_necessity_case(self, data) -> None:
        """Where the council keeps its ordinance's list, the case must be one of them, word
        for word: the 諮問書 cites the ordinance."""
        chosen = (data.get("necessity_case") or "").strip()
        council = data.get("council")
        if not chosen or council is None:
            return
        listed = [str(case) for case in council.necessity_cases.all()]
        if listed and chosen not in listed:
            self.add_error(
                "necessity_case",
                _("Choose one of the cases the ordinance names: %(cases)s")
                % {"cases": "／".join(listed)},
            )

    def head_fields(self):
        names = ("council", "department", "title", "typed_number", "consulted_on", "grounds")
        return [self[name] for name in names if name in self.fields]

    def chosen_grounds(self) -> list[Ground]:
        """The grounds the form holds now: as posted, else the saved ones."""
        queryset = self.fields["grounds"].queryset
        if self.is_bound:
            key = self.add_prefix("grounds")
            raw = self.data.getlist(key) if hasattr(self.data, "getlist") else self.data.get(key)
            if not isinstance(raw, (list, tuple)):
                raw = [raw] if raw else []
            ids = [str(v) for v in raw if str(v).isdigit()]
            return list(queryset.filter(pk__in=ids))
        if self.instance.pk:
            return list(self.instance.grounds.select_related("section_set"))
        return []

    def layout(self) -> sections.Layout:
        return sections.layout_for_grounds(self.chosen_grounds())

    def sections(self):
        """Every section of the schema, each field marked shown or not for the grounds
        chosen now; the page hides the rest and its script follows changes of grounds."""
        layout = self.layout()
        shown_keys = {s.key: s for s in layout.sections}
        numbers = {s.key: i for i, s in enumerate(layout.sections, start=1)}
        default = " ".join(sorted(sections.layout_for_grounds([]).fields))
        result = []
        for section in schema.SECTIONS:
            shown = shown_keys.get(section.key)
            heading = shown.heading if shown and shown.own_heading else gettext(section.heading)
            result.append(
                {
                    "key": section.key,
                    "heading": heading,
                    "number": numbers.get(section.key, ""),
                    "shown": shown is not None,
                    "fields": [(self[f.name], f.name in layout.fields) for f in section.fields],
                    "default_fields": default,
                }
            )
        return result


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


class InternalReviewForm(forms.Form):
    """What the department's own review of a declined draft checked and concluded."""

    result = forms.CharField(
        label=_("result of the internal review"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Who reviewed it (e.g. the privacy officer), what was checked, what was decided."
        ),
    )
    on = WarekiDateField(label=_("date of the internal review"))


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

    def __init__(self, *args, council: Council | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if council is not None and council.outcomes:
            # The council's own list, in its words (承認 / 適当 …).
            self.fields["outcome"].choices = [
                (code, vocabulary.outcome_entry(council.outcomes, code).get("label") or label)
                for code, label in Outcome.choices
                if code in council.outcomes
            ]

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
