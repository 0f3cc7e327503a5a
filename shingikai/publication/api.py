"""The public face of the data: every public output asks here for the text it may show.

Other apps (the public portal, documents, the anonymous search index) call
public_text(obj, field) for any text they show to the public, and take the objects from the
published_* querysets; nothing else decides what the public sees.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet
from django.urls import reverse

from shingikai.consultations.models import Attachment, Consultation, Decision, Outcome, Utterance
from shingikai.meetings.closed import closed_item_exists
from shingikai.meetings.models import Meeting
from shingikai.publication import registry, spans
from shingikai.publication.models import Publication, Redaction

MARKER = spans.MARKER


def redactions_for(obj: models.Model, field: str) -> QuerySet[Redaction]:
    return Redaction.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, field=field
    )


def withheld_phrases(meeting_ids: list[int]) -> list[str]:
    """Every part marked on these meetings: each is withheld wherever it occurs in them."""
    if not meeting_ids:
        return []
    snippets = Redaction.objects.filter(meeting_id__in=meeting_ids).values_list(
        "snippet", flat=True
    )
    return sorted({s for s in snippets if s.strip()}, key=len, reverse=True)


def public_text(obj: models.Model, field: str) -> str:
    """The text of obj.field as the public may read it, withheld parts replaced by MARKER.

    Withheld are the parts marked in this text and, anywhere in it, every part marked on a
    meeting the text belongs to, in any width, case or spacing: a phrase withheld in the
    minutes is withheld in the turns, the opinion and the titles too, and in whatever is
    typed later. If a part marked in this text can no longer be found (the text was edited
    outside the services that carry redactions along), the whole field is withheld: fail
    closed.
    """
    text = registry.raw_text(obj, field)
    if obj.pk is None or not registry.is_redactable(obj, field):
        return text
    marks = [(r.start, r.end, r.snippet) for r in redactions_for(obj, field)]
    located = spans.locate(text, marks) if marks else []
    if located is None:
        return MARKER
    phrases = withheld_phrases(registry.meeting_ids(obj))
    if phrases:
        located += spans.find_all_variants(text, phrases)
    return spans.redact(text, located) if located else text


def text_for(obj: models.Model, field: str, *, public: bool) -> str:
    """Public text for public outputs, the full text for the secretariat's own documents."""
    return public_text(obj, field) if public else registry.raw_text(obj, field)


def published_meetings() -> QuerySet[Meeting]:
    return Meeting.objects.filter(publication__isnull=False).select_related("council")


def is_published(meeting: Meeting) -> bool:
    return published_meetings().filter(pk=meeting.pk).exists()


def published_decisions() -> QuerySet[Decision]:
    """Answers (答申) given at published meetings; continued deliberation gives no answer;
    an answer given in closed session (非公開) stays out."""
    return (
        Decision.objects.filter(meeting__publication__isnull=False)
        .exclude(outcome=Outcome.CONTINUED)
        .exclude(closed_item_exists())
        .select_related("consultation__department", "consultation__council", "meeting")
    )


def published_consultations() -> QuerySet[Consultation]:
    # One filter() call: the open item and the published meeting are the same agenda row.
    return Consultation.objects.filter(
        agenda_items__meeting__publication__isnull=False, agenda_items__closed=False
    ).distinct()


def published_consultation_documents() -> QuerySet[Consultation]:
    """Consultations whose 諮問書 was chosen for the public when their meeting was published;
    never one deliberated in closed session, whatever was chosen."""
    chosen = Publication.consultations.through.objects.values("consultation_id")
    public = published_consultations().values("pk")
    return Consultation.objects.filter(pk__in=chosen).filter(pk__in=public)


def published_attachments() -> QuerySet[Attachment]:
    chosen = Publication.attachments.through.objects.values("attachment_id")
    public = published_consultations().values("pk")
    return Attachment.objects.filter(pk__in=chosen, consultation_id__in=public)


def document_published(consultation: Consultation) -> bool:
    return published_consultation_documents().filter(pk=consultation.pk).exists()


def published_utterances() -> QuerySet[Utterance]:
    return Utterance.objects.filter(meeting__publication__isnull=False).exclude(
        closed_item_exists()
    )


@dataclass(frozen=True)
class PublicDocument:
    """One public item, already redacted, for an index or a feed."""

    kind: str  # "minutes" | "answer" | "consultation"
    key: str
    title: str
    url: str
    date: datetime.date
    text: str


def public_documents() -> Iterator[PublicDocument]:
    from shingikai.documents.context import public_proceedings
    from shingikai.documents.models import MeetingMinutes

    minutes = MeetingMinutes.objects.filter(meeting__publication__isnull=False).select_related(
        "meeting__council"
    )
    for record in minutes:
        meeting = record.meeting
        yield PublicDocument(
            kind="minutes",
            key=f"minutes:{meeting.pk}",
            title=f"{meeting.council} {meeting.title} 会議録",
            url=reverse("publication:meeting", args=[meeting.pk]),
            date=meeting.date,
            text=public_proceedings(record),
        )
    for decision in published_decisions():
        consultation = decision.consultation
        title = public_text(consultation, "title")
        yield PublicDocument(
            kind="answer",
            key=f"answer:{decision.pk}",
            title=f"{consultation.number_label}「{title}」について（答申）",
            url=reverse("publication:answer", args=[decision.pk]),
            date=decision.meeting.date,
            text="\n".join(
                [title, str(decision.get_outcome_display()), public_text(decision, "opinion")]
            ),
        )
    for consultation in published_consultation_documents():
        fields = registry.fields_of(consultation)
        yield PublicDocument(
            kind="consultation",
            key=f"consultation:{consultation.pk}",
            title=f"{consultation.number_label} {public_text(consultation, 'title')}".strip(),
            url=reverse("publication:consultation", args=[consultation.pk]),
            date=consultation.created_at.date(),
            text="\n".join(public_text(consultation, f) for f in fields),
        )
