"""Meetings: when and where, who attended, and the ordered agenda."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Council, Member
from shingikai.lib import wareki
from shingikai.meetings import quorum


@dataclass(frozen=True)
class QuorumStatus:
    in_office: int
    present: int
    required: int

    @property
    def met(self) -> bool:
        return self.in_office > 0 and self.present >= self.required


class Meeting(models.Model):
    council = models.ForeignKey(
        Council, on_delete=models.PROTECT, related_name="meetings", verbose_name=_("council")
    )
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year"))
    number = models.PositiveSmallIntegerField(_("number in the fiscal year"))
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200)
    public_attendance = models.BooleanField(_("open to the public"), default=True)
    closed_reason = models.TextField(_("reason the meeting is closed"), blank=True)
    observers = models.PositiveSmallIntegerField(_("number of observers"), default=0)
    contact = models.CharField(_("contact"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-date", "-start_time"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "fiscal_year", "number"], name="unique_meeting_number"
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.pk])

    @property
    def title(self) -> str:
        return f"{wareki.format_fiscal_year(self.fiscal_year)}第{self.number}回"

    def clean(self) -> None:
        errors = {}
        if self.end_time and self.start_time and self.end_time <= self.start_time:
            errors["end_time"] = _("The end time must be after the start time.")
        if not self.public_attendance and not self.closed_reason.strip():
            errors["closed_reason"] = _("Give the reason why the public may not attend.")
        if errors:
            raise ValidationError(errors)

    def quorum_status(self) -> QuorumStatus:
        in_office = self.council.members_in_office(self.date)
        present = self.attendances.filter(present=True, member__in=in_office).count()
        count = in_office.count()
        return QuorumStatus(
            in_office=count,
            present=present,
            required=quorum.required_present(self.council.quorum_rule, count) if count else 0,
        )

    def previous(self) -> Meeting | None:
        return (
            Meeting.objects.filter(council=self.council, date__lt=self.date)
            .order_by("-date", "-start_time")
            .first()
        )


class Attendance(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="attendances", verbose_name=_("meeting")
    )
    member = models.ForeignKey(Member, on_delete=models.PROTECT, verbose_name=_("member"))
    present = models.BooleanField(_("present"), default=False)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="unique_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.member} ({'present' if self.present else 'absent'})"


class StaffAttendance(models.Model):
    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("secretariat")
        EXPLAINER = "explainer", _("department staff explaining")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="staff", verbose_name=_("meeting")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    name = models.CharField(_("name"), max_length=100)
    position = models.CharField(_("position"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("staff attendance")
        verbose_name_plural = _("staff attendances")
        ordering = ["kind", "pk"]

    def __str__(self) -> str:
        return f"{self.position} {self.name}".strip()


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        CONSULTATION = "consultation", _("consultation")
        REPORT = "report", _("report")
        CONFIRMATION = "confirmation", _("confirmation of earlier minutes")
        OTHER = "other", _("other")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="items", verbose_name=_("meeting")
    )
    order = models.PositiveSmallIntegerField(_("order"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    title = models.CharField(_("title"), max_length=300, blank=True)
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="agenda_items",
        verbose_name=_("consultation"),
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")
        ordering = ["meeting", "order"]

    def __str__(self) -> str:
        return self.display_title

    @property
    def display_title(self) -> str:
        if self.consultation_id:
            return str(self.consultation)
        return self.title
