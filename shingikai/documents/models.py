"""The editable minutes (会議録) of a meeting held in the system."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Council, Member
from shingikai.lib.history import HistoryRow
from shingikai.meetings.models import Meeting


class MeetingMinutes(models.Model):
    """The proceedings text of one meeting, first drafted from the recorded utterances.

    Kept as one text the secretariat edits freely, like the Word file it replaces; the
    header table (date, attendance, agenda) is always built from the meeting itself.
    """

    class State(models.TextChoices):
        DRAFT = "draft", _("draft (案)")
        SENT = "sent", _("sent to the members for checking")
        CONFIRMED = "confirmed", _("confirmed at a later meeting")
        SIGNED = "signed", _("signed")

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
    state = models.CharField(_("state"), max_length=20, choices=State, default=State.DRAFT)
    sent_at = models.DateTimeField(_("sent to the members at"), null=True, blank=True)
    confirmed_at = models.ForeignKey(
        Meeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="minutes_confirmed_here",
        verbose_name=_("confirmed at"),
    )

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self) -> str:
        return str(self.meeting)


class MinutesSettings(models.Model):
    """How a council keeps its minutes: signatories, names in public, the usual style."""

    council = models.OneToOneField(
        Council,
        on_delete=models.CASCADE,
        related_name="minutes_settings",
        verbose_name=_("council"),
    )
    uses_signers = models.BooleanField(
        _("minutes are signed by designated members (署名委員)"), default=False
    )
    names_members = models.BooleanField(
        _("published minutes name the members"),
        default=True,
        help_text=_("Off: the published minutes show 「委員」 instead of each member's name."),
    )
    default_style = models.CharField(
        _("usual style"),
        max_length=10,
        choices=MeetingMinutes.Style,
        default=MeetingMinutes.Style.SUMMARY,
    )

    class Meta:
        verbose_name = _("minutes settings")
        verbose_name_plural = _("minutes settings")

    def __str__(self) -> str:
        return str(self.council)

    @classmethod
    def of(cls, council: Council) -> MinutesSettings:
        """The council's settings, or the defaults when it has none saved."""
        found = cls.objects.filter(council=council).first()
        return found or cls(council=council)


class MinutesSigner(models.Model):
    """A member designated to sign these minutes (会議録署名委員), and when they signed."""

    minutes = models.ForeignKey(
        MeetingMinutes, on_delete=models.CASCADE, related_name="signers", verbose_name=_("minutes")
    )
    member = models.ForeignKey(Member, on_delete=models.PROTECT, verbose_name=_("member"))
    signed_on = models.DateField(_("signed on"), null=True, blank=True)

    class Meta:
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["minutes", "member"], name="unique_minutes_signer")
        ]

    def __str__(self) -> str:
        return self.member.name


class MinutesChange(HistoryRow):
    """History of the minutes: every state change and every edit, who and when, before/after."""

    minutes = models.ForeignKey(
        MeetingMinutes, on_delete=models.CASCADE, related_name="history", verbose_name=_("minutes")
    )
    STATES = MeetingMinutes.State

    class Meta(HistoryRow.Meta):
        verbose_name = _("change to the minutes")
        verbose_name_plural = _("changes to the minutes")
