"""Members, terms, composition and fees: the secretariat's pages and documents."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from shingikai.accounts.access import managed_council, manages_council
from shingikai.councils import terms
from shingikai.councils.models import Member, Term
from shingikai.lib import wareki
from shingikai.lib.pdf import pdf_response, render_pdf
from shingikai.lib.spreadsheet import XLSX_TYPE, csv_bytes, download, xlsx_bytes
from shingikai.members import fees


def _council(request: HttpRequest):
    user = request.user
    if not (user.is_secretariat or user.is_admin_role):
        raise PermissionDenied
    return managed_council(user)


def _int(value: str | None, default: int, low: int, high: int) -> int:
    try:
        number = int(value or default)
    except ValueError:
        return default
    return number if low <= number <= high else default


@login_required
def index(request: HttpRequest) -> HttpResponse:
    council = _council(request)
    today = timezone.localdate()
    term_list = list(council.terms.prefetch_related("members__person").order_by("-start"))
    return render(
        request,
        "members/index.html",
        {
            "council": council,
            "terms": term_list,
            "ending": terms.terms_ending_soon(today, [council]),
            "today": today,
        },
    )


@login_required
def composition(request: HttpRequest) -> HttpResponse:
    council = _council(request)
    on = timezone.localdate()
    figures = terms.composition(council, on)
    if request.GET.get("format") == "xlsx":
        rows = [
            [_("members in office"), figures.members],
            [_("women"), figures.women],
            [_("share of women (%)"), figures.women_percent],
            [_("serving over 10 years"), "、".join(figures.long_serving)],
            [_("sitting on several councils"), "、".join(n for n, _c in figures.concurrent)],
            *([label, count] for label, count in figures.by_category.items()),
        ]
        data = xlsx_bytes({_("Composition"): ([_("item"), _("value")], rows)})
        return download(data, f"{council.name}_委員構成.xlsx", XLSX_TYPE)
    return render(request, "members/composition.html", {"c": figures, "council": council})


@login_required
def fee_list(request: HttpRequest) -> HttpResponse:
    council = _council(request)
    today = timezone.localdate()
    year = _int(request.GET.get("year"), today.year, 1989, 2200)
    month = _int(request.GET.get("month"), today.month, 1, 12)
    lines = fees.month_fees(council, year, month)
    filename = f"{council.name}_委員報酬_{year}年{month}月"
    if request.GET.get("format") == "xlsx":
        headers = [str(h) for h in fees.PAYMENT_HEADERS]
        sheet = {f"{year}-{month:02d}": (headers, fees.payment_rows(lines))}
        return download(xlsx_bytes(sheet), f"{filename}.xlsx", XLSX_TYPE)
    if request.GET.get("format") == "csv":
        data = csv_bytes([str(h) for h in fees.PAYMENT_HEADERS], fees.payment_rows(lines))
        return download(data, f"{filename}.csv", "text/csv; charset=utf-8")
    return render(
        request,
        "members/fees.html",
        {
            "council": council,
            "lines": lines,
            "year": year,
            "month": month,
            "total": sum(line.total for line in lines),
            "has_rule": hasattr(council, "fee_rule"),
        },
    )


def _member(request: HttpRequest, pk: int) -> Member:
    member = get_object_or_404(Member.objects.select_related("term__council", "person"), pk=pk)
    if not manages_council(request.user, member.term.council_id):
        raise PermissionDenied
    return member


@login_required
def statement(request: HttpRequest, pk: int, year: int) -> HttpResponse:
    member = _member(request, pk)
    council = member.term.council
    lines = fees.yearly_statement(member.name, council, year)
    pdf = render_pdf(
        "members/pdf/statement.html",
        {
            "member": member,
            "council": council,
            "year": year,
            "era_year": wareki.format_era_year(*wareki.era_year(datetime.date(year, 12, 31))),
            "lines": lines,
            "fee_total": sum(line.fee for line in lines),
            "travel_total": sum(line.travel for line in lines),
            "total": sum(line.total for line in lines),
        },
    )
    return pdf_response(pdf, f"{member.name}_{year}年_報酬支払明細.pdf")


@login_required
def appointment_letter(request: HttpRequest, pk: int) -> HttpResponse:
    member = _member(request, pk)
    term = member.term
    pdf = render_pdf(
        "members/pdf/appointment_letter.html",
        {
            "member": member,
            "council": term.council,
            "start": wareki.format_date(member.start or term.start),
            "end": wareki.format_date(member.end or term.end),
            "issued": wareki.format_date(member.start or term.start),
        },
    )
    return pdf_response(pdf, f"委嘱状_{member.name}.pdf")


@login_required
def first_meeting_notice(request: HttpRequest, pk: int) -> HttpResponse:
    term = get_object_or_404(Term.objects.select_related("council"), pk=pk)
    if not manages_council(request.user, term.council_id):
        raise PermissionDenied
    meeting = terms.first_meeting_of(term)
    pdf = render_pdf(
        "members/pdf/first_meeting_notice.html",
        {
            "term": term,
            "council": term.council,
            "members": term.members.order_by("role", "name"),
            "meeting": meeting,
            "date": wareki.format_date(meeting.date, weekday=True) if meeting else "",
            "time": wareki.format_time(meeting.start_time) if meeting else "",
        },
    )
    return pdf_response(pdf, f"{term.council.name}_{term.name}_第1回会議開催通知.pdf")
