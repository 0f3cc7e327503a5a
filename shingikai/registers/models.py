"""The register of personal-information operations (個人情報ファイル簿) and its notifications.

An entry only changes through an accepted notification (開始 / 変更 / 廃止) or an Excel import,
so the notifications are the entry's history: each keeps the values it proposed and, once
accepted, the values they replaced.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from shingikai.councils.models import Department, Municipality


class Recording(models.TextChoices):
    ELECTRONIC = "electronic", _("electronic (computer processing)")
    PAPER = "paper", _("paper (manual processing)")
    BOTH = "both", _("electronic and paper")


# The values a start or change notification proposes, in the order forms and reports show them.
VALUE_FIELDS = (
    "number",
    "name",
    "purpose",
    "data_subjects",
    "items",
    "source",
    "sensitive",
    "recording",
    "outsourced",
    "external_provision",
    "request_office",
    "special_procedures",
    "anonymised_proposal",
    "remarks",
)
# What the file register must publish, in the order of 個人情報保護法第75条 and 施行令第21条
# (the standard 個人情報ファイル簿 form): no internal notes, no outsourcing.
PUBLIC_FIELDS = (
    "number",
    "name",
    "department",
    "purpose",
    "items",
    "data_subjects",
    "source",
    "sensitive",
    "external_provision",
    "request_office",
    "special_procedures",
    "recording",
    "anonymised_proposal",
    "start_date",
    "remarks",
)


class Operation(models.Model):
    """One entry of the register: a personal-information file and the work it serves."""

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("in force")
        ABOLISHED = "abolished", pgettext_lazy("registers", "abolished")

    class Origin(models.TextChoices):
        NOTIFICATION = "notification", _("start notification")
        IMPORT = "import", _("Excel import")

    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="operations",
        verbose_name=_("department"),
    )
    number = models.CharField(_("register number"), max_length=30, blank=True)
    name = models.CharField(_("name of the file or operation"), max_length=200)
    purpose = models.TextField(_("purpose of use"))
    data_subjects = models.TextField(_("persons recorded"), blank=True)
    items = models.JSONField(_("recorded items"), default=list, blank=True)
    source = models.TextField(_("how the information is collected"), blank=True)
    sensitive = models.BooleanField(_("contains special-care personal information"), default=False)
    recording = models.CharField(
        _("electronic or paper"),
        max_length=20,
        choices=Recording,
        default=Recording.ELECTRONIC,
    )
    outsourced = models.BooleanField(pgettext_lazy("registers", "outsourced"), default=False)
    external_provision = models.TextField(_("regular external provision"), blank=True)
    # The statutory rest of the file register (令第21条).
    request_office = models.TextField(
        _("office receiving disclosure, correction and suspension requests"), blank=True
    )
    special_procedures = models.TextField(
        _("special procedures for correction or suspension under other laws"), blank=True
    )
    anonymised_proposal = models.BooleanField(
        _("proposals for anonymised information are invited"), default=False
    )
    remarks = models.TextField(pgettext_lazy("registers", "remarks"), blank=True)
    # The decided consultation this entry records (registers filled from decisions).
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="register_entries",
        verbose_name=_("consultation"),
    )
    start_date = models.DateField(_("start date"))
    status = models.CharField(
        pgettext_lazy("registers", "status"), max_length=20, choices=Status, default=Status.IN_FORCE
    )
    abolished_on = models.DateField(_("abolished on"), null=True, blank=True)
    internal_note = models.TextField(
        _("internal note"),
        blank=True,
        help_text=_("For the secretariat only; never shown on the public register."),
    )
    origin = models.CharField(
        _("entered by"),
        max_length=20,
        choices=Origin,
        default=Origin.NOTIFICATION,
    )
    import_batch = models.ForeignKey(
        "ImportBatch",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="operations",
        verbose_name=pgettext_lazy("registers", "import"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")
        ordering = ["department__name", "number", "name"]
        indexes = [models.Index(fields=["start_date", "abolished_on"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("registers:operation", args=[self.pk])

    @property
    def municipality_id(self) -> int:
        return self.department.municipality_id

    def values(self) -> dict:
        """The notifiable values as JSON-ready data, for a notification's snapshot."""
        return {name: getattr(self, name) for name in VALUE_FIELDS}


