"""The audit log for the secretariat: filter by user, action, path and dates; export."""

from __future__ import annotations

import datetime

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.audit import access
from shingikai.audit.describe import describe_all
from shingikai.audit.models import AuditEvent
from shingikai.lib import spreadsheet
from shingikai.lib.formfields import WarekiDateField

EXPORT_LIMIT = 100_000


class AuditFilterForm(forms.Form):
    user = forms.CharField(label=_("user name"), required=False)
    action = forms.ChoiceField(
        label=_("action"), required=False, choices=[("", "---"), *AuditEvent.Action.choices]
    )
    path = forms.CharField(label=_("path contains"), required=False)
    start = WarekiDateField(label=pgettext_lazy("audit date range", "from"), required=False)
    end = WarekiDateField(label=pgettext_lazy("audit date range", "to"), required=False)


def _filtered(form: AuditFilterForm, events):
    if not form.is_valid():
        return events.none()
    data = form.cleaned_data
    if data["user"]:
        events = events.filter(username__icontains=data["user"])
    if data["action"]:
        events = events.filter(action=data["action"])
    if data["path"]:
        events = events.filter(path__icontains=data["path"])
    tz = timezone.get_current_timezone()
    if data["start"]:
        events = events.filter(
            at__gte=datetime.datetime.combine(data["start"], datetime.time(), tz)
        )
    if data["end"]:
        next_day = data["end"] + datetime.timedelta(days=1)
        events = events.filter(at__lt=datetime.datetime.combine(next_day, datetime.time(), tz))
    return events


@login_required
def event_list(request: HttpRequest) -> HttpResponse:
    access.require_auditor(request.user)
    form = AuditFilterForm(request.GET or None)
    visible = access.visible_events(request.user)
    events = _filtered(form, visible) if request.GET else visible
    page = Paginator(events, 100).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "described": describe_all(page.object_list),
        "query": query.urlencode(),
    }
    return render(request, "audit/list.html", context)


def _chunks(iterable, size: int):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@login_required
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    access.require_auditor(request.user)
    form = AuditFilterForm(request.GET or None)
    visible = access.visible_events(request.user)
    events = (_filtered(form, visible) if request.GET else visible)[:EXPORT_LIMIT]
    headers = ["日時", "利用者", "IPアドレス", "操作", "内容", "メソッド", "パス", "画面", "応答"]
    rows = (
        [
            timezone.localtime(e.at).replace(tzinfo=None),
            e.username,
            e.ip,
            e.get_action_display(),
            described,
            e.method,
            e.path,
            e.view,
            e.status,
        ]
        for chunk in _chunks(events.iterator(chunk_size=1000), 1000)
        for e, described in describe_all(chunk)
    )
    stamp = timezone.localdate().isoformat()
    if fmt == "csv":
        return spreadsheet.download(
            spreadsheet.csv_bytes(headers, rows), f"監査ログ-{stamp}.csv", "text/csv"
        )
    return spreadsheet.download(
        spreadsheet.xlsx_bytes({"監査ログ": (headers, rows)}),
        f"監査ログ-{stamp}.xlsx",
        spreadsheet.XLSX_TYPE,
    )
