"""Corrections to what was recorded at a meeting: edit, delete and reorder turns, decisions,
follow-ups and agenda items, each in one transaction with a history row (who, when, before,
after). A published meeting is withdrawn first, corrected, then published again.
"""

from __future__ import annotations

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.consultations.models import (
    Decision,
    FollowUp,
    Outcome,
    State,
    StateChange,
    Utterance,
)
from shingikai.meetings import history
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import AgendaItem, Meeting

UP, DOWN = "up", "down"


def _carry_redactions(obj: models.Model, field: str, old: str, new: str) -> None:
    # Withheld parts move with the corrected text, so a correction never uncovers them.
    from shingikai.publication import services as publication

    publication.carry_over(obj, field, old, new)


def _edit(meeting: Meeting, obj: models.Model, actor: User, values: dict, note: str = ""):
    history.check_correctable(meeting)
    before = history.snapshot(obj)
    texts = {
        name: getattr(obj, name)
        for name, value in values.items()
        if isinstance(value, str) and getattr(obj, name) != value
    }
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()
    for name, old in texts.items():
        _carry_redactions(obj, name, old, getattr(obj, name))
    after = history.snapshot(obj)
    changed = {k for k in after if before.get(k) != after.get(k)}
    if changed:
        history.record(
            meeting,
            actor,
            "edit",
            obj,
            {k: before[k] for k in changed},
            {k: after[k] for k in changed},
            note,
        )
    return obj


def _delete(meeting: Meeting, obj: models.Model, actor: User, note: str = "") -> None:
    from shingikai.publication import api, registry

    history.check_correctable(meeting)
    before = history.snapshot(obj)
    history.record(meeting, actor, "delete", obj, before, None, note)
    # Its redactions go too: a later row reusing the id must not inherit them.
    for field in registry.fields_of(obj):
        api.redactions_for(obj, field).delete()
    obj.delete()


def _swap(meeting: Meeting, obj: models.Model, siblings: models.QuerySet, direction: str, actor):
    """Swap the order with the neighbour above or below; the top stays top."""
    history.check_correctable(meeting)
    if direction == UP:
        other = siblings.filter(order__lt=obj.order).order_by("-order").first()
    else:
        other = siblings.filter(order__gt=obj.order).order_by("order").first()
    if other is None:
        return obj
    before = {"order": obj.order}
    obj.order, other.order = other.order, obj.order
    type(obj).objects.filter(pk=obj.pk).update(order=obj.order)
    type(obj).objects.filter(pk=other.pk).update(order=other.order)
    history.record(meeting, actor, "reorder", obj, before, {"order": obj.order})
    return obj


# Turns (発言)


@transaction.atomic
def edit_turn(turn: Utterance, actor: User, **values) -> Utterance:
    locked = Utterance.objects.select_for_update().get(pk=turn.pk)
    return _edit(locked.meeting, locked, actor, values)


@transaction.atomic
def delete_turn(turn: Utterance, actor: User) -> None:
    locked = Utterance.objects.select_for_update().get(pk=turn.pk)
    _delete(locked.meeting, locked, actor)


@transaction.atomic
def move_turn(turn: Utterance, direction: str, actor: User) -> Utterance:
    locked = Utterance.objects.select_for_update().get(pk=turn.pk)
    siblings = Utterance.objects.filter(
        meeting=locked.meeting, consultation=locked.consultation
    ).exclude(pk=locked.pk)
    return _swap(locked.meeting, locked, siblings, direction, actor)


# Decisions (答申) and their attached opinions


def _move_consultation(decision: Decision, to_state: str, actor: User, note: str) -> None:
    consultation = decision.consultation
    consultation.refresh_from_db(fields=["state"])
    if consultation.state == to_state:
        return
    StateChange.objects.create(
        consultation=consultation,
        actor=actor,
        from_state=consultation.state,
        to_state=to_state,
        note=note,
    )
    consultation.state = to_state
    consultation.save(update_fields=["state", "updated_at"])


def _is_latest(decision: Decision) -> bool:
    return decision.consultation.latest_decision() == decision


