"""Meetings: when and where, who attended, and the ordered agenda."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from shingikai.councils.models import Council, Member
from shingikai.lib import wareki
from shingikai.lib.history import HistoryRow
from shingikai.meetings import quorum


@dataclass(frozen=True)
class QuorumStatus:
    in_office: int
    present: int
    required: int

    @property
    def met(self) -> bool:
        return self.in_office > 0 and self.present >= self.required


@dataclass(frozen=True)
class QuorumChange:
    at: datetime.time
    member: str
    kind: str  # open | arrive | leave
    status: QuorumStatus


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

    def quorum_status(self, at: datetime.time | None = None) -> QuorumStatus:
        """Quorum among members who attended at all, or who were in the room at `at`."""
        in_office = self.council.members_in_office(self.date)
        attended = self.attendances.filter(present=True, member__in=in_office)
        if at is None:
            present = attended.count()
        else:
            present = sum(1 for a in attended if a.present_at(at))
        count = in_office.count()
        return QuorumStatus(
            in_office=count,
            present=present,
            required=quorum.required_present(self.council.quorum_rule, count) if count else 0,
        )

    def quorum_changes(self) -> list[QuorumChange]:
        """The quorum at the opening and again after every late arrival and early leave,
        so that the minutes can say the meeting stayed (or stopped being) quorate."""
        in_office = self.council.members_in_office(self.date)
        attended = list(
            self.attendances.filter(present=True, member__in=in_office).select_related("member")
        )
        changes = [QuorumChange(self.start_time, "", "open", self.quorum_status(self.start_time))]
        events = [(a.arrived_at, "arrive", a) for a in attended if a.arrived_at]
        events += [(a.left_at, "leave", a) for a in attended if a.left_at]
        for moment, kind, attendance in sorted(events, key=lambda e: (e[0], e[1] == "arrive")):
            status = self.quorum_status(moment)
            changes.append(QuorumChange(moment, attendance.member.name, kind, status))
        return changes

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

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("in person")
        WEB = "web", _("online (Web参加)")

    member = models.ForeignKey(Member, on_delete=models.PROTECT, verbose_name=_("member"))
    present = models.BooleanField(_("present"), default=False)
    mode = models.CharField(_("how"), max_length=10, choices=Mode, default=Mode.IN_PERSON)
    # 遅参 and 早退: empty means from the start, or to the end.
    arrived_at = models.TimeField(_("arrived late at"), null=True, blank=True)
    left_at = models.TimeField(_("left early at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "member"], name="unique_attendance")
        ]

    def __str__(self) -> str:
        return f"{self.member} ({'present' if self.present else 'absent'})"

    def present_at(self, moment: datetime.time) -> bool:
        if not self.present:
            return False
        arrived = self.arrived_at is None or self.arrived_at <= moment
        return arrived and (self.left_at is None or self.left_at > moment)


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
    # 非公開: the council may close one item while the rest of the meeting stays public;
    # a closed item is left out of every public output (portal, public minutes, search).
    # 要録(案)の確認: the earlier meeting whose minutes this item confirms.
    confirms = models.ForeignKey(
        Meeting,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="confirmation_items",
        verbose_name=_("meeting whose minutes are confirmed"),
    )
    closed = models.BooleanField(_("deliberated in closed session"), default=False)
    closed_reason = models.TextField(_("reason the item is closed"), blank=True)

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

    def clean(self) -> None:
        if self.closed and not self.closed_reason.strip():
            raise ValidationError({"closed_reason": _("Give the reason why the item is closed.")})


class MeetingChange(HistoryRow):
    """History of the meeting's record: who changed which part, when, from what to what.

    Every correction of a turn, decision, follow-up or agenda item writes one row, so a
    typo can be fixed without losing what the record said before.
    """

    class Action(models.TextChoices):
        ADD = "add", _("added")
        EDIT = "edit", _("corrected")
        DELETE = "delete", _("deleted")
        REORDER = "reorder", _("reordered")

    ACTIONS = Action
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="changes", verbose_name=_("meeting")
    )
    target_type = models.CharField(_("kind of record"), max_length=50)
    target_id = models.PositiveBigIntegerField(_("record id"), null=True)

    class Meta(HistoryRow.Meta):
        verbose_name = _("change to the meeting record")
        verbose_name_plural = _("changes to the meeting record")

    def __str__(self) -> str:
        return f"{self.target_type}:{self.target_id} {self.action}"


def material_path(instance: Material, filename: str) -> str:
    return f"materials/{instance.meeting_id}/{filename}"


class Material(models.Model):
    """A paper for the meeting (配布資料): sent in advance with its date, or handed out."""

    class Distribution(models.TextChoices):
        ADVANCE = "advance", _("sent in advance (事前送付)")
        ON_THE_DAY = "on_the_day", _("handed out at the meeting (席上配付)")

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="materials", verbose_name=_("meeting")
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=material_path, blank=True)
    distribution = models.CharField(_("distribution"), max_length=20, choices=Distribution)
    sent_on = models.DateField(_("sent on"), null=True, blank=True)
    # The compiled advance questions and answers: remade, not duplicated, when compiled again.
    compiled_questions = models.BooleanField(default=False, editable=False)
    added_by = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="+", verbose_name=_("added by")
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["distribution", "pk"]

    def __str__(self) -> str:
        return self.title


class AdvanceQuestion(models.Model):
    """事前質問: a member's question on a consultation before the meeting, and the answer."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="questions", verbose_name=_("meeting")
    )
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.CASCADE,
        related_name="advance_questions",
        verbose_name=_("consultation"),
    )
    asked_by = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="+", verbose_name=_("asked by")
    )
    asked_at = models.DateTimeField(_("asked at"), auto_now_add=True)
    text = models.TextField(_("question"))
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        "accounts.User",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    turn = models.ForeignKey(
        "consultations.Utterance",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded as turn"),
    )

    class Meta:
        verbose_name = _("advance question")
        verbose_name_plural = _("advance questions")
        ordering = ["consultation_id", "asked_at", "pk"]

    def __str__(self) -> str:
        return self.text[:40]


def report_path(instance: FollowUpReport, filename: str) -> str:
    return f"followup-reports/{instance.followup_id}/{filename}"


class FollowUpReport(models.Model):
    """The report a department files for a follow-up, before the secretariat puts it on an
    agenda (the follow-up is closed at that meeting with this report)."""

    followup = models.ForeignKey(
        "consultations.FollowUp",
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("follow-up"),
    )
    text = models.TextField(_("report"))
    attachment = models.FileField(_("attachment"), upload_to=report_path, blank=True)
    filed_by = models.ForeignKey(
        "accounts.User", on_delete=models.PROTECT, related_name="+", verbose_name=_("filed by")
    )
    filed_at = models.DateTimeField(_("filed at"), auto_now_add=True)
    agenda_item = models.ForeignKey(
        AgendaItem,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followup_reports",
        verbose_name=_("on the agenda as"),
    )

    class Meta:
        verbose_name = _("follow-up report")
        verbose_name_plural = _("follow-up reports")
        ordering = ["filed_at", "pk"]

    def __str__(self) -> str:
        return self.text[:40]
