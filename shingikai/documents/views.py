"""Council documents for the secretariat and members: thin views over context and builders.

These are the full (unredacted) documents; the public versions are served by publication.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from shingikai.consultations.models import Decision, Outcome
from shingikai.documents import context, docx_builder, minutes_views, packet, services
from shingikai.documents.forms import MinutesForm
from shingikai.documents.models import MeetingMinutes, MinutesSettings
from shingikai.lib.actions import run_action
from shingikai.lib.pdf import pdf_response, render_pdf
from shingikai.lib.spreadsheet import download
from shingikai.meetings import access
from shingikai.meetings.models import Meeting
from shingikai.publication import api as publication

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _meeting_for_minutes(user, pk: int) -> Meeting:
    """Minutes hold every department's deliberation: the secretariat and members only."""
    meeting = access.meeting_for_view(user, pk)
    if not access.can_read_minutes(user, meeting):
        raise PermissionDenied
    return meeting


def _shows(request: HttpRequest):
    """Agenda and packet hold only the consultations the reader may see (a department's
    explainer gets its own and decided ones, as on the meeting page)."""
    return lambda consultation: access.can_view_consultation(request.user, consultation)


def _answer_decision(user, pk: int) -> Decision:
    decision = get_object_or_404(
        Decision.objects.select_related("consultation", "meeting__council"), pk=pk
    )
    access.consultation_for_view(user, decision.consultation_id)
    if decision.outcome == Outcome.CONTINUED:
        # Continued deliberation is not an answer; there is no 答申書 to give.
        raise Http404
    return decision


@login_required
def meeting_documents(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    manages = access.manages_council(request.user, meeting.council_id)
    decisions = meeting.decisions.exclude(outcome=Outcome.CONTINUED).select_related("consultation")
    decisions = [d for d in decisions if access.can_view_consultation(request.user, d.consultation)]
    context_ = {
        "meeting": meeting,
        "manages": manages,
        "minutes_readable": manages or request.user.is_member,
        "minutes": MeetingMinutes.objects.filter(meeting=meeting).first(),
        "decisions": decisions,
        "published": publication.is_published(meeting),
    }
    return render(request, "documents/meeting.html", context_)


@login_required
def agenda_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    pdf = render_pdf("documents/pdf/agenda.html", context.agenda_context(meeting, _shows(request)))
    return pdf_response(pdf, f"{meeting.title}会議次第.pdf")


@login_required
def packet_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_view(request.user, pk)
    pdf = packet.build_packet(meeting, _shows(request))
    return pdf_response(pdf, f"{meeting.title}審議会資料.pdf")


@login_required
def minutes_edit(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    record = MeetingMinutes.objects.filter(meeting=meeting).first()
    style = record.style if record else MinutesSettings.of(meeting.council).default_style
    initial = {
        "style": style,
        "proceedings": record.proceedings if record else context.draft_text(meeting, style),
    }
    if request.method == "POST" and request.POST.get("action") == "redraft":
        # Show a fresh draft in the chosen style; saved only when the clerk saves.
        chosen = request.POST.get("style")
        style = chosen if chosen in MeetingMinutes.Style.values else style
        text = context.draft_text(meeting, style)
        form = MinutesForm(initial={"style": style, "proceedings": text})
        messages.info(request, _("A new draft was made from the recorded proceedings."))
    elif request.method == "POST":
        form = MinutesForm(request.POST)
        if form.is_valid() and run_action(
            request,
            services.save_minutes,
            meeting,
            form.cleaned_data["proceedings"],
            form.cleaned_data["style"],
            request.user,
        ):
            messages.success(request, _("The minutes were saved."))
            return redirect("documents:minutes_edit", pk=meeting.pk)
    else:
        form = MinutesForm(initial=initial)
    return render(
        request,
        "documents/minutes_form.html",
        {
            "meeting": meeting,
            "form": form,
            "record": record,
            **minutes_views.lifecycle_context(meeting, record),
        },
    )


@login_required
def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_minutes(request.user, pk)
    pdf = render_pdf("documents/pdf/minutes.html", context.minutes_context(meeting, public=False))
    return pdf_response(pdf, f"{meeting.title}会議録.pdf")


@login_required
def minutes_docx(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = _meeting_for_minutes(request.user, pk)
    data = docx_builder.minutes_docx(context.minutes_context(meeting, public=False))
    return download(data, f"{meeting.title}会議録.docx", DOCX_TYPE)


@login_required
def answer_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    decision = _answer_decision(request.user, pk)
    a = context.answer_context(decision, public=False)
    pdf = render_pdf("documents/pdf/answer.html", {"a": a})
    return pdf_response(pdf, f"答申書_{decision.consultation.number_label or decision.pk}.pdf")


@login_required
def answer_docx(request: HttpRequest, pk: int) -> HttpResponse:
    decision = _answer_decision(request.user, pk)
    data = docx_builder.answer_docx(context.answer_context(decision, public=False))
    name = f"答申書_{decision.consultation.number_label or decision.pk}.docx"
    return download(data, name, DOCX_TYPE)
