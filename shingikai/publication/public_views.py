"""The public portal: anonymous readers see published meetings only, always redacted."""

from __future__ import annotations

from pathlib import Path

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from shingikai.consultations.models import Consultation, Decision, Outcome
from shingikai.documents import context, docx_builder
from shingikai.lib.pdf import pdf_response, render_pdf
from shingikai.lib.spreadsheet import download
from shingikai.meetings import access
from shingikai.meetings.closed import closed_item_exists, is_closed_for
from shingikai.meetings.models import Meeting
from shingikai.publication import api

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _previewing(request: HttpRequest, council_id: int) -> bool:
    # The secretariat may look at the public version before it publishes.
    user = request.user
    return user.is_authenticated and access.manages_council(user, council_id)


def _public_meeting(request: HttpRequest, pk: int) -> Meeting:
    meeting = get_object_or_404(Meeting.objects.select_related("council"), pk=pk)
    if api.is_published(meeting) or _previewing(request, meeting.council_id):
        return meeting
    # Not found rather than forbidden: the public must not learn that the meeting exists.
    raise Http404


def _public_answer(request: HttpRequest, pk: int) -> Decision:
    decision = get_object_or_404(
        Decision.objects.select_related("consultation__council", "meeting"), pk=pk
    )
    if decision.outcome == Outcome.CONTINUED:
        raise Http404
    _public_meeting(request, decision.meeting_id)
    if is_closed_for(decision.meeting, decision.consultation_id):
        raise Http404  # answered in closed session: not even the preview shows it
    return decision


def _answers(meeting: Meeting) -> list[dict]:
    decisions = (
        meeting.decisions.exclude(outcome=Outcome.CONTINUED)
        .exclude(closed_item_exists())
        .select_related("consultation__department")
    )
    return [
        {"pk": d.pk, "heading": context.consultation_heading(d.consultation, public=True)}
        for d in decisions
    ]


def portal(request: HttpRequest) -> HttpResponse:
    meetings = [
        {"meeting": m, "answers": _answers(m)}
        for m in api.published_meetings().order_by("-date", "-start_time")
    ]
    return render(request, "publication/portal.html", {"meetings": meetings})


def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _public_meeting(request, pk)
    items = meeting.items.filter(consultation__isnull=False, closed=False).select_related(
        "consultation__department"
    )
    documents = set(
        api.published_consultation_documents()
        .filter(agenda_items__meeting=meeting)
        .values_list("pk", flat=True)
    )
    ctx = {
        "meeting": meeting,
        "preview": not api.is_published(meeting),
        "minutes": context.minutes_context(meeting, public=True),
        "answers": _answers(meeting),
        "consultations": [
            {
                "pk": i.consultation_id,
                "heading": context.consultation_heading(i.consultation, public=True),
                "document": i.consultation_id in documents,
            }
            for i in items
        ],
    }
    return render(request, "publication/meeting.html", ctx)


def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _public_meeting(request, pk)
    pdf = render_pdf("documents/pdf/minutes.html", context.minutes_context(meeting, public=True))
    return pdf_response(pdf, f"{meeting.title}会議録.pdf")


def minutes_docx(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _public_meeting(request, pk)
    data = docx_builder.minutes_docx(context.minutes_context(meeting, public=True))
    return download(data, f"{meeting.title}会議録.docx", DOCX_TYPE)


def answer(request: HttpRequest, pk: int) -> HttpResponse:
    decision = _public_answer(request, pk)
    ctx = {
        "decision": decision,
        "preview": not api.is_published(decision.meeting),
        "a": context.answer_context(decision, public=True),
    }
    return render(request, "publication/answer.html", ctx)


def answer_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    decision = _public_answer(request, pk)
    pdf = render_pdf(
        "documents/pdf/answer.html", {"a": context.answer_context(decision, public=True)}
    )
    return pdf_response(pdf, f"答申書_{decision.consultation.number_label or decision.pk}.pdf")


def answer_docx(request: HttpRequest, pk: int) -> HttpResponse:
    decision = _public_answer(request, pk)
    data = docx_builder.answer_docx(context.answer_context(decision, public=True))
    name = f"答申書_{decision.consultation.number_label or decision.pk}.docx"
    return download(data, name, DOCX_TYPE)


def consultation(request: HttpRequest, pk: int) -> HttpResponse:
    """The 諮問書, when it was chosen for the public on publishing its meeting."""
    consultation = get_object_or_404(Consultation.objects.select_related("council"), pk=pk)
    if not (api.document_published(consultation) or _previewing(request, consultation.council_id)):
        raise Http404
    ctx = {
        "consultation": consultation,
        "c": context.consultation_context(consultation, public=True),
        "attachments": [
            {"pk": a.pk, "title": api.public_text(a, "title")}
            for a in api.published_attachments().filter(consultation=consultation)
        ],
        "meetings": api.published_meetings()
        .filter(items__consultation=consultation, items__closed=False)
        .distinct(),
    }
    return render(request, "publication/consultation.html", ctx)


def attachment(request: HttpRequest, pk: int) -> FileResponse:
    """An attachment chosen for the public when its meeting was published."""
    chosen = get_object_or_404(api.published_attachments(), pk=pk)
    return FileResponse(
        chosen.file.open("rb"),
        as_attachment=True,
        # Not the uploaded name: it may hold what the title's redaction withholds.
        filename=f"添付資料{chosen.pk}{Path(chosen.file.name).suffix}",
    )
