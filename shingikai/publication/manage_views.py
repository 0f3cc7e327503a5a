"""The secretariat's redaction and publication page for one meeting."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.consultations.models import Outcome
from shingikai.documents import lifecycle
from shingikai.documents.models import MeetingMinutes
from shingikai.meetings import access
from shingikai.publication import api, services, spans
from shingikai.publication.forms import (
    GROUND_SUGGESTIONS,
    PublishForm,
    RedactionForm,
    WithdrawForm,
)
from shingikai.publication.models import Redaction


def _segments(target: services.Target) -> list[tuple[str, Redaction | None]]:
    """The text cut into plain and withheld pieces, for highlighting."""
    text = target.text
    rows = list(api.redactions_for(target.obj, target.field))
    located = spans.locate(text, [(r.start, r.end, r.snippet) for r in rows])
    if located is None:
        return [(text, rows[0] if rows else None)]
    pieces: list[tuple[str, Redaction | None]] = []
    position = 0
    for (start, end), row in sorted(zip(located, rows, strict=True), key=lambda p: p[0]):
        if start < position:  # overlapping marks: show the rest of the later one
            start = position
        if start >= end:
            continue
        pieces.append((text[position:start], None))
        pieces.append((text[start:end], row))
        position = end
    pieces.append((text[position:], None))
    return [(piece, row) for piece, row in pieces if piece]


def _page(request: HttpRequest, meeting, form: RedactionForm | None = None) -> HttpResponse:
    targets = services.targets(meeting)
    used = Redaction.objects.values_list("ground", flat=True).distinct()
    ctx = {
        "meeting": meeting,
        "published": api.is_published(meeting),
        "has_minutes": MeetingMinutes.objects.filter(meeting=meeting).exists(),
        "texts": [{"target": t, "segments": _segments(t)} for t in targets],
        "form": form or RedactionForm(targets=targets),
        "withdraw_form": WithdrawForm(),
        "grounds": sorted(set(GROUND_SUGGESTIONS) | set(used)),
        "events": meeting.publication_events.select_related("actor"),
    }
    return render(request, "publication/manage.html", ctx)


@login_required
def manage(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    return _page(request, meeting)


@login_required
@require_POST
def redaction_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    targets = services.targets(meeting)
    form = RedactionForm(request.POST, targets=targets)
    if not form.is_valid():
        return _page(request, meeting, form)
    target = next(t for t in targets if t.key == form.cleaned_data["target"])
    try:
        marked = services.mark_phrase(
            meeting,
            target.obj,
            target.field,
            form.cleaned_data["phrase"],
            form.cleaned_data["ground"],
            request.user,
        )
    except services.PublicationError as exc:
        form.add_error("phrase", str(exc))
        return _page(request, meeting, form)
    messages.success(request, _("%(count)d part(s) will be withheld.") % {"count": len(marked)})
    return redirect("publication:manage", pk=meeting.pk)


@login_required
@require_POST
def redaction_remove(request: HttpRequest, pk: int, redaction_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    redaction = get_object_or_404(Redaction, pk=redaction_pk)
    if not any(
        ContentType.objects.get_for_model(t.obj).pk == redaction.content_type_id
        and t.obj.pk == redaction.object_id
        and t.field == redaction.field
        for t in services.targets(meeting)
    ):
        raise Http404
    try:
        services.remove_redaction(meeting, redaction, request.user)
        messages.success(request, _("The redaction was lifted."))
    except services.PublicationError as exc:
        messages.error(request, str(exc))
    return redirect("publication:manage", pk=meeting.pk)


@login_required
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask first, listing what becomes public; publish only on the confirmed form."""
    meeting = access.meeting_for_secretariat(request.user, pk)
    form = PublishForm(
        request.POST if request.method == "POST" else None,
        consultations=services.consultations_of(meeting),
        attachments=services.attachments_of(meeting),
    )
    # What the minutes' lifecycle still lacks (confirmation, signatures), said up front.
    blocker = lifecycle.publish_blocker(MeetingMinutes.objects.filter(meeting=meeting).first())
    if request.method == "POST" and blocker:
        form.is_valid()
        form.add_error(None, blocker)
    elif request.method == "POST" and form.is_valid():
        try:
            # Through the minutes' lifecycle: confirmed (and signed) minutes only.
            lifecycle.publish(
                meeting,
                request.user,
                consultations=form.cleaned_data["consultations"],
                attachments=form.cleaned_data["attachments"],
            )
        except services.PublicationError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("The meeting was published on the public portal."))
            return redirect("publication:manage", pk=meeting.pk)
    ctx = {
        "meeting": meeting,
        "form": form,
        "answers": meeting.decisions.exclude(outcome=Outcome.CONTINUED).select_related(
            "consultation"
        ),
        "has_minutes": MeetingMinutes.objects.filter(meeting=meeting).exists(),
        "blocker": blocker,
    }
    return render(request, "publication/publish.html", ctx)


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the reason."))
    else:
        try:
            lifecycle.withdraw(meeting, request.user, form.cleaned_data["reason"])
            messages.success(request, _("The meeting was withdrawn from the public portal."))
        except services.PublicationError as exc:
            messages.error(request, str(exc))
    return redirect("publication:manage", pk=meeting.pk)