class Notification(models.Model):
    """A department's notification of start, change or abolition; accepted by the secretariat."""

    class Kind(models.TextChoices):
        START = "start", pgettext_lazy("registers", "start")
        CHANGE = "change", pgettext_lazy("registers", "change")
        ABOLITION = "abolition", pgettext_lazy("registers", "abolition")

    class Status(models.TextChoices):
        FILED = "filed", pgettext_lazy("registers", "filed")
        ACCEPTED = "accepted", pgettext_lazy("registers", "accepted")
        RETURNED = "returned", pgettext_lazy("registers", "returned")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    status = models.CharField(
        pgettext_lazy("registers", "status"), max_length=20, choices=Status, default=Status.FILED
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="register_notifications",
        verbose_name=_("department"),
    )
    # Empty for a start notification until it is accepted and the entry exists.
    operation = models.ForeignKey(
        Operation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("register entry"),
    )
    effective_on = models.DateField(_("date of the start, change or abolition"))
    reason = models.TextField(_("reason"))
    proposed = models.JSONField(_("proposed values"), default=dict, blank=True)
    previous = models.JSONField(_("values before acceptance"), default=dict, blank=True)
    filed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("filed by"),
    )
    filed_at = models.DateTimeField(_("filed at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted or returned by"),
    )
    decided_at = models.DateTimeField(_("accepted or returned at"), null=True, blank=True)
    decision_note = models.TextField(_("note of the secretariat"), blank=True)

    class Meta:
        verbose_name = pgettext_lazy("registers", "notification")
        verbose_name_plural = pgettext_lazy("registers", "notifications")
        ordering = ["-filed_at", "-pk"]
        indexes = [models.Index(fields=["status", "kind", "effective_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("registers:notification", args=[self.pk])

    @property
    def title(self) -> str:
        if self.operation_id:
            return self.operation.name
        return self.proposed.get("name", "")

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for each value a change notification alters."""
        if self.kind != self.Kind.CHANGE:
            return []
        before = self.previous or (self.operation.values() if self.operation_id else {})
        return [
            (name, before.get(name), self.proposed[name])
            for name in VALUE_FIELDS
            if name in self.proposed and before.get(name) != self.proposed[name]
        ]


class ImportBatch(models.Model):
    """An uploaded register sheet waiting for its column mapping; kept afterwards as history."""

    class Status(models.TextChoices):
        UPLOADED = "uploaded", _("uploaded, not imported")
        IMPORTED = "imported", pgettext_lazy("registers", "imported")
        DISCARDED = "discarded", pgettext_lazy("registers", "discarded")

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="register_imports",
        verbose_name=_("municipality"),
    )
    filename = models.CharField(_("file name"), max_length=255)
    # Kept in the database until the import is done, so an unfinished upload never becomes
    # a stray file on disk; cleared once imported or discarded.
    data = models.BinaryField(_("file contents"), blank=True)
    mapping = models.JSONField(_("column mapping"), default=dict, blank=True)
    status = models.CharField(
        pgettext_lazy("registers", "status"), max_length=20, choices=Status, default=Status.UPLOADED
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    imported_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    imported_rows = models.PositiveIntegerField(_("rows imported"), default=0)
    skipped_rows = models.PositiveIntegerField(_("rows skipped"), default=0)

    class Meta:
        verbose_name = _("register import")
        verbose_name_plural = _("register imports")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.filename

    def get_absolute_url(self) -> str:
        return reverse("registers:import_map", args=[self.pk])
