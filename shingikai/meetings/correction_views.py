"""The meeting record page: every turn, decision, follow-up and agenda item of a meeting with
its correction forms, and the history of corrections. Secretariat only."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shingikai.consultations.forms import DecisionForm, FollowUpForm, UtteranceForm
from shingikai.consultations.models import Decision, FollowUp, Utterance
from shingikai.lib.actions import run_action
from shingikai.meetings import access, corrections
from shingikai.meetings.history import is_published
from shingikai.meetings.models import AgendaItem, Meeting


def _back(meeting: Meeting) -> HttpResponse:
    return redirect(reverse("meetings:record", args=[meeting.pk]))


def _errors(request: HttpRequest, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


@login_required
def record(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    turns = meeting.utterances.select_related("consultation").order_by("consultation_id", "order")
    decisions = meeting.decisions.select_related("consultation")
    followups = meeting.followups_raised.select_related("owner", "consultation")
    context = {
        "meeting": meeting,
        "published": is_published(meeting),
        "items": meeting.items.select_related("consultation"),
        "turns": [(t, UtteranceForm(instance=t, prefix=f"t{t.pk}")) for t in turns],
        "decisions": [
            (
                d,
                DecisionForm(
                    prefix=f"d{d.pk}", initial={"outcome": d.outcome, "opinion": d.opinion}
                ),
            )
            for d in decisions
        ],
        "followups": [
            (f, FollowUpForm(instance=f, prefix=f"f{f.pk}", council=meeting.council))
            for f in followups
        ],
        "changes": meeting.changes.select_related("actor").order_by("-at", "-pk"),
    }
    return render(request, "meetings/record.html", context)


@login_required
@require_POST
def turn_correct(request: HttpRequest, pk: int, turn_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    turn = get_object_or_404(Utterance, pk=turn_pk, meeting=meeting)
    action = request.POST.get("action")
    if action in (corrections.UP, corrections.DOWN):
        run_action(request, corrections.move_turn, turn, action, request.user)
    elif action == "delete":
        if run_action(request, corrections.delete_turn, turn, request.user):
            messages.success(request, _("The turn was deleted."))
    else:
        form = UtteranceForm(
            request.POST, instance=Utterance.objects.get(pk=turn.pk), prefix=f"t{turn.pk}"
        )
        if not form.is_valid():
            _errors(request, form)
        elif run_action(
            request, partial(corrections.edit_turn, **form.cleaned_data), turn, request.user
        ):
            messages.success(request, _("The turn was corrected."))
    return _back(meeting)


@login_required
@require_POST
def decision_correct(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    decision = get_object_or_404(Decision, pk=decision_pk, meeting=meeting)
    if request.POST.get("action") == "delete":
        if run_action(request, corrections.delete_decision, decision, request.user):
            messages.success(request, _("The decision was deleted."))
        return _back(meeting)
    form = DecisionForm(request.POST, prefix=f"d{decision.pk}")
    if not form.is_valid():
        _errors(request, form)
    elif run_action(
        request, partial(corrections.edit_decision, **form.cleaned_data), decision, request.user
    ):
        messages.success(request, _("The decision was corrected."))
    return _back(meeting)


@login_required
@require_POST
def followup_correct(request: HttpRequest, pk: int, followup_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    followup = get_object_or_404(FollowUp, pk=followup_pk, raised_at=meeting)
    if request.POST.get("action") == "delete":
        if run_action(request, corrections.delete_followup, followup, request.user):
            messages.success(request, _("The follow-up was deleted."))
        return _back(meeting)
    form = FollowUpForm(
        request.POST,
        instance=FollowUp.objects.get(pk=followup.pk),
        prefix=f"f{followup.pk}",
        council=meeting.council,
    )
    if not form.is_valid():
        _errors(request, form)
    elif run_action(
        request, partial(corrections.edit_followup, **form.cleaned_data), followup, request.user
    ):
        messages.success(request, _("The follow-up was corrected."))
    return _back(meeting)


@login_required
@require_POST
def item_correct(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    action = request.POST.get("action")
    if action in (corrections.UP, corrections.DOWN):
        run_action(request, corrections.move_item, item, action, request.user)
    elif action == "delete":
        if run_action(request, corrections.delete_item, item, request.user):
            messages.success(request, _("The item was taken off the agenda."))
    elif run_action(
        request,
        partial(corrections.edit_item, title=request.POST.get("title", "")),
        item,
        request.user,
    ):
        messages.success(request, _("The item was corrected."))
    return _back(meeting)
