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
from shingikai.consultations import sections
from shingikai.consultations.models import Attachment, Consultation
from shingikai.councils.models import Council, Department, Ground
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


def _assessment_data(consultation: Consultation) -> dict[str, str]:
    """What the impact-assessment register says about the assessments this checks."""
    if consultation.pk is None:
        return {"assessment": "", "assessment_level": "", "comment_days": ""}
    linked = list(consultation.impact_assessments.all())
    days = [a.comment_days for a in linked if a.comment_days is not None]
    return {
        "assessment": "、".join(f"{a.affair}（{a.get_level_display()}）" for a in linked),
        "assessment_level": " ".join(a.level for a in linked),
        "comment_days": str(min(days)) if days else "",
    }


def scope_of(layout: sections.Layout) -> evaluate.Scope:
    return evaluate.Scope(frozenset(layout.codes), layout.fields)


def check_data(
    consultation: Consultation,
    *,
    grounds: Iterable[str] | None = None,
    texts: Iterable[str] | None = None,
    layout: sections.Layout | None = None,
) -> dict[str, Any]:
    """The values rules see; grounds and attachment texts default to the saved ones."""
    data: dict[str, Any] = {name: getattr(consultation, name) for name in evaluate.TEXT_FIELDS}
    data["personal_items"] = list(consultation.personal_items or [])
    start = consultation.start_date
    data["start_date"] = start.isoformat() if start else ""
    if grounds is None:
        grounds = [g.name for g in consultation.grounds.all()] if consultation.pk else []
    data["grounds"] = list(grounds)
    layout = layout or sections.layout_for(consultation)
    data["section_sets"] = list(layout.codes)
    data.update(_assessment_data(consultation))
    if texts is None:
        texts = attachment_texts(consultation)
    data["undeclared_terms"] = terms.undeclared_terms(texts, data["personal_items"], dictionary())
    return data


def findings_for(consultation: Consultation) -> list[evaluate.Finding]:
    layout = sections.layout_for(consultation)
    data = check_data(consultation, layout=layout)
    return evaluate.evaluate(active_rules(), data, scope_of(layout))


def findings_for_form(form, consultation: Consultation | None) -> list[evaluate.Finding]:
    """Findings for what a draft form holds now, before it is saved (the live htmx check).

    The form is validated to reach cleaned values; a field that does not validate yet keeps
    its saved value, and nothing is written.
    """
    if form.is_bound:
        form.is_valid()
    instance = form.instance
    chosen = getattr(form, "cleaned_data", {}).get("grounds")
    if chosen is None:
        chosen = list(consultation.grounds.all()) if consultation is not None else []
    layout = sections.layout_for_grounds(chosen)
    texts = attachment_texts(consultation) if consultation is not None else []
    data = check_data(instance, grounds=[g.name for g in chosen], texts=texts, layout=layout)
    return evaluate.evaluate(active_rules(), data, scope_of(layout))


def json_layout(content: jsonio.ConsultationJson) -> sections.Layout:
    """The sections a JSON file is checked against: the sets it names, else those of the
    grounds it names (in any council of the installation), else the outsourcing set."""
    if content.section_sets:
        unknown = [c for c in content.section_sets if c not in sections.known_codes()]
        if unknown:
            raise jsonio.JsonError("section_set", "section_sets", ", ".join(unknown))
        return sections.layout_for_codes(content.section_sets)
    if content.grounds:
        grounds = Ground.objects.filter(name__in=content.grounds).select_related("section_set")
        by_name = {g.name: g for g in grounds}
        return sections.layout_for_grounds(by_name[n] for n in content.grounds if n in by_name)
    return sections.layout_for_grounds([])


def findings_for_json(
    content: jsonio.ConsultationJson, texts: Iterable[str] = ()
) -> list[evaluate.Finding]:
    layout = json_layout(content)
    data = content.check_data()
    data["section_sets"] = list(layout.codes)
    data.update(assessment="", assessment_level="", comment_days="")
    data["undeclared_terms"] = terms.undeclared_terms(texts, content.personal_items, dictionary())
    return evaluate.evaluate(active_rules(), data, scope_of(layout))


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
        section_sets=list(sections.layout_for(consultation).codes),
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
    if content.section_sets:
        json_layout(content)  # an unknown code is refused like any other bad value
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
