"""Every change to what the public sees: one function, one transaction, history where it matters."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.consultations.models import Attachment, Consultation
from shingikai.documents.models import MeetingMinutes
from shingikai.lib.errors import ServiceError
from shingikai.meetings.models import Meeting
from shingikai.publication import api, exposure, registry, spans
from shingikai.publication.models import Publication, PublicationEvent, Redaction


class PublicationError(ServiceError):
    """A refused action; the message is for users."""


@dataclass(frozen=True)
class Target:
    """One text of a meeting the secretariat may redact, as shown on the redaction page."""

    key: str
    label: str
    obj: models.Model
    field: str

    @property
    def text(self) -> str:
        return registry.raw_text(self.obj, self.field)


def targets(meeting: Meeting) -> list[Target]:
    """The texts of a meeting that reach the public: minutes, meeting details, the
    consultations on its agenda, its answers and recorded utterances. Empty texts are left out."""
    found: list[Target] = []

    def add(obj: models.Model, field: str, label: str) -> None:
        if registry.raw_text(obj, field).strip():
            found.append(Target(registry.key(obj, field), label, obj, field))

    minutes = MeetingMinutes.objects.filter(meeting=meeting).first()
    if minutes:
        add(minutes, "proceedings", str(_("Minutes: proceedings")))
    for field in registry.fields_of(meeting):
        add(meeting, field, f"{meeting.title}: {meeting._meta.get_field(field).verbose_name}")
    agenda_label, staff_label = _("Agenda"), _("Staff")
    for item in meeting.items.filter(consultation__isnull=True).order_by("order"):
        add(item, "title", f"{agenda_label} {item.order}: {item.get_kind_display()}")
    for person in meeting.staff.all():
        add(person, "name", f"{staff_label}: {person.position}")
    consultations = Consultation.objects.filter(agenda_items__meeting=meeting).distinct()
    for consultation in consultations.order_by("pk"):
        name = consultation.number_label or consultation.title
        for field in registry.fields_of(consultation):
            label = consultation._meta.get_field(field).verbose_name
            add(consultation, field, f"{name}: {label}")
        attachment_label = _("attachment")
        for attachment in consultation.attachments.all():
            add(attachment, "title", f"{name}: {attachment_label}")
    for decision in meeting.decisions.select_related("consultation"):
        name = decision.consultation.number_label or decision.consultation.title
        add(decision, "opinion", f"{name}: {decision._meta.get_field('opinion').verbose_name}")
    for utterance in meeting.utterances.select_related("consultation").order_by(
        "consultation_id", "order"
    ):
        add(utterance, "text", f"{utterance.speaker} ({utterance.order})")
    return found


def target_by_key(meeting: Meeting, key: str) -> Target | None:
    return next((t for t in targets(meeting) if t.key == key), None)


def _check_target(meeting: Meeting, obj: models.Model, field: str) -> str:
    if not registry.is_redactable(obj, field):
        raise PublicationError(_("This text cannot be redacted."))
    if target_by_key(meeting, registry.key(obj, field)) is None:
        raise PublicationError(_("This text does not belong to the meeting."))
    return registry.raw_text(obj, field)


@transaction.atomic
def mark(
    meeting: Meeting, obj: models.Model, field: str, start: int, end: int, ground: str, actor: User
) -> Redaction:
    text = _check_target(meeting, obj, field)
    return _create(meeting, obj, field, text, start, end, ground, actor)


def _create(
    meeting: Meeting,
    obj: models.Model,
    field: str,
    text: str,
    start: int,
    end: int,
    ground: str,
    actor: User,
) -> Redaction:
    if not 0 <= start < end <= len(text):
        raise PublicationError(_("The span is outside the text."))
    if not ground.strip():
        raise PublicationError(_("Give the ground for non-disclosure."))
    return Redaction.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        field=field,
        meeting=meeting,
        start=start,
        end=end,
        snippet=text[start:end],
        ground=ground.strip(),
        created_by=actor,
    )


@transaction.atomic
def mark_phrase(
    meeting: Meeting, obj: models.Model, field: str, phrase: str, ground: str, actor: User
) -> list[Redaction]:
    """Withhold every occurrence of a phrase in one text (a name hidden once, hidden always)."""
    text = _check_target(meeting, obj, field)
    found = spans.find_all(text, phrase)
    if not found:
        raise PublicationError(_("The text does not contain “%(phrase)s”.") % {"phrase": phrase})
    return [_create(meeting, obj, field, text, start, end, ground, actor) for start, end in found]


@transaction.atomic
def remove_redaction(meeting: Meeting, redaction: Redaction, actor: User) -> None:
    # Lifting a redaction on a published meeting would show it at once: withdraw first.
    if Publication.objects.select_for_update().filter(meeting=meeting).exists():
        raise PublicationError(
            _("Withdraw the meeting from the public before lifting a redaction.")
        )
    PublicationEvent.objects.create(
        meeting=meeting,
        action=PublicationEvent.Action.REDACTION_REMOVED,
        actor=actor,
        note=f"{redaction.field}: {redaction.snippet}（{redaction.ground}）",
    )
    redaction.delete()


def consultations_of(meeting: Meeting):
    """What may be offered for publication: consultations on the meeting's open items."""
    return (
        Consultation.objects.filter(agenda_items__meeting=meeting, agenda_items__closed=False)
        .distinct()
        .order_by("pk")
    )


