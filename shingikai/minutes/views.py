"""Imported minutes: upload (secretariat), browse meetings, items and their turns."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Municipality
from shingikai.minutes.forms import UploadForm
from shingikai.minutes.importer import import_bytes
from shingikai.minutes.models import ImportedItem, ImportedMeeting

# Failure reasons come from the parser in English (for logs and the CLI); the page shows
# a translated explanation chosen by what the reason says, with the English detail beside it.
REASONS = [
    ("empty", _("The file is empty.")),
    ("looks like", _("The file is not minutes text (an image, archive or Office file).")),
    ("no text layer", _("The PDF is a scanned image without text; it needs OCR first.")),
    ("PDF cannot be read", _("The PDF is damaged or cannot be read.")),
    ("limit is", _("The file is larger than the upload limit.")),
    (
        "municipality could not be detected",
        _("The municipality is not named in the minutes; enter it."),
    ),
    ("decod", _("The text encoding could not be read (use UTF-8 or Shift_JIS).")),
    ("binary", _("The file is not minutes text.")),
]
STATUS_LABELS = {
    "created": _("imported"),
    "replaced": _("replaced an earlier version"),
    "unchanged": _("already imported; nothing changed"),
    "failed": _("not imported"),
}


def failure_reason(result) -> str:
    if not result.failed:
        return ""
    for needle, reason in REASONS:
        if needle in result.message:
            return str(reason)
    return str(_("The file could not be imported."))


def _require_staff_role(user) -> None:
    if not (user.is_secretariat or user.is_admin_role or user.is_department or user.is_member):
        raise PermissionDenied


def _require_importer(user) -> None:
    if not (user.is_secretariat or user.is_admin_role):
        raise PermissionDenied


@login_required
def meeting_list(request: HttpRequest) -> HttpResponse:
    _require_staff_role(request.user)
    meetings = (
        ImportedMeeting.objects.select_related("municipality", "source")
        .annotate(item_count=Count("items"))
        .order_by("-date", "pk")
    )
    municipality = request.GET.get("municipality", "")
    if municipality.isdigit():
        meetings = meetings.filter(municipality_id=int(municipality))
    page = Paginator(meetings, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "minutes/list.html",
        {
            "page": page,
            "municipality": municipality,
            "municipalities": Municipality.objects.filter(
                imported_meetings__isnull=False
            ).distinct(),
        },
    )


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    _require_importer(request.user)
    form = UploadForm(request.POST or None, request.FILES or None)
    results = []
    if request.method == "POST" and form.is_valid():
        for upload in form.cleaned_data["files"]:
            result = import_bytes(
                upload.read(),
                upload.name,
                municipality=form.cleaned_data["municipality"] or None,
                user=request.user,
            )
            results.append((result, STATUS_LABELS[result.status], failure_reason(result)))
    return render(request, "minutes/upload.html", {"form": form, "results": results})


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_staff_role(request.user)
    meeting = get_object_or_404(
        ImportedMeeting.objects.select_related("municipality", "source"), pk=pk
    )
    items = meeting.items.annotate(turns=Count("utterances"))
    return render(request, "minutes/meeting.html", {"meeting": meeting, "items": items})


@login_required
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_staff_role(request.user)
    item = get_object_or_404(
        ImportedItem.objects.select_related("meeting__municipality", "meeting__source"), pk=pk
    )
    return render(request, "minutes/item.html", {"item": item, "utterances": item.utterances.all()})
