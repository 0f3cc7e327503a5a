"""Which text fields may carry redactions: those that reach a public page, file or index."""

from __future__ import annotations

from django.db import models

from shingikai.consultations.forms import SECTION_FIELDS
from shingikai.consultations.models import Consultation


def _consultation_text_fields() -> tuple[str, ...]:
    names = ["title", *(name for names in SECTION_FIELDS.values() for name in names)]
    text_types = (models.CharField, models.TextField)
    return tuple(n for n in names if isinstance(Consultation._meta.get_field(n), text_types))


# (app label, model name) -> fields. Lists and dates (personal_items, start_date) hold no
# free text to withhold.
REDACTABLE: dict[tuple[str, str], tuple[str, ...]] = {
    ("documents", "meetingminutes"): ("proceedings",),
    ("consultations", "consultation"): _consultation_text_fields(),
    ("consultations", "decision"): ("opinion",),
    ("consultations", "utterance"): ("text",),
    ("meetings", "meeting"): ("place", "closed_reason", "contact"),
    ("meetings", "agendaitem"): ("title",),
    ("meetings", "staffattendance"): ("name", "position"),
    ("consultations", "attachment"): ("title",),
}


def meeting_ids(obj: models.Model) -> list[int]:
    """The meetings a text belongs to: their withheld phrases apply to it."""
    meta = obj._meta
    if (meta.app_label, meta.model_name) == ("meetings", "meeting"):
        return [obj.pk]
    if (meta.app_label, meta.model_name) == ("consultations", "consultation"):
        return list(obj.agenda_items.values_list("meeting_id", flat=True))
    if (meta.app_label, meta.model_name) == ("consultations", "attachment"):
        return list(obj.consultation.agenda_items.values_list("meeting_id", flat=True))
    meeting_id = getattr(obj, "meeting_id", None)
    return [meeting_id] if meeting_id is not None else []


def fields_of(obj: models.Model) -> tuple[str, ...]:
    meta = obj._meta
    return REDACTABLE.get((meta.app_label, meta.model_name), ())


def is_redactable(obj: models.Model, field: str) -> bool:
    return field in fields_of(obj)


def raw_text(obj: models.Model, field: str) -> str:
    value = getattr(obj, field)
    return "" if value is None else str(value)


def key(obj: models.Model, field: str) -> str:
    """A stable name for one field of one object, e.g. consultations.consultation:7:outline."""
    return f"{obj._meta.app_label}.{obj._meta.model_name}:{obj.pk}:{field}"
