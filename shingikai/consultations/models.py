"""Consultations (諮問), their history, deliberation, decisions (答申) and follow-ups."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from shingikai.consultations import schema
from shingikai.councils import vocabulary
from shingikai.councils.models import Council, Department, Ground
from shingikai.lib import wareki
from shingikai.lib.history import HistoryRow


class State(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    ON_AGENDA = "on_agenda", _("on an agenda")
    CONTINUED = "continued", _("continued deliberation")
    DECIDED = "decided", _("decided")
    WITHDRAWN = "withdrawn", _("withdrawn")
    # The secretariat's intake found the council need not be consulted (法第129条) ...
    DECLINED = "declined", _("not requiring consultation")
    # ... and the department went on with its own internal review, recorded here.
    REVIEWED_INTERNALLY = "reviewed_internally", _("handled by internal review")


class Consultation(models.Model):
    """A department's request for the council's opinion, with the sections of a 諮問書."""

    council = models.ForeignKey(
        Council, on_delete=models.PROTECT, related_name="consultations", verbose_name=_("council")
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="consultations",
        verbose_name=_("department"),
    )
    title = models.CharField(_("title"), max_length=300)
    grounds = models.ManyToManyField(Ground, blank=True, verbose_name=_("grounds"))
    state = models.CharField(_("state"), max_length=20, choices=State, default=State.DRAFT)
    number = models.PositiveIntegerField(_("number"), null=True, blank=True, editable=False)
    number_fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year of the number"), null=True, blank=True, editable=False
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Councils that number by hand (numbering scheme "typed").
    typed_number = models.CharField(_("number as the council writes it"), max_length=50, blank=True)
    # 諮問日 as the 諮問書 is dated; empty means the day it was submitted, in Japan time.
    consulted_on = models.DateField(
        _("date of the consultation"),
        null=True,
        blank=True,
        help_text=_("Empty: the date it is submitted."),
    )

    # The secretariat's intake decision when it declines, and the department's internal
    # review after it (not sections of the 諮問書: the council never receives them).
    decline_reason = models.TextField(_("why the council need not be consulted"), blank=True)
    internal_review = models.TextField(_("result of the internal review"), blank=True)
    internal_review_on = models.DateField(_("date of the internal review"), null=True, blank=True)

    # The sections of the 諮問書 are columns added below from consultations/schema.py.

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "number_fiscal_year", "number"],
                name="unique_consultation_number",
            ),
            # A NULL fiscal year (running scheme) is distinct in SQL uniqueness, so the
            # running series gets its own constraint.
            models.UniqueConstraint(
                fields=["council", "number"],
                condition=models.Q(number_fiscal_year__isnull=True, number__isnull=False),
                name="unique_running_consultation_number",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number_label} {self.title}".strip()

    def get_absolute_url(self) -> str:
        return reverse("consultations:detail", args=[self.pk])

    @property
    def number_label(self) -> str:
        """The number as the council writes it (councils/vocabulary.py)."""
        scheme = self.council.numbering_scheme
        fiscal_year = self.number_fiscal_year
        position = None
        if scheme in vocabulary.PER_MEETING:
            position = self.meeting_position()
        return vocabulary.number_label(
            scheme,
            number=self.number,
            fiscal_year_label=wareki.format_fiscal_year(fiscal_year) if fiscal_year else "",
            position=position,
            typed=self.typed_number,
        )

    def meeting_position(self) -> int | None:
        """Its place among the consultations of the first meeting it is on (ア, イ …)."""
        item = self.agenda_items.order_by("meeting__date", "order").first()
        if item is None:
            return None
        earlier = item.meeting.items.filter(
            consultation__isnull=False, order__lt=item.order
        ).count()
        return earlier + 1

    @property
    def consultation_date(self) -> datetime.date | None:
        """諮問日: as entered, else the date of the first submission in Japan time (a
        submission at 08:30 JST is 23:30 UTC the day before)."""
        if self.consulted_on:
            return self.consulted_on
        if self.pk is None:
            return None
        change = self.history.filter(to_state=State.SUBMITTED).order_by("at", "pk").first()
        return timezone.localtime(change.at).date() if change else None

    @property
    def is_editable(self) -> bool:
        return self.state == State.DRAFT

    def latest_decision(self) -> Decision | None:
        return self.decisions.order_by("-meeting__date", "-pk").first()


def _column(field: schema.Field) -> models.Field:
    label = _(field.label)
    if field.kind == schema.DATE:
        return models.DateField(label, null=True, blank=True)
    if field.kind == schema.ITEMS:
        return models.JSONField(label, default=list, blank=True)
    if field.kind == schema.LINE:
        return models.CharField(label, max_length=field.max_length, blank=True)
    return models.TextField(label, blank=True)


# One column per field of the schema, so every section is a plain attribute that forms,
# documents, redaction and search read by name.
for _field in schema.FIELDS.values():
    Consultation.add_to_class(_field.name, _column(_field))
del _field


def attachment_path(instance: Attachment, filename: str) -> str:
    return f"attachments/{instance.consultation_id}/{filename}"


class Attachment(models.Model):
    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("consultation"),
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=attachment_path)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at"]

    def __str__(self) -> str:
        return self.title


class StateChange(HistoryRow):
    """One row per state change: who moved the consultation, when, from where to where."""

    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.CASCADE,
        related_name="history",
        verbose_name=_("consultation"),
    )

    class Action(models.TextChoices):
        # The rows that record something other than a change of state.
        ATTACH = "attach", _("attachment added")

    STATES = State
    ACTIONS = Action

    class Meta(HistoryRow.Meta):
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")


class NumberCounter(models.Model):
    """The last number given in a series; locked row by row so numbers never repeat or skip."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="+")
    # 0 stands for the running series, so that the unique constraint works on every database.
    fiscal_year = models.PositiveSmallIntegerField(default=0)
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["council", "fiscal_year"], name="unique_counter")
        ]

    def __str__(self) -> str:
        return f"{self.council_id}/{self.fiscal_year}: {self.last}"


