"""The review checklist as data the secretariat edits, and the term dictionary behind rule R08."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from shingikai.checklist import conditions, evaluate, terms


class Severity(models.TextChoices):
    REQUIRED = evaluate.REQUIRED, _("required")
    ADVISORY = evaluate.ADVISORY, _("advisory")


class Rule(models.Model):
    """One point councils raise again and again (DOMAIN §4), with its condition as data."""

    code = models.CharField(_("rule id"), max_length=20, unique=True)
    title = models.CharField(_("title"), max_length=100)
    grounds = models.JSONField(
        _("grounds it applies to"),
        default=list,
        blank=True,
        help_text=_(
            'Names of grounds, e.g. ["委託"]; a name matches every ground whose name '
            "contains it. Empty: every ground."
        ),
    )
    section_sets = models.JSONField(
        _("section sets it applies to"),
        default=list,
        blank=True,
        help_text=_(
            'Codes of section sets, e.g. ["purpose"]. Empty: every set. A rule is never '
            "applied to a consultation whose sections lack a field it reads."
        ),
    )
    severity = models.CharField(
        _("severity"), max_length=10, choices=Severity, default=Severity.ADVISORY
    )
    condition = models.JSONField(
        _("condition"),
        help_text=_(
            "When the condition holds, the draft has a finding. Operators: empty, filled, "
            "contains, lacks, matches, all, any, not."
        ),
    )
    message = models.TextField(
        _("message"), help_text=_("Shown to the department; {undeclared_terms} is filled in.")
    )
    precedent = models.TextField(_("precedent"), blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("checklist rule")
        verbose_name_plural = _("checklist rules")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def clean(self) -> None:
        try:
            conditions.validate(self.condition, evaluate.KNOWN_FIELDS)
        except conditions.ConditionError as exc:
            raise ValidationError(
                {"condition": _("The condition is not valid: %(error)s") % {"error": exc}}
            ) from None
        if not isinstance(self.grounds, list) or not all(isinstance(g, str) for g in self.grounds):
            raise ValidationError({"grounds": _("Give a list of ground names.")})
        sets = self.section_sets
        if not isinstance(sets, list) or not all(isinstance(c, str) for c in sets):
            raise ValidationError({"section_sets": _("Give a list of section set codes.")})

    def as_data(self) -> evaluate.RuleData:
        return evaluate.RuleData(
            code=self.code,
            title=self.title,
            severity=self.severity,
            condition=self.condition,
            message=self.message,
            precedent=self.precedent,
            grounds=tuple(self.grounds),
            section_sets=tuple(self.section_sets),
        )


class PersonalTerm(models.Model):
    """A kind of personal information and the ways documents spell it."""

    name = models.CharField(_("term"), max_length=50, unique=True)
    variants = models.JSONField(
        _("variants"),
        default=list,
        blank=True,
        help_text=_('Other spellings, e.g. ["マイナンバー"] for 個人番号.'),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("personal-information term")
        verbose_name_plural = _("personal-information terms")
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if not isinstance(self.variants, list) or not all(
            isinstance(v, str) for v in self.variants
        ):
            raise ValidationError({"variants": _("Give a list of spellings.")})

    def as_term(self) -> terms.Term:
        return terms.Term(self.name, tuple(v for v in self.variants if v.strip()))


class AttachmentText(models.Model):
    """The text of an attachment, extracted once: attachments are never changed in place."""

    attachment = models.OneToOneField(
        "consultations.Attachment",
        on_delete=models.CASCADE,
        related_name="extracted",
        verbose_name=_("attachment"),
    )
    text = models.TextField(_("text"), blank=True)
    extracted_at = models.DateTimeField(_("extracted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment text")
        verbose_name_plural = _("attachment texts")

    def __str__(self) -> str:
        return str(self.attachment)