def attachments_of(meeting: Meeting):
    return Attachment.objects.filter(consultation__in=consultations_of(meeting)).distinct()


@transaction.atomic
def publish(
    meeting: Meeting,
    actor: User,
    *,
    consultations: Iterable[Consultation] = (),
    attachments: Iterable[Attachment] = (),
) -> Publication:
    """Publish the minutes and answers; the 諮問書 and attachments only those chosen."""
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if Publication.objects.filter(meeting=locked).exists():
        raise PublicationError(_("The meeting is already published."))
    if locked.date > timezone.localdate():
        raise PublicationError(_("A meeting cannot be published before its date."))
    minutes = MeetingMinutes.objects.filter(meeting=locked).first()
    if minutes is None or not minutes.proceedings.strip():
        raise PublicationError(_("Save the minutes before publishing the meeting."))
    chosen = list(consultations)
    files = list(attachments)
    if any(c not in consultations_of(locked) for c in chosen) or any(
        a not in attachments_of(locked) for a in files
    ):
        raise PublicationError(_("Only documents of this meeting can be published with it."))
    found = exposure.unredacted(locked, chosen, files)
    if found:
        raise PublicationError(
            _("A withheld part still occurs unredacted in: %(places)s")
            % {"places": "、".join(f"{place}（{phrase}）" for place, phrase in found)}
        )
    publication = Publication.objects.create(meeting=locked, published_by=actor)
    publication.consultations.set(chosen)
    publication.attachments.set(files)
    note = "、".join([*(c.number_label or c.title for c in chosen), *(a.title for a in files)])
    PublicationEvent.objects.create(
        meeting=locked, action=PublicationEvent.Action.PUBLISHED, actor=actor, note=note
    )
    return publication


@transaction.atomic
def withdraw(meeting: Meeting, actor: User, reason: str) -> None:
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    deleted, _rows = Publication.objects.filter(meeting=locked).delete()
    if not deleted:
        raise PublicationError(_("The meeting is not published."))
    PublicationEvent.objects.create(
        meeting=locked, action=PublicationEvent.Action.WITHDRAWN, actor=actor, note=reason
    )


def carry_over(obj: models.Model, field: str, old: str, new: str) -> None:
    """Move the redactions of a text to where their parts are after an edit.

    Call inside the transaction that saves the edit. Parts that were changed stay hidden
    with whatever replaced them.
    """
    if old == new:
        return
    rows = list(api.redactions_for(obj, field))
    for row in rows:
        located = spans.locate(old, [(row.start, row.end, row.snippet)])
        # A part not found in the old text any more: hide the whole new text, never guess.
        moved = spans.remap(old, new, located) if located is not None else [(0, len(new))]
        moved = [(start, end) for start, end in moved if end > start]
        if not moved:
            row.delete()
            continue
        row.start, row.end = moved[0]
        row.snippet = new[row.start : row.end]
        row.save(update_fields=["start", "end", "snippet"])
