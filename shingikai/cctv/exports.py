"""The CCTV register and the police-request log as Excel (all sheets) or CSV (one table)."""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from shingikai.cctv.access import visible_cameras, visible_requests
from shingikai.cctv.counts import Counts, count_per_fiscal_year
from shingikai.cctv.models import Camera, PoliceRequest
from shingikai.lib import wareki
from shingikai.lib.spreadsheet import XLSX_TYPE, csv_bytes, download, xlsx_bytes
from shingikai.registers import access


def _date(value) -> str:
    return wareki.format_date(value) if value else ""


def _label(model, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)


def camera_table(cameras: Iterable[Camera]) -> tuple[list[str], list[list]]:
    headers = [_("department")] + [
        _label(Camera, name)
        for name in (
            "place",
            "camera_count",
            "recording_started",
            "subjects",
            "hours",
            "notice_posted",
            "disclosure_manager",
            "storage",
            "retention_days",
            "consultation",
            "removed_on",
        )
    ]
    rows = [
        [
            c.department.name,
            c.place,
            c.camera_count,
            _date(c.recording_started),
            c.subjects,
            c.hours,
            pgettext("registers", "yes") if c.notice_posted else pgettext("registers", "no"),
            c.disclosure_manager,
            c.storage,
            c.retention_days,
            str(c.consultation) if c.consultation else "",
            _date(c.removed_on),
        ]
        for c in cameras
    ]
    return headers, rows


def request_table(requests: Iterable[PoliceRequest]) -> tuple[list[str], list[list]]:
    headers = [_("fiscal year"), _("department")] + [
        _label(PoliceRequest, name)
        for name in (
            "camera",
            "received_on",
            "police_station",
            "legal_basis",
            "reference",
            "requested",
            "state",
            "approved_on",
            "approver",
            "provided_on",
            "conditions",
            "confirmation_due",
            "confirmed_on",
            "confirmation",
        )
    ]
    rows = [
        [
            wareki.format_fiscal_year(wareki.fiscal_year(r.received_on)),
            r.camera.department.name,
            r.camera.place,
            _date(r.received_on),
            r.police_station,
            r.get_legal_basis_display(),
            r.reference,
            r.requested,
            r.get_state_display(),
            _date(r.approved_on),
            r.approver,
            _date(r.provided_on),
            r.conditions,
            _date(r.confirmation_due),
            _date(r.confirmed_on),
            r.get_confirmation_display(),
        ]
        for r in requests
    ]
    return headers, rows


def count_tables(result: Counts) -> dict[str, tuple[list[str], list[list]]]:
    years = result.year_labels()
    total = pgettext("registers", "total")
    return {
        _("Counts per department"): (
            [_("department"), *years, total],
            [[row.label, *row.by_year.values(), row.total] for row in result.by_department],
        ),
        _("Counts per camera"): (
            [
                _("department"),
                _("place of installation"),
                *years,
                total,
            ],
            [
                [row.department, row.label, *row.by_year.values(), row.total]
                for row in result.by_camera
            ],
        ),
    }


def _stamp() -> str:
    return timezone.localdate().strftime("%Y%m%d")


@login_required
def export_xlsx(request: HttpRequest) -> HttpResponse:
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    requests = list(visible_requests(request.user, municipality))
    sheets = {
        _("CCTV register"): camera_table(visible_cameras(request.user, municipality)),
        _("Police requests"): request_table(requests),
        **count_tables(count_per_fiscal_year(requests)),
    }
    return download(xlsx_bytes(sheets), f"防犯カメラ台帳_{_stamp()}.xlsx", XLSX_TYPE)


@login_required
def export_csv(request: HttpRequest) -> HttpResponse:
    """?table=requests (default) or cameras: a CSV holds one table."""
    municipality = access.reader_municipality(request.user, request.GET.get("municipality"))
    if request.GET.get("table") == "cameras":
        headers, rows = camera_table(visible_cameras(request.user, municipality))
        name = f"防犯カメラ台帳_{_stamp()}.csv"
    else:
        headers, rows = request_table(visible_requests(request.user, municipality))
        name = f"映像提供記録_{_stamp()}.csv"
    return download(csv_bytes(headers, rows), name, "text/csv; charset=utf-8")
