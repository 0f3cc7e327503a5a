"""A decided consultation becomes (or updates) its file-register entry.

What a decided 諮問書 says — purpose, items, whose, from where, to whom — is what the file
register needs, so the secretariat need not type it twice. Each register value is drawn from
the consultation's sections (consultations/schema.py) in the order of SOURCES; the form shows
the section each value came from, and the secretariat corrects what the register words
differently before saving. Saving files the start (or change) notification and accepts it at
once: the decision is the secretariat's own record, there is nobody else to accept it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from shingikai.accounts.models import User
from shingikai.consultations import schema
from shingikai.consultations.models import Consultation, State
from shingikai.registers import services
from shingikai.registers.lifecycle import RegisterError
from shingikai.registers.models import Operation, Recording

# Register value <- the consultation fields it is read from, first that is filled.
SOURCES: dict[str, tuple[str, ...]] = {
    "purpose": ("original_purpose", "outline"),
    "data_subjects": ("data_subjects",),
    "items": ("personal_items", "added_items"),
    "source": ("collected_from",),
    "external_provision": ("connected_party", "new_purpose"),
}
SYSTEM_FIELDS = ("systems", "recording_system", "connections")


@dataclass(frozen=True)
class Prefilled:
    field: str
    value: object
    source: str  # where the value came from, for the form


def _label(field_name: str) -> str:
    for section in schema.SECTIONS:
        for field in section.fields:
            if field.name == field_name:
                return f"{_(section.heading)}：{_(field.label)}"
    return field_name


def _filled(consultation: Consultation, name: str) -> bool:
    value = getattr(consultation, name, None)
    return bool(value.strip() if isinstance(value, str) else value)


def prefill(consultation: Consultation) -> dict[str, Prefilled]:
    values = {"name": Prefilled("name", consultation.title, _("title of the consultation"))}
    for target, names in SOURCES.items():
        found = [name for name in names if _filled(consultation, name)]
        if target == "items":
            items = [item for name in found for item in _as_items(getattr(consultation, name))]
            values[target] = Prefilled(target, items, "、".join(_label(n) for n in found))
        elif found:
            values[target] = Prefilled(target, getattr(consultation, found[0]), _label(found[0]))
    if _filled(consultation, "collected_information"):
        values["sensitive"] = Prefilled("sensitive", True, _label("collected_information"))
    if _filled(consultation, "contractor"):
        values["outsourced"] = Prefilled("outsourced", True, _label("contractor"))
    electronic = [name for name in SYSTEM_FIELDS if _filled(consultation, name)]
    if electronic:
        values["recording"] = Prefilled("recording", Recording.ELECTRONIC, _label(electronic[0]))
    return values


def _as_items(value) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [part.strip() for part in str(value).replace("、", "\n").splitlines() if part.strip()]


def start_date(consultation: Consultation) -> datetime.date:
    decision = consultation.latest_decision()
    fallback = decision.meeting.date if decision else datetime.date.today()
    return getattr(consultation, "start_date", None) or fallback


def entry_for(consultation: Consultation) -> Operation | None:
    return consultation.register_entries.filter(status=Operation.Status.IN_FORCE).first()


@transaction.atomic
def save_entry(
    consultation: Consultation, values: dict, effective_on: datetime.date, actor: User
) -> Operation:
    """Create the entry (or change the linked one) and accept the notification at once."""
    if consultation.state != State.DECIDED:
        raise RegisterError(_("Only a decided consultation can fill the register."))
    reason = _("As decided: %(consultation)s") % {"consultation": consultation}
    existing = entry_for(consultation)
    if existing is None:
        notification = services.file_start(
            department=consultation.department,
            values=values,
            effective_on=effective_on,
            reason=reason,
            actor=actor,
        )
    else:
        notification = services.file_change(
            existing, values=values, effective_on=effective_on, reason=reason, actor=actor
        )
    accepted = services.accept(notification, actor)
    operation = accepted.operation
    operation.consultation = consultation
    operation.save(update_fields=["consultation"])
    return operation
