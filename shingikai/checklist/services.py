"""The checklist applied to consultations: data from a model, a form or JSON, and findings.

The rules and the dictionary are read from the database on every check, so an edit in the
admin takes effect at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from shingikai.accounts.models import User
from shingikai.checklist import evaluate, extract, jsonio, terms
from shingikai.checklist.models import AttachmentText, PersonalTerm, Rule
from shingikai.consultations.models import Attachment, Consultation
from shingikai.councils.models import Council, Department
from shingikai.lib.errors import ServiceError

log = logging.getLogger(__name__)


def active_rules() -> list[evaluate.RuleData]:
    return [rule.as_data() for rule in Rule.objects.filter(active=True)]


def dictionary() -> list[terms.Term]:
    return [term.as_term() for term in PersonalTerm.objects.all()]


def attachment_text(attachment: Attachment) -> str:
    """The attachment's text, extracted on first use and kept (attachments never change)."""
    try:
        return attachment.extracted.text
    except AttachmentText.DoesNotExist:
        pass
    try:
        with attachment.file.open("rb") as handle:
            data = handle.read()
    except OSError:
        log.warning("attachment %s has no file on disk", attachment.pk)
        return ""
    text = extract.attachment_text(attachment.file.name, data)
    AttachmentText.objects.get_or_create(attachment=attachment, defaults={"text": text})
    return text


def attachment_texts(consultation: Consultation) -> list[str]:
    if consultation.pk is None:
        return []
    attachments = consultation.attachments.select_related("extracted")
    return [attachment_text(a) for a in attachments]


def check_data(
    consultation: Consultation,
    *,
    grounds: Iterable[str] | None = None,
    texts: Iterable[str] | None = None,
) -> dict[str, Any]:
    """The values rules see; grounds and attachment texts default to the saved ones."""
    data: dict[str, Any] = {name: getattr(consultation, name) for name in evaluate.TEXT_FIELDS}
    data["personal_items"] = list(consultation.personal_items or [])
    start = consultation.start_date
    data["start_date"] = start.isoformat() if start else ""
    if grounds is None:
        grounds = [g.name for g in consultation.grounds.all()] if consultation.pk else []
    data["grounds"] = list(grounds)
    if texts is None:
        texts = attachment_texts(consultation)
    data["undeclared_terms"] = terms.undeclared_terms(texts, data["personal_items"], dictionary())
    return data


def findings_for(consultation: Consultation) -> list[evaluate.Finding]:
    return evaluate.evaluate(active_rules(), check_data(consultation))


def findings_for_form(form, consultation: Consultation | None) -> list[evaluate.Finding]:
    """Findings for what a draft form holds now, before it is saved (the live htmx check).

    The form is validated to reach cleaned values; a field that does not validate yet keeps
    its saved value, and nothing is written.
    """
    if form.is_bound:
        form.is_valid()
    instance = form.instance
    chosen = getattr(form, "cleaned_data", {}).get("grounds")
    if chosen is not None:
        grounds = [g.name for g in chosen]
    elif consultation is not None:
        grounds = [g.name for g in consultation.grounds.all()]
    else:
        grounds = []
    texts = attachment_texts(consultation) if consultation is not None else []
    return evaluate.evaluate(active_rules(), check_data(instance, grounds=grounds, texts=texts))


def findings_for_json(
    content: jsonio.ConsultationJson, texts: Iterable[str] = ()
) -> list[evaluate.Finding]:
    data = content.check_data()
    data["undeclared_terms"] = terms.undeclared_terms(texts, content.personal_items, dictionary())
    return evaluate.evaluate(active_rules(), data)


def open_required(findings: Iterable[evaluate.Finding]) -> list[evaluate.Finding]:
    return [finding for finding in findings if finding.required]


def export_content(consultation: Consultation) -> dict[str, Any]:
    content: dict[str, Any] = {name: getattr(consultation, name) for name in jsonio.SECTION_FIELDS}
    content.update(
        number=consultation.number_label,
        state=consultation.state,
        council=consultation.council.name,
        title=consultation.title,
        department=consultation.department.name,
        grounds=[g.name for g in consultation.grounds.all()],
        start_date=consultation.start_date,
        personal_items=list(consultation.personal_items or []),
        attachments=[a.title for a in consultation.attachments.all()],
    )
    return content


class ConsultationImportRefused(ServiceError):
    """The file cannot become a draft here; code names the reason, values fill the message."""

    MESSAGES = {
        "title": _("The file has no title."),
        "department": _("There is no department “%(name)s” in this municipality."),
        "grounds": _("The council has no ground named %(names)s."),
        "invalid": _("The field “%(field)s” is too long or not valid."),
    }

    def __init__(self, code: str, **values: str) -> None:
        self.code = code
        self.values = values
        super().__init__(code, values)

    @property
    def message(self) -> str:
        return str(self.MESSAGES[self.code] % self.values)


@transaction.atomic
def import_consultation(
    content: jsonio.ConsultationJson, *, user: User, council: Council
) -> Consultation:
    """A new draft from a JSON file; a department files for itself whatever the file says."""
    if not content.title:
        raise ConsultationImportRefused("title")
    if user.is_department:
        department = user.department
    else:
        department = Department.objects.filter(
            municipality=council.municipality, name=content.department
        ).first()
        if department is None:
            raise ConsultationImportRefused("department", name=content.department)
    grounds = list(council.grounds.filter(name__in=content.grounds))
    missing = [name for name in content.grounds if name not in {g.name for g in grounds}]
    if missing:
        raise ConsultationImportRefused("grounds", names="、".join(missing))
    consultation = Consultation(
        council=council,
        department=department,
        title=content.title,
        created_by=user,
        start_date=content.start_date,
        personal_items=content.personal_items,
        **content.sections,
    )
    try:
        # Lengths are checked here: PostgreSQL would refuse an over-long value anyway.
        consultation.full_clean()
    except ValidationError as exc:
        raise ConsultationImportRefused("invalid", field=next(iter(exc.message_dict))) from None
    consultation.save()
    consultation.grounds.set(grounds)
    return consultation