@transaction.atomic
def edit_decision(decision: Decision, actor: User, *, outcome: str, opinion: str) -> Decision:
    locked = Decision.objects.select_for_update().select_related("consultation").get(pk=decision.pk)
    was_continued = locked.outcome == Outcome.CONTINUED
    is_continued = outcome == Outcome.CONTINUED
    if was_continued != is_continued and not _is_latest(locked):
        raise MeetingError(
            _("A later decision exists; correct that one instead of changing this outcome.")
        )
    note = str(_("Corrected: %(outcome)s")) % {"outcome": Outcome(outcome).label}
    _edit(locked.meeting, locked, actor, {"outcome": outcome, "opinion": opinion}, note)
    if was_continued != is_continued:
        # The consultation's state follows the corrected outcome, with its own history row.
        to_state = State.CONTINUED if is_continued else State.DECIDED
        _move_consultation(locked, to_state, actor, note)
    return locked


@transaction.atomic
def delete_decision(decision: Decision, actor: User) -> None:
    """A decision recorded by mistake: the consultation is back on the agenda, undecided."""
    locked = Decision.objects.select_for_update().select_related("consultation").get(pk=decision.pk)
    if not _is_latest(locked):
        raise MeetingError(_("A later decision exists; only the latest can be deleted."))
    _delete(locked.meeting, locked, actor)
    _move_consultation(locked, State.ON_AGENDA, actor, str(_("Decision deleted as a correction.")))


# Follow-ups (宿題事項)


@transaction.atomic
def edit_followup(followup: FollowUp, actor: User, **values) -> FollowUp:
    locked = FollowUp.objects.select_for_update().get(pk=followup.pk)
    return _edit(locked.raised_at, locked, actor, values)


@transaction.atomic
def delete_followup(followup: FollowUp, actor: User) -> None:
    locked = FollowUp.objects.select_for_update().get(pk=followup.pk)
    if locked.status == FollowUp.Status.CLOSED or locked.reports.exists():
        raise MeetingError(_("A follow-up with a report cannot be deleted; correct it instead."))
    _delete(locked.raised_at, locked, actor)


# Agenda items (議題)


@transaction.atomic
def edit_item(item: AgendaItem, actor: User, *, title: str) -> AgendaItem:
    locked = AgendaItem.objects.select_for_update().get(pk=item.pk)
    if locked.consultation_id:
        raise MeetingError(_("A consultation's item takes the consultation's title."))
    if not title.strip():
        raise MeetingError(_("Give the title of the item."))
    return _edit(locked.meeting, locked, actor, {"title": title.strip()})


@transaction.atomic
def delete_item(item: AgendaItem, actor: User) -> None:
    """Take an item off the agenda; a consultation goes back to the waiting list, unless
    something was already recorded on it at this meeting."""
    # No select_related: PostgreSQL refuses FOR UPDATE across the nullable consultation join.
    locked = AgendaItem.objects.select_for_update().get(pk=item.pk)
    consultation = locked.consultation
    if consultation is not None:
        recorded = (
            consultation.decisions.filter(meeting=locked.meeting).exists()
            or consultation.utterances.filter(meeting=locked.meeting).exists()
        )
        if recorded:
            raise MeetingError(
                _("Turns or a decision are recorded on this item; delete them first.")
            )
    _delete(locked.meeting, locked, actor)
    if consultation is not None and consultation.state == State.ON_AGENDA:
        StateChange.objects.create(
            consultation=consultation,
            actor=actor,
            from_state=State.ON_AGENDA,
            to_state=State.SUBMITTED,
            note=str(_("Taken off the agenda of %(title)s.")) % {"title": locked.meeting.title},
        )
        consultation.state = State.SUBMITTED
        consultation.save(update_fields=["state", "updated_at"])


@transaction.atomic
def move_item(item: AgendaItem, direction: str, actor: User) -> AgendaItem:
    locked = AgendaItem.objects.select_for_update().get(pk=item.pk)
    siblings = AgendaItem.objects.filter(meeting=locked.meeting).exclude(pk=locked.pk)
    return _swap(locked.meeting, locked, siblings, direction, actor)
