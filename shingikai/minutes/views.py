"""Imported minutes: upload (secretariat), browse meetings, items and their turns."""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Municipality
from shingikai.minutes.forms import UploadForm
from shingikai.minutes.history import changed_fields
from shingikai.minutes.importer import (
    FileResult,
    correct_meeting,
    current_reading,
    import_bytes,
    read,
)
from shingikai.minutes.models import Draft, ImportedItem, ImportedMeeting, MinutesChange
from shingikai.minutes.parser import MinutesError
from shingikai.minutes.review import ReviewError, apply_form, form_rows, warnings_ja

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


def _can_import(user) -> bool:
    return user.is_secretariat or user.is_admin_role


def _require_importer(user) -> None:
    if not _can_import(user):
        raise PermissionDenied


@login_required
def meeting_list(request: HttpRequest) -> HttpResponse:
    _require_staff_role(request.user)
    meetings = (
        ImportedMeeting.objects.select_related("municipality", "source")
        .defer("source__text", "source__parsed", "unplaced_text")  # a list shows names only
        .annotate(item_count=Count("items"))
        .order_by("-date", "pk")
    )
    municipality = request.GET.get("municipality", "")
    if municipality.isdigit():
        meetings = meetings.filter(municipality_id=int(municipality))
    to_check = request.GET.get("check") == "1"
    if to_check:
        meetings = meetings.filter(to_check__gt=0)
    page = Paginator(meetings, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "minutes/list.html",
        {
            "page": page,
            "municipality": municipality,
            "to_check": to_check,
            "query": urlencode({"municipality": municipality, "check": "1" if to_check else ""}),
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
        city = form.cleaned_data["municipality"] or None
        if request.POST.get("action") == "review":
            drafts, results = _drafts(form.cleaned_data["files"], city, request.user)
            if drafts:
                return redirect("minutes:review", pk=drafts[0].pk)
        else:
            for upload in form.cleaned_data["files"]:
                result = import_bytes(
                    upload.read(), upload.name, municipality=city, user=request.user
                )
                results.append((result, STATUS_LABELS[result.status], failure_reason(result)))
    return render(request, "minutes/upload.html", {"form": form, "results": results})


def _drafts(files, city, user):
    """One draft per readable file; the unreadable ones are reported like an import."""
    drafts, results = [], []
    for upload in files:
        data = upload.read()
        try:
            extracted = read(data, upload.name, municipality=city)
        except MinutesError as exc:
            result = FileResult(upload.name, "failed", str(exc))
            results.append((result, STATUS_LABELS["failed"], failure_reason(result)))
            continue
        drafts.append(
            Draft.objects.create(
                name=upload.name[:255],
                content=data,
                content_hash=hashlib.sha256(data).hexdigest(),
                municipality=city or "",
                parsed=extracted.parsed,
                text=extracted.text,
                created_by=user,
            )
        )
    return drafts, results


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    """What the parser read, beside the source text, to correct before it is stored."""
    _require_importer(request.user)
    draft = get_object_or_404(Draft, pk=pk)
    reading, error = draft.parsed, ""
    if request.method == "POST":
        if request.POST.get("action") == "discard":
            draft.delete()
            messages.info(request, _("The upload was discarded; nothing was stored."))
            return redirect("minutes:upload")
        try:
            corrected = apply_form(reading, request.POST)
        except ReviewError as exc:
            error = str(exc)
        else:
            if request.POST.get("action") == "apply":
                # Splits, merges and new items take shape on the page, still unstored, so
                # the new items' fields can be filled in before saving.
                draft.parsed = corrected
                draft.save(update_fields=["parsed"])
                return _review_page(request, corrected, draft.text, draft.name, "", draft=True)
            result = import_bytes(
                bytes(draft.content), draft.name, user=request.user, reviewed=corrected
            )
            if result.failed:
                error = failure_reason(result)
            else:
                draft.delete()
                messages.success(request, _("The reviewed minutes were stored."))
                following = Draft.objects.filter(created_by=request.user).order_by("pk").first()
                if following is not None:
                    return redirect("minutes:review", pk=following.pk)
                return redirect("minutes:meeting", pk=result.meeting_id)
    return _review_page(request, reading, draft.text, draft.name, error, draft=True)


@login_required
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Reopen an imported meeting to correct it later; every save is kept in its history."""
    _require_importer(request.user)
    meeting = get_object_or_404(ImportedMeeting.objects.select_related("source"), pk=pk)
    reading, error = current_reading(meeting), ""
    if request.method == "POST":
        try:
            corrected = apply_form(reading, request.POST)
        except ReviewError as exc:
            error = str(exc)
        else:
            fresh = correct_meeting(meeting, corrected, request.user)
            messages.success(request, _("The correction was saved."))
            return redirect("minutes:meeting", pk=fresh.pk)
    return _review_page(request, reading, meeting.source.text, meeting.source.name, error)


def _review_page(request, reading, text, name, error, *, draft=False) -> HttpResponse:
    return render(
        request,
        "minutes/review.html",
        {
            "is_draft": draft,
            "reading": reading,
            "source_text": text,
            "name": name,
            "error": error,
            "warnings": warnings_ja(reading),
            **form_rows(reading),
        },
        status=400 if error else 200,
    )


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    _require_staff_role(request.user)
    meeting = get_object_or_404(ImportedMeeting.objects.select_related("source"), pk=pk)
    changes = MinutesChange.objects.filter(content_hash=meeting.source.content_hash).select_related(
        "actor"
    )
    rows = [(change, changed_fields(change.before, change.after)) for change in changes]
    return render(request, "minutes/history.html", {"meeting": meeting, "rows": rows})


@login_required
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_staff_role(request.user)
    meeting = get_object_or_404(
        ImportedMeeting.objects.select_related("municipality", "source"), pk=pk
    )
    items = meeting.items.annotate(turns=Count("utterances"))
    # Only a reading nobody has looked at yet has points to check; after a review or a
    # correction the parser's old doubts no longer apply.
    notes = warnings_ja(meeting.source.parsed) if meeting.to_check else []
    return render(
        request,
        "minutes/meeting.html",
        {
            "meeting": meeting,
            "items": items,
            "notes": notes,
            "can_correct": _can_import(request.user),
        },
    )


@login_required
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_staff_role(request.user)
    item = get_object_or_404(
        ImportedItem.objects.select_related("meeting__municipality", "meeting__source"), pk=pk
    )
    return render(request, "minutes/item.html", {"item": item, "utterances": item.utterances.all()})
