"""My Number impact assessments (特定個人情報保護評価), their threshold table and history."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.councils.models import Department
from shingikai.lib.history import HistoryRow
from shingikai.pia import threshold


class Level(models.TextChoices):
    NONE = threshold.NONE, _("not mandatory")
    BASIC = threshold.BASIC, _("basic assessment")
    BASIC_FOCUSED = threshold.BASIC_FOCUSED, _("basic and focused assessment")
    BASIC_FULL = threshold.BASIC_FULL, _("basic and full assessment")


class ThresholdRule(models.Model):
    """One row of the threshold table; the secretariat edits the table in the admin."""

    min_people = models.PositiveIntegerField(_("people in the file, from"))
    max_people = models.PositiveIntegerField(
        _("people in the file, up to"),
        null=True,
        blank=True,
        help_text=_("Included. Empty: no upper limit."),
    )
    handlers_threshold = models.PositiveIntegerField(
        _("handlers threshold"),
        default=500,
        help_text=_("This many handlers (contractors included) or more count as many."),
    )
    level_if_many_or_incident = models.CharField(
        _("level with many handlers or a serious incident"), max_length=20, choices=Level
    )
    level_otherwise = models.CharField(_("level otherwise"), max_length=20, choices=Level)

    class Meta:
        verbose_name = _("threshold rule")
        verbose_name_plural = _("threshold table")
        ordering = ["min_people"]

    def __str__(self) -> str:
        upper = "" if self.max_people is None else f"{self.max_people:,}"
        return f"{self.min_people:,}–{upper}"

    def clean(self) -> None:
        if self.max_people is not None and self.max_people < self.min_people:
            raise ValidationError({"max_people": _("The upper limit is below the lower one.")})
        others = ThresholdRule.objects.exclude(pk=self.pk)
        for other in others:
            if self.as_rule().covers(other.min_people) or other.as_rule().covers(self.min_people):
                raise ValidationError(
                    _("The range overlaps the row %(row)s.") % {"row": str(other)}
                )

    def as_rule(self) -> threshold.Rule:
        return threshold.Rule(
            self.min_people,
            self.max_people,
            self.handlers_threshold,
            self.level_if_many_or_incident,
            self.level_otherwise,
        )

    @classmethod
    def table(cls) -> list[threshold.Rule]:
        return [row.as_rule() for row in cls.objects.order_by("min_people")]

    @classmethod
    def reset_to_guideline(cls) -> None:
        """Replace the table with the national guideline's rows (an admin action)."""
        cls.objects.all().delete()
        cls.objects.bulk_create(
            cls(
                min_people=rule.min_people,
                max_people=rule.max_people,
                handlers_threshold=rule.handlers_threshold,
                level_if_many_or_incident=rule.level_if_many_or_incident,
                level_otherwise=rule.level_otherwise,
            )
            for rule in threshold.GUIDELINE
        )


class State(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLIC_COMMENT = "public_comment", _("public comment")
    THIRD_PARTY_CHECK = "third_party_check", _("third-party check")
    SUBMITTED = "submitted", _("submitted to the Commission")
    PUBLISHED = "published", pgettext_lazy("registers", "published")
    SUPERSEDED = "superseded", _("superseded by a re-assessment")


class Assessment(models.Model):
    """The assessment of one affair (事務); a re-assessment is a new row pointing back."""

    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="impact_assessments",
        verbose_name=_("department"),
    )
    affair = models.CharField(
        pgettext_lazy("registers", "affair"),
        max_length=200,
        help_text=_("e.g. 住民基本台帳に関する事務"),
    )
    people = models.PositiveIntegerField(_("people in the file"))
    handlers = models.PositiveIntegerField(_("handlers, contractors included"))
    serious_incident = models.BooleanField(_("serious incident in the past year"), default=False)
    level = models.CharField(
        pgettext_lazy("registers", "level"), max_length=20, choices=Level, editable=False
    )
    state = models.CharField(_("state"), max_length=20, choices=State, default=State.DRAFT)
    change_date = models.DateField(
        _("date the handling starts or changes"),
        null=True,
        blank=True,
        help_text=_("The assessment must be submitted before this date."),
    )
    late_reason = models.TextField(
        _("reason for assessing after the change"),
        blank=True,
        help_text=_("Only after a disaster or a similar emergency."),
    )
    comment_start = models.DateField(_("public comment from"), null=True, blank=True)
    comment_end = models.DateField(_("public comment until"), null=True, blank=True)
    comment_summary = models.TextField(
        _("comments received and how they were considered"), blank=True
    )
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="impact_assessments",
        verbose_name=_("third-party check by the council"),
    )
    submitted_on = models.DateField(_("submitted to the Commission on"), null=True, blank=True)
    published_on = models.DateField(_("published on"), null=True, blank=True)
    last_reviewed_on = models.DateField(_("last yearly review"), null=True, blank=True)
    important_change_on = models.DateField(_("date of an important change"), null=True, blank=True)
    important_change = models.TextField(_("important change"), blank=True)
    previous = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reassessment",
        verbose_name=_("assessment this one re-assesses"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("impact assessment")
        verbose_name_plural = _("impact assessments")
        ordering = ["department__name", "affair", "-created_at"]

    def __str__(self) -> str:
        return self.affair

    def get_absolute_url(self) -> str:
        return reverse("pia:detail", args=[self.pk])

    @property
    def needs_full_process(self) -> bool:
        """A full assessment needs the public comment and the council's third-party check."""
        return self.level == Level.BASIC_FULL

    @property
    def people_display(self) -> str:
        return f"{self.people:,}"  # 120,000 as the assessment documents print it

    @property
    def handlers_display(self) -> str:
        return f"{self.handlers:,}"

    @property
    def comment_days(self) -> int | None:
        if self.comment_start and self.comment_end:
            return (self.comment_end - self.comment_start).days + 1
        return None


class Event(HistoryRow):
    """One row per step or recorded fact of an assessment: the assessment's history."""

    class Kind(models.TextChoices):
        CREATED = "created", pgettext_lazy("registers", "created")
        INPUTS = "inputs", _("inputs changed")
        STATE = "state", _("state changed")
        REVIEW = "review", _("yearly review")
        IMPORTANT_CHANGE = (
            "important_change",
            _("important change recorded"),
        )
        REASSESSMENT = "reassessment", _("re-assessment started")

    assessment = models.ForeignKey(
        Assessment,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name=_("impact assessment"),
    )
    on = models.DateField(pgettext_lazy("registers", "date"), null=True, blank=True)

    STATES = State
    ACTIONS = Kind

    class Meta(HistoryRow.Meta):
        verbose_name = _("assessment event")
        verbose_name_plural = _("assessment events")