class Utterance(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", _("chair")
        MEMBER = "member", _("member")
        DEPARTMENT = "department", _("department")
        SECRETARIAT = "secretariat", _("secretariat")

    class Act(models.TextChoices):
        QUESTION = "question", _("question")
        ANSWER = "answer", _("answer")
        OPINION = "opinion", _("opinion or request")
        OTHER = "other", _("other")

    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.CASCADE,
        related_name="utterances",
        verbose_name=_("consultation"),
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.PROTECT,
        related_name="utterances",
        verbose_name=_("meeting"),
    )
    order = models.PositiveIntegerField(_("order"))
    speaker = models.CharField(_("speaker"), max_length=100)
    role = models.CharField(_("role"), max_length=20, choices=Role)
    act = models.CharField(_("act"), max_length=20, choices=Act)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("utterance")
        verbose_name_plural = _("utterances")
        ordering = ["meeting__date", "order"]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:40]}"


class Outcome(models.TextChoices):
    APPROVED = "approved", _("approved as consulted")
    APPROVED_WITH_OPINION = "approved_with_opinion", _("approved with an attached opinion")
    CONDITIONAL = "conditional", _("approved on conditions")
    CONTINUED = "continued", _("continued deliberation")
    REJECTED = "rejected", _("rejected")


class Decision(models.Model):
    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("consultation"),
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.PROTECT,
        related_name="decisions",
        verbose_name=_("meeting"),
    )
    outcome = models.CharField(_("outcome"), max_length=30, choices=Outcome)
    opinion = models.TextField(_("attached opinion or conditions"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["meeting__date", "pk"]

    def __str__(self) -> str:
        return self.outcome_label

    @property
    def outcome_label(self) -> str:
        """The outcome in the council's own words, else the standard label."""
        entry = vocabulary.outcome_entry(self.consultation.council.outcomes, self.outcome)
        return entry.get("label") or str(self.get_outcome_display())

    @property
    def answer_wording(self) -> str:
        """What the 答申書 says: 「承認する。」, 「適当と認める。」 … as the council words it."""
        return vocabulary.answer_wording(self.consultation.council.outcomes, self.outcome)


class FollowUp(models.Model):
    class Due(models.TextChoices):
        NEXT_MEETING = "next_meeting", _("by the next meeting")
        BEFORE_MINUTES = "before_minutes", _("before the minutes are sent")
        DATE = "date", _("by a date")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        CLOSED = "closed", _("closed")

    council = models.ForeignKey(
        Council, on_delete=models.PROTECT, related_name="followups", verbose_name=_("council")
    )
    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="followups",
        verbose_name=_("consultation"),
    )
    raised_at = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.PROTECT,
        related_name="followups_raised",
        verbose_name=_("raised at"),
    )
    owner = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="followups",
        verbose_name=_("owner department"),
    )
    what = models.TextField(_("what is to be done or reported"))
    due = models.CharField(_("due"), max_length=20, choices=Due, default=Due.NEXT_MEETING)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.OPEN)
    report = models.TextField(_("closing report"), blank=True)
    closed_at = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="followups_closed",
        verbose_name=_("closed at"),
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("closed by"),
    )
    raised_by_report = models.ForeignKey(
        "Report",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="followups",
        verbose_name=_("raised on the report item"),
    )

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["raised_at__date", "pk"]

    def __str__(self) -> str:
        return self.what[:60]


class Acknowledgement(models.TextChoices):
    NOTED = "noted", _("acknowledged (了承)")
    APPROVED = "approved", _("report approved (報告承認)")
    OPINIONS = "opinions", _("acknowledged with opinions (意見あり)")


class Report(models.Model):
    """A report item (報告事項): business the council hears and acknowledges without an
    answer — a register summary, progress on an earlier consultation, a follow-up's report."""

    council = models.ForeignKey(
        Council, on_delete=models.PROTECT, related_name="reports", verbose_name=_("council")
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        on_delete=models.PROTECT,
        related_name="reports",
        verbose_name=_("meeting"),
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="reports", verbose_name=_("department")
    )
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary of the report"), blank=True)
    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("consultation it reports on"),
    )
    followup = models.OneToOneField(
        "FollowUp",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="closing_report",
        verbose_name=_("follow-up it reports on"),
    )
    acknowledgement = models.CharField(
        _("acknowledgement"), max_length=20, choices=Acknowledgement, blank=True
    )
    opinion = models.TextField(_("opinions of the council"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("report item")
        verbose_name_plural = _("report items")
        ordering = ["meeting__date", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("consultations:report", args=[self.pk])


def report_material_path(instance: ReportMaterial, filename: str) -> str:
    return f"reports/{instance.report_id}/{filename}"


class ReportMaterial(models.Model):
    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="materials", verbose_name=_("report item")
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("file"), upload_to=report_material_path)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.title


class ReportTurn(models.Model):
    """One turn of the questions and answers on a report item."""

    report = models.ForeignKey(
        Report, on_delete=models.CASCADE, related_name="turns", verbose_name=_("report item")
    )
    order = models.PositiveIntegerField(_("order"))
    speaker = models.CharField(_("speaker"), max_length=100)
    role = models.CharField(_("role"), max_length=20, choices=Utterance.Role)
    act = models.CharField(_("act"), max_length=20, choices=Utterance.Act)
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("turn")
        verbose_name_plural = _("turns")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.speaker}: {self.text[:40]}"
