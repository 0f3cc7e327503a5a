"""The editable minutes (会議録) of a meeting held in the system."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from shingikai.meetings.models import Meeting


class MeetingMinutes(models.Model):
    """The proceedings text of one meeting, first drafted from the recorded utterances.

    Kept as one text the secretariat edits freely, like the Word file it replaces; the
    header table (date, attendance, agenda) is always built from the meeting itself.
    """

    class Style(models.TextChoices):
        VERBATIM = "verbatim", _("verbatim (全文)")
        SUMMARY = "summary", _("summary (要点筆記)")
        RESULT = "result", _("results only (会議結果)")

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, related_name="minutes_record", verbose_name=_("meeting")
    )
    style = models.CharField(_("style"), max_length=10, choices=Style, default=Style.SUMMARY)
    proceedings = models.TextField(_("proceedings"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("updated by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self) -> str:
        return str(self.meeting)
