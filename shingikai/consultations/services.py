"""Every business action on a consultation: one function, one transaction, one history row.

Views call these and nothing else changes a consultation's state, so the history is complete.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.checklist import services as checklist
from shingikai.consultations import access
from shingikai.consultations.lifecycle import WORKFLOW, TransitionError, ensure_may
from shingikai.consultations.models import (
    Attachment,
    Consultation,
    Decision,
    FollowUp,
    NumberCounter,
    Outcome,
    State,
    StateChange,
    Utterance,
)
from shingikai.councils.models import Council, Department
from shingikai.lib import history, wareki
from shingikai.meetings.models import AgendaItem, Meeting


def _transition(
    consultation: Consultation, actor: User, action: str, note: str = ""
) -> Consultation:
    # Lock the row so two clicks (or two people) cannot both move the same consultation.
    locked, transition = history.lock(WORKFLOW, Consultation, consultation.pk, action)
    # The state is checked first (its message says why), then who may take the step: here,
    # for every step, and not only by the views, so a command or a loader cannot move a
    # consultation its actor may not move.
    ensure_may(action, actor, locked)
    history.record(StateChange, locked, transition, actor, note=note)
    locked.save(update_fields=["state", "updated_at"])
    consultation.state = locked.state
    return locked


def next_number(council: Council, on: datetime.date) -> tuple[int, int | None]:
    """Take the next number of the council's series; call inside a transaction."""
    per_year = council.numbering_scheme == Council.NumberingScheme.PER_FISCAL_YEAR
    fiscal_year = wareki.fiscal_year(on) if per_year else None
    first = 1 if per_year else council.numbering_start
    counter, _created = NumberCounter.objects.select_for_update().get_or_create(
        council=council, fiscal_year=fiscal_year or 0, defaults={"last": first - 1}
    )
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last, fiscal_year


@transaction.atomic
def submit(consultation: Consultation, actor: User, note: str = "") -> Consultation:
    """Submit without the review checklist: for loaders of records already handled on paper
    (demo data, past consultations). The screens use submit_checked."""
    locked = _transition(consultation, actor, "submit", note)
    if locked.number is None:
        # A draft sent back for correction keeps the number it was first given.
        locked.number, locked.number_fiscal_year = next_number(locked.council, timezone.localdate())
        locked.save(update_fields=["number", "number_fiscal_year"])
    consultation.number = locked.number
    consultation.number_fiscal_year = locked.number_fiscal_year
    return locked


@transaction.atomic
def submit_checked(
    consultation: Consultation, actor: User, override_reason: str = ""
) -> Consultation:
    """Submit from the screens: open required checklist findings block the submission
    unless the secretariat overrides them with a written reason, kept in the history."""
    # Lock before checking, so the draft checked is the draft submitted.
    locked = Consultation.objects.select_for_update().get(pk=consultation.pk)
    # Anything but a draft is refused by submit() with the usual state message.
    findings = checklist.findings_for(locked) if locked.state == State.DRAFT else []
    open_required = checklist.open_required(findings)
    note = ""
    if open_required:
        rules = "、".join(f"{f.rule} {f.title}" for f in open_required)
        if not access.manages_council(actor, locked.council_id):
            raise TransitionError(
                _(
                    "Required checklist findings are open (%(rules)s). Correct the draft, "
                    "or ask the secretariat to submit it with a reason."
                )
                % {"rules": rules}
            )
        reason = override_reason.strip()
        if not reason:
            raise TransitionError(
                _("Write the reason for submitting despite the required findings (%(rules)s).")
                % {"rules": rules}
            )
        note = _("Submitted despite required findings (%(rules)s). Reason: %(reason)s") % {
            "rules": rules,
            "reason": reason,
        }
    return submit(consultation, actor, str(note))


@transaction.atomic
def return_for_correction(consultation: Consultation, actor: User, note: str) -> Consultation:
    return _transition(consultation, actor, "return_for_correction", note)


@transaction.atomic
def withdraw(consultation: Consultation, actor: User, note: str) -> Consultation:
    return _transition(consultation, actor, "withdraw", note)


@transaction.atomic
def decline(consultation: Consultation, actor: User, reason: str) -> Consultation:
    """The intake's finding that the council need not be consulted (法第129条), with why."""
    reason = reason.strip()
    if not reason:
        raise TransitionError(_("Write why the council need not be consulted."))
    locked = _transition(consultation, actor, "decline", reason)
    locked.decline_reason = reason
    return history.save(locked, consultation)


@transaction.atomic
def record_internal_review(
    consultation: Consultation, actor: User, result: str, on: datetime.date
) -> Consultation:
    """The department's own review after a decline: what it checked and concluded, and when."""
    result = result.strip()
    if not result or on is None:
        raise TransitionError(_("Write the result of the internal review and its date."))
    locked = _transition(consultation, actor, "record_internal_review", result)
    locked.internal_review, locked.internal_review_on = result, on
    return history.save(locked, consultation)


