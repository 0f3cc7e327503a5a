"""Form fields that accept dates and times the way Japanese clerks write them."""

from __future__ import annotations

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _

from shingikai.lib import wareki


class WarekiDateField(forms.DateField):
    """Accepts 令和4年12月27日, 令和４年１２月２７日(火), 2022-12-27 and 2022/12/27."""

    widget = forms.TextInput(attrs={"placeholder": "令和7年4月1日", "autocomplete": "off"})
    default_error_messages = {
        "invalid": _("“%(value)s” is not a date. Write it like 令和7年4月1日 or 2025-04-01."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return value
        try:
            return wareki.parse_date(str(value).strip())
        except wareki.WarekiError:
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid", params={"value": value}
            ) from None

    def prepare_value(self, value):
        if isinstance(value, datetime.date):
            return wareki.format_date(value)
        return value


class JapaneseTimeField(forms.TimeField):
    """Accepts 午後2時00分, 14時00分, 14:00 and full-width forms."""

    widget = forms.TextInput(attrs={"placeholder": "14:00", "autocomplete": "off"})
    default_error_messages = {
        "invalid": _("“%(value)s” is not a time. Write it like 14:00 or 午後2時00分."),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.time):
            return value
        try:
            return wareki.parse_time(str(value).strip())
        except wareki.WarekiError:
            raise forms.ValidationError(
                self.error_messages["invalid"], code="invalid", params={"value": value}
            ) from None

    def prepare_value(self, value):
        if isinstance(value, datetime.time):
            return value.strftime("%H:%M")
        return value


_ITEM_SEPARATORS = re.compile(r"[\n、,，・]+")


class ItemListField(forms.CharField):
    """A list of short items typed one per line or separated by 、 or commas."""

    widget = forms.Textarea(attrs={"rows": 3})

    def to_python(self, value):
        text = super().to_python(value) or ""
        seen: list[str] = []
        for item in _ITEM_SEPARATORS.split(text):
            item = item.strip()
            if item and item not in seen:
                seen.append(item)
        return seen

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
