"""The CCTV register (防犯カメラ) and the log of police requests for footage."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.councils.models import Department
from shingikai.lib.history import HistoryRow


class Camera(models.Model):
    """One installation: a place with one or more cameras, run by one department."""

    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="cameras",
        verbose_name=_("department"),
    )
    place = models.CharField(_("place of installation"), max_length=200)
    camera_count = models.PositiveSmallIntegerField(_("number of cameras"), default=1)
    recording_started = models.DateField(_("recording started on"))
    subjects = models.TextField(_("who and what is filmed"))
    hours = models.CharField(_("hours of recording"), max_length=100, default="24時間")
    notice_posted = models.BooleanField(_("notice of filming posted"), default=True)
    disclosure_manager = models.CharField(_("manager responsible for disclosure"), max_length=200)
    storage = models.CharField(_("where the recordings are kept"), max_length=200, blank=True)
    # Some municipalities keep the recorder's location non-public for security.
    storage_public = models.BooleanField(_("storage place may be made public"), default=False)
    retention_days = models.PositiveSmallIntegerField(
        _("retention (days)"),
        default=7,
        help_text=_("Recordings are overwritten after this many days."),
    )
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cameras",
        verbose_name=_("consultation whose cautions apply"),
    )
    removed_on = models.DateField(_("removed on"), null=True, blank=True)
    note = models.TextField(_("internal note"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("CCTV installation")
        verbose_name_plural = _("CCTV installations")
        ordering = ["department__name", "place"]

    def __str__(self) -> str:
        return self.place

    def get_absolute_url(self) -> str:
        return reverse("cctv:detail", args=[self.pk])


class CameraChange(HistoryRow):
    """One row per change of an installation's register entry, with the values it replaced."""

    class Action(models.TextChoices):
        REGISTERED = "registered", pgettext_lazy("registers", "registered")
        CHANGED = "changed", pgettext_lazy("registers", "changes")

    camera = models.ForeignKey(
        Camera,
        on_delete=models.CASCADE,
        related_name="changes",
        verbose_name=_("CCTV installation"),
    )

    ACTIONS = Action
    SUBJECT = Camera

    class Meta(HistoryRow.Meta):
        verbose_name = _("change of a CCTV installation")
        verbose_name_plural = _("changes of CCTV installations")


class RequestState(models.TextChoices):
    RECEIVED = "received", pgettext_lazy("registers", "received")
    APPROVED = "approved", pgettext_lazy("registers", "approved")
    PROVIDED = "provided", pgettext_lazy("registers", "provided")
    CONFIRMED = "confirmed", _("return or deletion confirmed")
    DECLINED = "declined", pgettext_lazy("registers", "declined")


DEFAULT_CONDITIONS = (
    "提供した映像は、当該捜査の目的以外に使用しないこと。\n"
    "捜査終了後は、速やかに返却し、又は復元できない方法により消去すること。"
)


class PoliceRequest(models.Model):
    """A police request for footage, from receipt to the confirmation of return or deletion."""

    class LegalBasis(models.TextChoices):
        INQUIRY = "inquiry", _("police inquiry (Code of Criminal Procedure art. 197(2))")
        WARRANT = "warrant", _("warrant (Code of Criminal Procedure art. 218)")
        OTHER = "other", _("other")

    class Confirmation(models.TextChoices):
        RETURNED = "returned", _("returned to the city")
        DELETED = "deleted", _("irrecoverably deleted")

    camera = models.ForeignKey(
        Camera,
        on_delete=models.PROTECT,
        related_name="police_requests",
        verbose_name=_("CCTV installation"),
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=RequestState,
        default=RequestState.RECEIVED,
    )
    received_on = models.DateField(_("received on"))
    police_station = models.CharField(_("police station"), max_length=100)
    legal_basis = models.CharField(
        _("legal basis"),
        max_length=20,
        choices=LegalBasis,
        default=LegalBasis.INQUIRY,
    )
    reference = models.CharField(_("reference of the request letter"), max_length=100, blank=True)
    requested = models.TextField(_("what was asked for"))
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    approver = models.CharField(_("approved by"), max_length=100, blank=True)
    provided_on = models.DateField(_("provided on"), null=True, blank=True)
    conditions = models.TextField(_("conditions in the cover letter"), blank=True)
    confirmation_due = models.DateField(
        _("return or deletion to be confirmed by"), null=True, blank=True
    )
    confirmed_on = models.DateField(_("confirmed on"), null=True, blank=True)
    confirmation = models.CharField(
        _("returned or deleted"),
        max_length=20,
        choices=Confirmation,
        blank=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("police request")
        verbose_name_plural = _("police requests")
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["received_on"]), models.Index(fields=["state"])]

    def __str__(self) -> str:
        return f"{self.police_station} {self.received_on:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return reverse("cctv:request", args=[self.pk])

    def is_overdue(self, today: datetime.date) -> bool:
        return bool(
            self.state == RequestState.PROVIDED
            and self.confirmation_due
            and self.confirmation_due < today
        )


class RequestStep(HistoryRow):
    """One row per step of a police request: who moved it, when, and the date it happened."""

    request = models.ForeignKey(
        PoliceRequest,
        on_delete=models.CASCADE,
        related_name="steps",
        verbose_name=_("police request"),
    )
    on = models.DateField(pgettext_lazy("registers", "date"))

    STATES = RequestState

    class Meta(HistoryRow.Meta):
        verbose_name = _("step of a police request")
        verbose_name_plural = _("steps of police requests")
