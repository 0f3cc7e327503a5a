"""Imported minutes: past meetings of any council, stored as precedents.

Kept apart from the native meetings and consultations: an imported meeting belongs to a
council that may not use Shingikai at all, and its data is what the minutes say, not what
this system enforced.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from shingikai.consultations.models import Outcome, Utterance
from shingikai.councils.models import Municipality
from shingikai.lib.history import HistoryRow
from shingikai.meetings.models import AgendaItem

# Imported minutes use the native vocabularies, plus "unknown" where the minutes do not say.
UNKNOWN = ("unknown", _("unknown"))
OUTCOMES = [*Outcome.choices, UNKNOWN]
ROLES = [*Utterance.Role.choices, UNKNOWN]


class SourceFile(models.Model):
    """One imported file. Its hash makes imports idempotent."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="minutes_sources",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("file name"), max_length=255)
    content_hash = models.CharField(_("SHA-256 of the file"), max_length=64, unique=True)
    file_type = models.CharField(_("file type"), max_length=10)
    size = models.PositiveIntegerField(_("size in bytes"))
    text = models.TextField(_("full text"))
    warnings = models.JSONField(_("warnings"), default=list, blank=True)
    parsed = models.JSONField(_("parsed minutes"), default=dict)
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("imported by"),
    )

    class Meta:
        verbose_name = _("imported file")
        verbose_name_plural = _("imported files")
        ordering = ["-imported_at"]

    def __str__(self) -> str:
        return self.name


class ImportedMeeting(models.Model):
    source = models.OneToOneField(
        SourceFile, on_delete=models.CASCADE, related_name="meeting", verbose_name=_("source")
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="imported_meetings",
        verbose_name=_("municipality"),
    )
    council_name = models.CharField(_("council"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    public_attendance = models.BooleanField(_("open to the public"), null=True)
    members_present = models.JSONField(_("members present"), default=list, blank=True)
    members_absent = models.JSONField(_("members absent"), default=list, blank=True)
    # What identifies "the same meeting" when a corrected file replaces an earlier one.
    identity = models.CharField(_("identity"), max_length=400, db_index=True)
    # Text the parser could not place in any item (all of it when nothing was recognised),
    # kept so that search still finds it.
    unplaced_text = models.TextField(_("unplaced text"), blank=True)
    # How many points of the parser's reading are unsure (flags, warnings, items without a
    # stated outcome) and not yet looked at: minutes imported in bulk are stored without
    # review, and this is how the secretariat finds the ones to check. 0 once reviewed or
    # corrected.
    to_check = models.PositiveSmallIntegerField(_("points to check"), default=0)

    class Meta:
        verbose_name = _("imported meeting")
        verbose_name_plural = _("imported meetings")
        ordering = ["-date", "pk"]

    def __str__(self) -> str:
        return f"{self.council_name} {self.title}".strip() or self.source.name

    def get_absolute_url(self) -> str:
        return reverse("minutes:meeting", args=[self.pk])


class ImportedItem(models.Model):
    meeting = models.ForeignKey(
        ImportedMeeting, on_delete=models.CASCADE, related_name="items", verbose_name=_("meeting")
    )
    order = models.PositiveIntegerField(_("order"))
    kind = models.CharField(_("kind"), max_length=20, choices=AgendaItem.Kind)
    number = models.CharField(_("number"), max_length=100, blank=True)
    title = models.TextField(_("title"), blank=True)
    department = models.CharField(_("department"), max_length=200, blank=True)
    grounds = models.JSONField(_("grounds"), default=list, blank=True)
    outcome = models.CharField(_("outcome"), max_length=30, choices=OUTCOMES)
    opinion = models.TextField(_("attached opinion or conditions"), blank=True)
    followups = models.JSONField(_("follow-ups"), default=list, blank=True)

    class Meta:
        verbose_name = _("imported item")
        verbose_name_plural = _("imported items")
        ordering = ["meeting", "order"]

    def __str__(self) -> str:
        return f"{self.number} {self.title}".strip()

    def get_absolute_url(self) -> str:
        return reverse("minutes:item", args=[self.pk])


class ImportedUtterance(models.Model):
    item = models.ForeignKey(
        ImportedItem, on_delete=models.CASCADE, related_name="utterances", verbose_name=_("item")
    )
    order = models.PositiveIntegerField(_("order"))
    role = models.CharField(_("role"), max_length=20, choices=ROLES)
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    act = models.CharField(_("act"), max_length=20, choices=Utterance.Act)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("imported utterance")
        verbose_name_plural = _("imported utterances")
        ordering = ["item", "order"]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:40]}"


class Correction(models.Model):
    """The secretariat's reviewed version of one file, keyed by the file's content hash.

    Importing the same bytes again applies it instead of the parser's reading, so a
    correction is never lost to a re-import.
    """

    content_hash = models.CharField(_("SHA-256 of the file"), max_length=64, unique=True)
    data = models.JSONField(_("corrected minutes"))
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("updated by"),
    )

    class Meta:
        verbose_name = _("minutes correction")
        verbose_name_plural = _("minutes corrections")

    def __str__(self) -> str:
        return self.content_hash[:12]


class MinutesChange(HistoryRow):
    """History of reviewed minutes: who changed what, when, with the before and after."""

    content_hash = models.CharField(_("SHA-256 of the file"), max_length=64, db_index=True)
    meeting = models.ForeignKey(
        ImportedMeeting,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes",
        verbose_name=_("meeting"),
    )

    class Meta(HistoryRow.Meta):
        verbose_name = _("minutes change")
        verbose_name_plural = _("minutes changes")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.content_hash[:12]} {self.at:%Y-%m-%d %H:%M}"


class Draft(models.Model):
    """An uploaded file waiting for review; nothing of it is a precedent yet."""

    name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("content"))
    content_hash = models.CharField(_("SHA-256 of the file"), max_length=64)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    parsed = models.JSONField(_("parsed minutes"))
    text = models.TextField(_("full text"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("created by"),
    )

    class Meta:
        verbose_name = _("minutes draft")
        verbose_name_plural = _("minutes drafts")

    def __str__(self) -> str:
        return self.name