@transaction.atomic
def add_attachment(consultation: Consultation, title: str, file, actor: User) -> Attachment:
    """An attachment and its history row: the 諮問書's history shows what was added, by whom."""
    attachment = Attachment.objects.create(
        consultation=consultation, title=title, file=file, uploaded_by=actor
    )
    history.record(StateChange, consultation, None, actor, action="attach", note=title)
    return attachment


def _next_agenda_order(meeting: Meeting) -> int:
    return (meeting.items.aggregate(top=Max("order"))["top"] or 0) + 1


@transaction.atomic
def put_on_agenda(consultation: Consultation, meeting: Meeting, actor: User) -> AgendaItem:
    if meeting.council_id != consultation.council_id:
        raise TransitionError(_("The meeting belongs to another council."))
    _transition(consultation, actor, "put_on_agenda", note=meeting.title)
    return AgendaItem.objects.create(
        meeting=meeting,
        order=_next_agenda_order(meeting),
        kind=AgendaItem.Kind.CONSULTATION,
        consultation=consultation,
    )


@transaction.atomic
def add_agenda_item(meeting: Meeting, kind: str, title: str) -> AgendaItem:
    return AgendaItem.objects.create(
        meeting=meeting, order=_next_agenda_order(meeting), kind=kind, title=title
    )


@transaction.atomic
def record_decision(
    consultation: Consultation, meeting: Meeting, outcome: str, opinion: str, actor: User
) -> Decision:
    if not consultation.agenda_items.filter(meeting=meeting).exists():
        raise TransitionError(_("The consultation is not on this meeting's agenda."))
    consulted = consultation.consultation_date
    if outcome != Outcome.CONTINUED and consulted and meeting.date < consulted:
        # The 答申日 is the meeting's date; an answer cannot precede the question.
        raise TransitionError(
            _("The answer would be dated %(answer)s, before the consultation of %(asked)s.")
            % {"answer": wareki.format_date(meeting.date), "asked": wareki.format_date(consulted)}
        )
    action = "continue_deliberation" if outcome == Outcome.CONTINUED else "decide"
    _transition(consultation, actor, action, note=Outcome(outcome).label)
    return Decision.objects.create(
        consultation=consultation,
        meeting=meeting,
        outcome=outcome,
        opinion=opinion,
        recorded_by=actor,
    )


@transaction.atomic
def record_utterance(
    consultation: Consultation, meeting: Meeting, *, speaker: str, role: str, act: str, text: str
) -> Utterance:
    top = consultation.utterances.filter(meeting=meeting).aggregate(top=Max("order"))["top"]
    return Utterance.objects.create(
        consultation=consultation,
        meeting=meeting,
        order=(top or 0) + 1,
        speaker=speaker,
        role=role,
        act=act,
        text=text,
    )


@transaction.atomic
def raise_followup(
    *,
    meeting: Meeting,
    owner: Department,
    what: str,
    due: str,
    due_date: datetime.date | None = None,
    consultation: Consultation | None = None,
) -> FollowUp:
    return FollowUp.objects.create(
        council=meeting.council,
        consultation=consultation,
        raised_at=meeting,
        owner=owner,
        what=what,
        due=due,
        due_date=due_date,
    )


@transaction.atomic
def close_followup(followup: FollowUp, meeting: Meeting, report: str, actor: User) -> FollowUp:
    locked = FollowUp.objects.select_for_update().get(pk=followup.pk)
    if locked.status == FollowUp.Status.CLOSED:
        raise TransitionError(_("This follow-up is already closed."))
    locked.status = FollowUp.Status.CLOSED
    locked.report = report
    locked.closed_at = meeting
    locked.closed_by = actor
    locked.save()
    # The report becomes a report item of the meeting that heard it (報告事項).
    from shingikai.consultations.reports import report_for_followup

    report_for_followup(locked, meeting, report, actor)
    return locked


def followups_for_agenda(meeting: Meeting):
    """Open follow-ups raised earlier, plus those this meeting's report closed."""
    return (
        FollowUp.objects.filter(council=meeting.council, raised_at__date__lt=meeting.date)
        .filter(Q(status=FollowUp.Status.OPEN) | Q(closed_at=meeting))
        .select_related("owner", "consultation", "raised_at")
    )


def overdue_followups(council: Council, today: datetime.date):
    """Open follow-ups whose date has passed, or due at a meeting that has already been held."""
    open_ = FollowUp.objects.filter(council=council, status=FollowUp.Status.OPEN)
    held_after = Meeting.objects.filter(council=council, date__lt=today)
    return open_.filter(
        Q(due=FollowUp.Due.DATE, due_date__lt=today)
        | Q(
            ~Q(due=FollowUp.Due.DATE),
            raised_at__date__lt=held_after.order_by("-date").values("date")[:1],
        )
    ).select_related("owner", "raised_at")
