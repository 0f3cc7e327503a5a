"""Register values as the register prints them: lists joined by 、, flags as 有/無."""

from __future__ import annotations

from django.utils.translation import pgettext

from shingikai.registers.models import Notification, Operation


def display(name: str, value) -> str:
    field = Operation._meta.get_field(name)
    if isinstance(value, bool):
        return pgettext("registers", "yes") if value else pgettext("registers", "no")
    if isinstance(value, list):
        return "、".join(value) or "—"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return value or "—"


def label(name: str) -> str:
    return str(Operation._meta.get_field(name).verbose_name)


def labelled(values: dict) -> list[tuple[str, str]]:
    return [(label(name), display(name, value)) for name, value in values.items()]


def changes(notification: Notification) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each value a change notification alters."""
    return [
        (label(name), display(name, before), display(name, after))
        for name, before, after in notification.changes()
    ]


def changed_labels(notification: Notification) -> str:
    return "、".join(label(name) for name, _before, _after in notification.changes())
