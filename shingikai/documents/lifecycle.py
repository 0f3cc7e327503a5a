"""The minutes' lifecycle: 案 → sent to the members → confirmed at a later meeting → signed by
the designated members (when the council uses them) → published; withdrawn → corrected →
published again.

The table below says, for each action, the states it starts from and the state it ends in;
every action runs in one transaction and writes a MinutesChange row. "Published" is not a
stored state: a meeting is published while publication.Publication says so, so the minutes
and the portal can never disagree.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.councils.models import Member
from shingikai.documents.models import MeetingMinutes, MinutesChange, MinutesSettings, MinutesSigner
from shingikai.lib.workflow import Workflow, step
from shingikai.meetings.errors import MeetingError
from shingikai.meetings.models import AgendaItem, Meeting

State = MeetingMinutes.State
PUBLISHED = "published"


def _refuse(record: MeetingMinutes, transition) -> MeetingError:
    return MeetingError(
        _("This is not possible while the minutes are “%(state)s”.")
        % {"state": record.get_state_display()}
    )


# target None: the state stays (a designation, a signature that is not the last one, the
# publication, which publication.Publication records).
WORKFLOW = Workflow(
    "minutes",
    (
        step("send", {State.DRAFT}, State.SENT, writes=("sent_at",)),
        step("confirm", {State.SENT}, State.CONFIRMED, writes=("confirmed_at",)),
        step("designate", {State.DRAFT, State.SENT, State.CONFIRMED}, None),
        step("sign", {State.CONFIRMED}, None),
        step("publish", {State.CONFIRMED, State.SIGNED}, None),
    ),
    refuse=_refuse,
)
TABLE = {transition.action: transition for transition in WORKFLOW.transitions}


def display_state(record: MeetingMinutes | None) -> str:
    """The state shown to people: the stored one, or published while the portal shows it."""
    from shingikai.meetings.history import is_published

    if record is None:
        return ""
    return PUBLISHED if is_published(record.meeting) else record.state


def available(record: MeetingMinutes | None) -> list[str]:
    if record is None or display_state(record) == PUBLISHED:
        return []
    return WORKFLOW.available(record)


def _lock(record: MeetingMinutes, action: str) -> MeetingMinutes:
    locked = MeetingMinutes.objects.select_for_update().get(pk=record.pk)
    if not WORKFLOW.allows(action, locked):
        raise _refuse(locked, WORKFLOW.transition(action))
    return locked


def _record(
    record: MeetingMinutes, actor: User, action: str, to_state: str | None, note: str = "", **after
) -> MinutesChange:
    from_state = record.state
    if to_state:
        record.state = to_state
    return MinutesChange.objects.create(
        minutes=record,
        actor=actor,
        action=action,
        from_state=from_state,
        to_state=to_state or "",
        after=after,
        note=note,
    )


@transaction.atomic
def send(record: MeetingMinutes, actor: User) -> MeetingMinutes:
    """Send the draft to the members for checking (委員への送付)."""
    locked = _lock(record, "send")
    locked.sent_at = timezone.now()
    _record(locked, actor, "send", State.SENT, sent_at=locked.sent_at.isoformat())
    locked.save(update_fields=["state", "sent_at"])
    return locked


def confirmation_item(record: MeetingMinutes, at: Meeting) -> AgendaItem | None:
    return AgendaItem.objects.filter(
        meeting=at, kind=AgendaItem.Kind.CONFIRMATION, confirms=record.meeting
    ).first()


@transaction.atomic
def confirm(record: MeetingMinutes, at: Meeting, actor: User) -> MeetingMinutes:
    """Confirmed at a later meeting, under its agenda item 要録(案)の確認."""
    locked = _lock(record, "confirm")
    if at.date <= locked.meeting.date or confirmation_item(locked, at) is None:
        raise MeetingError(
            _("Put the confirmation of these minutes on the agenda of a later meeting first.")
        )
    locked.confirmed_at = at
    _record(locked, actor, "confirm", State.CONFIRMED, confirmed_at=at.title)
    locked.save(update_fields=["state", "confirmed_at"])
    return locked


@transaction.atomic
def designate_signer(record: MeetingMinutes, member: Member, actor: User) -> MinutesSigner:
    locked = _lock(record, "designate")
    present = locked.meeting.attendances.filter(member=member, present=True).exists()
    if not present:
        raise MeetingError(_("A signatory must be a member who attended the meeting."))
    signer, created = MinutesSigner.objects.get_or_create(minutes=locked, member=member)
    if created:
        _record(locked, actor, "designate", None, signer=member.name)
    return signer


@transaction.atomic
def sign(
    record: MeetingMinutes, member: Member, actor: User, on: datetime.date | None = None
) -> MeetingMinutes:
    """Record a designated member's signature; the last one makes the minutes signed."""
    locked = _lock(record, "sign")
    signer = locked.signers.select_for_update().filter(member=member).first()
    if signer is None:
        raise MeetingError(_("This member is not a designated signatory of these minutes."))
    if signer.signed_on:
        raise MeetingError(_("This member has already signed."))
    signer.signed_on = on or timezone.localdate()
    signer.save(update_fields=["signed_on"])
    done = not locked.signers.filter(signed_on__isnull=True).exists()
    target = State.SIGNED if done else None
    _record(locked, actor, "sign", target, signer=member.name, on=signer.signed_on.isoformat())
    locked.save(update_fields=["state"])
    return locked


def publish_blocker(record: MeetingMinutes | None) -> str:
    """Why the minutes cannot be published yet, or "" when they can."""
    if record is None:
        return str(_("Save the minutes before publishing the meeting."))
    if record.state not in TABLE["publish"].sources:
        return str(_("Publish the minutes after they have been confirmed at a later meeting."))
    uses_signers = MinutesSettings.of(record.meeting.council).uses_signers
    if uses_signers and record.state != State.SIGNED:
        if not record.signers.exists():
            return str(_("Designate the signatories of the minutes first."))
        return str(_("The minutes are published once every signatory has signed."))
    return ""


@transaction.atomic
def publish(meeting: Meeting, actor: User, **chosen):
    """Publish through the lifecycle: confirmed (and signed, where the council signs).
    `chosen`: the consultations and attachments published with the minutes (publication)."""
    from shingikai.publication import services as publication

    record = MeetingMinutes.objects.select_for_update().filter(meeting=meeting).first()
    problem = publish_blocker(record)
    if problem:
        raise publication.PublicationError(problem)
    published = publication.publish(meeting, actor, **chosen)
    _record(record, actor, "publish", None)
    return published


@transaction.atomic
def withdraw(meeting: Meeting, actor: User, reason: str) -> None:
    """Take the minutes off the portal to correct them; publish() puts them back."""
    from shingikai.publication import services as publication

    publication.withdraw(meeting, actor, reason)
    record = MeetingMinutes.objects.filter(meeting=meeting).first()
    if record is not None:
        _record(record, actor, "withdraw", None, note=reason)
