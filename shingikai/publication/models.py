"""What the public may read: withheld spans (黒塗り) and the meetings published."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from shingikai.lib.history import HistoryRow
from shingikai.meetings.models import Meeting


class Redaction(models.Model):
    """A span of one text field withheld from every public output, and why."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, verbose_name=_("kind of object")
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    field = models.CharField(_("field"), max_length=50)
    # The meeting whose page the part was marked on: its snippet is then withheld from every
    # public text of that meeting and its consultations, wherever it occurs.
    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="redactions",
        verbose_name=_("meeting"),
    )
    start = models.PositiveIntegerField(_("start"))
    end = models.PositiveIntegerField(_("end"))
    # The withheld text as marked: found again if the offsets no longer fit after an edit.
    snippet = models.TextField(_("withheld text"))
    ground = models.CharField(
        _("ground for non-disclosure"),
        max_length=200,
        help_text=_("The article of the disclosure ordinance, e.g. 情報公開条例第7条第2号."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("marked by"),
    )
    created_at = models.DateTimeField(_("marked at"), auto_now_add=True)

    class Meta:
        verbose_name = _("redaction")
        verbose_name_plural = _("redactions")
        ordering = ["content_type", "object_id", "field", "start"]
        indexes = [models.Index(fields=["content_type", "object_id", "field"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="redaction_not_empty"
            )
        ]

    def __str__(self) -> str:
        return f"{self.field}[{self.start}:{self.end}] {self.ground}"


class Publication(models.Model):
    """A meeting the public may read: its minutes and answers, redacted. Absent = unpublished."""

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="publication", verbose_name=_("meeting")
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("published by"),
    )
    # Chosen on publishing (default: none): the 諮問書 holds security measures and network
    # details that the minutes do not need to reveal.
    consultations = models.ManyToManyField(
        "consultations.Consultation",
        blank=True,
        related_name="+",
        verbose_name=_("consultation documents (諮問書) published"),
    )
    attachments = models.ManyToManyField(
        "consultations.Attachment",
        blank=True,
        related_name="+",
        verbose_name=_("attachments published"),
    )

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")
        ordering = ["-meeting__date"]

    def __str__(self) -> str:
        return str(self.meeting)


class PublicationEvent(HistoryRow):
    """History: who published or withdrew a meeting, or lifted a redaction, when and why."""

    class Action(models.TextChoices):
        PUBLISHED = "published", _("published")
        WITHDRAWN = "withdrawn", _("withdrawn from the public")
        REDACTION_REMOVED = "redaction_removed", _("redaction removed")

    meeting = models.ForeignKey(
        Meeting,
        on_delete=models.CASCADE,
        related_name="publication_events",
        verbose_name=_("meeting"),
    )
    # The one history table whose action is always set: it has no states, only actions.
    action = models.CharField(_("action"), max_length=20, choices=Action)

    ACTIONS = Action

    class Meta(HistoryRow.Meta):
        verbose_name = _("publication event")
        verbose_name_plural = _("publication events")
