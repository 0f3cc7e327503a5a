from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

# Suggestions only: article numbers differ between municipalities' disclosure ordinances.
GROUND_SUGGESTIONS = [
    "情報公開条例第7条第2号（個人に関する情報）",
    "情報公開条例第7条第3号（法人等に関する情報）",
    "情報公開条例第7条第5号（審議、検討等に関する情報）",
    "情報公開条例第7条第6号（事務又は事業に関する情報）",
]


class RedactionForm(forms.Form):
    target = forms.ChoiceField(label=_("text to redact"))
    phrase = forms.CharField(
        label=_("part to withhold"),
        max_length=2000,
        help_text=_(
            "Every occurrence in the chosen text is withheld. Select text above to fill this in."
        ),
    )
    ground = forms.CharField(
        label=_("ground for non-disclosure"),
        max_length=200,
        widget=forms.TextInput(attrs={"list": "ground-suggestions"}),
    )

    def __init__(self, *args, targets, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [(t.key, t.label) for t in targets]


class WithdrawForm(forms.Form):
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))


class PublishForm(forms.Form):
    """What becomes public: the minutes and answers always; the 諮問書 and attachments chosen."""

    consultations = forms.ModelMultipleChoiceField(
        label=_("consultation documents (諮問書) to publish"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    attachments = forms.ModelMultipleChoiceField(
        label=_("attachments to publish"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    confirm = forms.BooleanField(
        label=_("I have checked what becomes public, listed above."), required=True
    )

    def __init__(self, *args, consultations, attachments, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consultations"].queryset = consultations
        self.fields["attachments"].queryset = attachments
