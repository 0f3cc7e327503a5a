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


class _TitleOnly:
    """An agenda item's correction is its title alone: no form beyond the posted field."""

    def __init__(self, data):
        self.cleaned_data = {"title": data.get("title", "")}

    def is_valid(self) -> bool:
        return True


def _apply(request, meeting, subject, form, *, edit, delete, move=None, messages_for):
    """One correction of a record on the meeting: move up/down, delete, or edit from the
    form; each through its service (which writes the history row)."""
    deleted, corrected = messages_for
    action = request.POST.get("action")
    if move is not None and action in (corrections.UP, corrections.DOWN):
        run_action(request, move, subject, action, request.user)
    elif action == "delete":
        if run_action(request, delete, subject, request.user):
            messages.success(request, deleted)
    elif not form.is_valid():
        _errors(request, form)
    elif run_action(request, partial(edit, **form.cleaned_data), subject, request.user):
        messages.success(request, corrected)
    return _back(meeting)


@login_required
@require_POST
def turn_correct(request: HttpRequest, pk: int, turn_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    turn = get_object_or_404(Utterance, pk=turn_pk, meeting=meeting)
    # The form edits a copy, so the service still sees the values before the change.
    form = UtteranceForm(
        request.POST, instance=Utterance.objects.get(pk=turn.pk), prefix=f"t{turn.pk}"
    )
    return _apply(
        request,
        meeting,
        turn,
        form,
        edit=corrections.edit_turn,
        delete=corrections.delete_turn,
        move=corrections.move_turn,
        messages_for=(_("The turn was deleted."), _("The turn was corrected.")),
    )


@login_required
@require_POST
def decision_correct(request: HttpRequest, pk: int, decision_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    decision = get_object_or_404(Decision, pk=decision_pk, meeting=meeting)
    return _apply(
        request,
        meeting,
        decision,
        DecisionForm(request.POST, prefix=f"d{decision.pk}"),
        edit=corrections.edit_decision,
        delete=corrections.delete_decision,
        messages_for=(_("The decision was deleted."), _("The decision was corrected.")),
    )


@login_required
@require_POST
def followup_correct(request: HttpRequest, pk: int, followup_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    followup = get_object_or_404(FollowUp, pk=followup_pk, raised_at=meeting)
    form = FollowUpForm(
        request.POST,
        instance=FollowUp.objects.get(pk=followup.pk),
        prefix=f"f{followup.pk}",
        council=meeting.council,
    )
    return _apply(
        request,
        meeting,
        followup,
        form,
        edit=corrections.edit_followup,
        delete=corrections.delete_followup,
        messages_for=(_("The follow-up was deleted."), _("The follow-up was corrected.")),
    )


@login_required
@require_POST
def item_correct(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = access.meeting_for_secretariat(request.user, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    return _apply(
        request,
        meeting,
        item,
        _TitleOnly(request.POST),
        edit=corrections.edit_item,
        delete=corrections.delete_item,
        move=corrections.move_item,
        messages_for=(_("The item was taken off the agenda."), _("The item was corrected.")),
    )
