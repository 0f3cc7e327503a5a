"""Dates shown as 和暦, with the Western date on hover (title) and in datetime."""

from __future__ import annotations

import datetime

from django import template
from django.utils import timezone
from django.utils.html import format_html

from shingikai.lib import wareki

register = template.Library()


@register.filter
def wareki_date(value, weekday: bool = True):
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    iso = value.isoformat()
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        iso,
        iso,
        wareki.format_date(value, weekday=bool(weekday)),
    )


@register.filter
def wareki_datetime(value):
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    iso = local.isoformat(timespec="minutes")
    return format_html(
        '<time datetime="{}" title="{}">{} {}</time>',
        iso,
        iso,
        wareki.format_date(local.date()),
        local.strftime("%H:%M"),
    )


@register.filter
def jp_time(value):
    return value.strftime("%H:%M") if value else ""
