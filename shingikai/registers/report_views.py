"""The period report (page, PDF, Excel) and the public register page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from shingikai.councils.models import Municipality
from shingikai.lib import wareki
from shingikai.lib.pdf import pdf_response, render_pdf
from shingikai.lib.spreadsheet import XLSX_TYPE, download, xlsx_bytes
from shingikai.registers import access
from shingikai.registers.display import changed_labels, display, label
from shingikai.registers.forms import PeriodForm
from shingikai.registers.models import PUBLIC_FIELDS, Notification, Operation
from shingikai.registers.report import PeriodReport, in_force_on, period_report


def _report_for(request: HttpRequest) -> tuple[PeriodForm, PeriodReport | None]:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    if "start" in request.GET:
        form = PeriodForm(request.GET)
    else:
        form = PeriodForm(PeriodForm.default_initial(timezone.localdate()))
    if not form.is_valid():
        return form, None
    return form, period_report(municipality, form.cleaned_data["start"], form.cleaned_data["end"])


@login_required
def report(request: HttpRequest) -> HttpResponse:
    form, result = _report_for(request)
    context = {"form": form, "report": result, "query": request.GET.urlencode()}
    if result:
        context["query"] = f"start={result.start.isoformat()}&end={result.end.isoformat()}"
        context["lists"] = _lists(result)
    return render(request, "registers/report.html", context)


def _lists(result: PeriodReport) -> list[tuple[str, str, list[Notification]]]:
    for notification in result.changed:
        notification.changed_labels = changed_labels(notification)
    return [
        ("started", pgettext("registers", "Started"), result.started),
        ("changed", pgettext("registers", "Changed"), result.changed),
        ("abolished", pgettext("registers", "Abolished"), result.abolished),
    ]


def _filename(result: PeriodReport, extension: str) -> str:
    return f"個人情報ファイル簿届出状況_{result.start:%Y%m%d}-{result.end:%Y%m%d}.{extension}"


@login_required
def report_pdf(request: HttpRequest) -> HttpResponse:
    form, result = _report_for(request)
    if result is None:
        return render(request, "registers/report.html", {"form": form, "report": None}, status=400)
    context = {"report": result, "lists": _lists(result), "today": timezone.localdate()}
    return pdf_response(render_pdf("registers/report_pdf.html", context), _filename(result, "pdf"))


@login_required
def report_xlsx(request: HttpRequest) -> HttpResponse:
    form, result = _report_for(request)
    if result is None:
        return render(request, "registers/report.html", {"form": form, "report": None}, status=400)
    period = _("%(start)s to %(end)s") % {
        "start": wareki.format_date(result.start),
        "end": wareki.format_date(result.end),
    }
    summary = [
        [pgettext("registers", "period"), period],
        [pgettext("registers", "Started"), len(result.started)],
        [pgettext("registers", "Changed"), len(result.changed)],
        [pgettext("registers", "Abolished"), len(result.abolished)],
        [_("In force on the last day"), result.in_force],
    ]
    headers = [
        pgettext("registers", "date"),
        _("department"),
        label("name"),
        _("reason"),
    ]

    def rows(notifications, with_changes=False):
        for n in notifications:
            row = [wareki.format_date(n.effective_on), n.department.name, n.title, n.reason]
            if with_changes:
                row.insert(3, changed_labels(n))
            yield row

    sheets = {
        pgettext("registers", "Summary"): (
            [pgettext("registers", "item"), pgettext("registers", "value")],
            summary,
        ),
        pgettext("registers", "Started"): (headers, rows(result.started)),
        pgettext("registers", "Changed"): (
            [*headers[:3], _("changed items"), headers[3]],
            rows(result.changed, with_changes=True),
        ),
        pgettext("registers", "Abolished"): (headers, rows(result.abolished)),
    }
    return download(xlsx_bytes(sheets), _filename(result, "xlsx"), XLSX_TYPE)


def public_register(request: HttpRequest) -> HttpResponse:
    """Open to anyone: the entries in force, with the fields the law makes public only."""
    municipalities = Municipality.objects.filter(
        departments__operations__status=Operation.Status.IN_FORCE
    ).distinct()
    chosen = request.GET.get("municipality", "")
    if chosen.isdigit():
        municipalities = municipalities.filter(pk=int(chosen))
    today = timezone.localdate()
    registers = [
        (m, [_public_row(op) for op in in_force_on(m, today).select_related("department")])
        for m in municipalities
    ]
    headers = [label(name) if name != "department" else _("department") for name in PUBLIC_FIELDS]
    return render(
        request,
        "registers/public.html",
        {"registers": registers, "headers": headers, "today": today},
    )


def _public_row(operation: Operation) -> dict:
    # Built field by field from PUBLIC_FIELDS so that nothing else (internal notes,
    # outsourcing, import details) can reach the template by accident.
    row = {}
    for name in PUBLIC_FIELDS:
        if name == "department":
            row[name] = operation.department.name
        elif name == "start_date":
            row[name] = wareki.format_date(operation.start_date)
        else:
            row[name] = display(name, getattr(operation, name))
    return {"pk": operation.pk, "cells": [row[name] for name in PUBLIC_FIELDS]}


def public_entry(request: HttpRequest, pk: int) -> HttpResponse:
    in_force = Operation.objects.filter(
        status=Operation.Status.IN_FORCE, start_date__lte=timezone.localdate()
    )
    operation = get_object_or_404(in_force.select_related("department__municipality"), pk=pk)
    row = _public_row(operation)
    headers = [label(name) if name != "department" else _("department") for name in PUBLIC_FIELDS]
    return render(
        request,
        "registers/public_entry.html",
        {
            "municipality": operation.department.municipality,
            "name": operation.name,
            "pairs": list(zip(headers, row["cells"], strict=True)),
        },
    )
