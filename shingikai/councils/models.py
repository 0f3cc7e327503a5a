"""Reference data the secretariat keeps in the admin: who the council is and how it works."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from shingikai.councils import vocabulary


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    prefecture = models.CharField(_("prefecture"), max_length=20, blank=True)
    code = models.CharField(_("local government code"), max_length=6, blank=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="departments",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["municipality", "name"], name="unique_department")
        ]

    def __str__(self) -> str:
        return self.name


class Council(models.Model):
    class QuorumRule(models.TextChoices):
        HALF_OR_MORE = "half_or_more", _("at least half of members in office")
        MAJORITY = "majority", _("a majority of members in office")

    class NumberingScheme(models.TextChoices):
        RUNNING = vocabulary.RUNNING, _("running number (諮問第N号)")
        PER_FISCAL_YEAR = vocabulary.PER_FISCAL_YEAR, _("per fiscal year (令和N年度諮問第M号)")
        PER_MEETING_KANA = vocabulary.PER_MEETING_KANA, _("per meeting (ア, イ, ウ …)")
        PER_MEETING_NUMBER = vocabulary.PER_MEETING_NUMBER, _("per meeting ((1), (2) …)")
        TYPED = vocabulary.TYPED, _("typed by the secretariat")

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="councils",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("name"), max_length=200)
    secretariat = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("secretariat section"),
    )
    quorum_rule = models.CharField(
        _("quorum rule"), max_length=20, choices=QuorumRule, default=QuorumRule.HALF_OR_MORE
    )
    numbering_scheme = models.CharField(
        _("consultation numbering"),
        max_length=20,
        choices=NumberingScheme,
        default=NumberingScheme.RUNNING,
    )
    # Where a council continues an older series (足立区 was at 諮問第480号 in 2022).
    numbering_start = models.PositiveIntegerField(
        _("first number of the series"),
        default=1,
        help_text=_("Numbering continues from here when the system is introduced."),
    )
    deputy_title = models.CharField(
        _("title of the deputy chair"),
        max_length=50,
        default=vocabulary.DEFAULT_DEPUTY_TITLE,
        help_text=_("e.g. 副会長, 会長職務代理者"),
    )
    outcomes = models.JSONField(
        _("outcomes and their wording in the answer"),
        default=dict,
        blank=True,
        help_text=_(
            'e.g. {"approved": {"label": "承認", "answer": "承認する。"}}; only the outcomes '
            "listed are offered. Empty: the standard list."
        ),
    )
    answer_number_format = models.CharField(
        _("document number of the answer"),
        max_length=100,
        blank=True,
        help_text=_(
            "e.g. {year}総総第{number}号 ({year}: year of the era, "
            "{number}: the consultation's number)"
        ),
    )
    answer_intro = models.CharField(
        _("first sentence of the answer"),
        max_length=300,
        blank=True,
        help_text=_("With {date}, {number} and {title}. Empty: the standard sentence."),
    )

    class Meta:
        verbose_name = _("council")
        verbose_name_plural = _("councils")
        ordering = ["municipality__name", "name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from shingikai.consultations.models import Outcome

        try:
            vocabulary.validate_outcomes(self.outcomes, set(Outcome.values))
        except vocabulary.VocabularyError as exc:
            raise ValidationError(
                {"outcomes": _("The outcomes are not valid: %(error)s") % {"error": exc}}
            ) from None

    def members_in_office(self, on: datetime.date) -> models.QuerySet[Member]:
        return Member.objects.in_office(on).filter(term__council=self)


class SectionSet(models.Model):
    """The sections a 諮問書 on a ground needs (consultations/schema.py names the sections).

    Shipped sets are seeded from consultations/data/section_sets.json; the secretariat edits
    them and adds its own in the admin.
    """

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=100)
    sections = models.JSONField(
        _("sections"),
        help_text=_(
            'A list of sections, e.g. ["outline", "purpose", {"section": "handling", '
            '"fields": ["retention_period"], "heading": "保存期間"}].'
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("section set")
        verbose_name_plural = _("section sets")
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from shingikai.consultations import schema

        try:
            schema.parse_parts(self.sections)
        except schema.SchemaError as exc:
            raise ValidationError(
                {"sections": _("The sections are not valid: %(error)s") % {"error": exc}}
            ) from None


class Ground(models.Model):
    """A ground on which the council is consulted, with the ordinance article behind it."""

    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="grounds", verbose_name=_("council")
    )
    name = models.CharField(_("name"), max_length=100)
    article = models.CharField(_("article"), max_length=100, blank=True)
    article_text = models.TextField(_("article text"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    section_set = models.ForeignKey(
        SectionSet,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="grounds",
        verbose_name=_("sections of the 諮問書"),
        help_text=_("Empty: the sections of an outsourcing consultation."),
    )

    class Meta:
        verbose_name = _("ground")
        verbose_name_plural = _("grounds")
        ordering = ["council", "order", "name"]

    def __str__(self) -> str:
        return f"{self.name}（{self.article}）" if self.article else self.name


class NecessityCase(models.Model):
    """A case in which the ordinance lets the council be consulted because its view is
    especially necessary (法第129条 「特に必要な場合」), as the ordinance words it."""

    council = models.ForeignKey(
        Council,
        on_delete=models.CASCADE,
        related_name="necessity_cases",
        verbose_name=_("council"),
    )
    article = models.CharField(_("article"), max_length=100, blank=True)
    text = models.TextField(_("case as the ordinance words it"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("case requiring the council (法第129条)")
        verbose_name_plural = _("cases requiring the council (法第129条)")
        ordering = ["council", "order", "pk"]

    def __str__(self) -> str:
        # The 諮問書 keeps this text, so a later edit of the list does not rewrite it.
        return f"{self.article} {self.text}".strip()


class Term(models.Model):
    council = models.ForeignKey(
        Council, on_delete=models.CASCADE, related_name="terms", verbose_name=_("council")
    )
    name = models.CharField(_("name"), max_length=50, help_text=_("e.g. 第十三期"))
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["council", "-start"]

    def __str__(self) -> str:
        return f"{self.council} {self.name}"


class Person(models.Model):
    """One person across terms and councils: re-appointments, long service and concurrent seats
    (兼職) are counted per person, not per appointment."""

    class Gender(models.TextChoices):
        FEMALE = "female", _("female")
        MALE = "male", _("male")
        UNSPECIFIED = "unspecified", _("not stated")

    name = models.CharField(_("name"), max_length=100)
    kana = models.CharField(_("name in kana"), max_length=100, blank=True)
    gender = models.CharField(
        _("gender"), max_length=12, choices=Gender, default=Gender.UNSPECIFIED
    )
    address = models.CharField(
        _("address for letters"),
        max_length=200,
        blank=True,
        help_text=_("Where the appointment letter and notices are sent."),
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["kana", "name"]

    def __str__(self) -> str:
        return self.name


class FeeRule(models.Model):
    """How a council pays its members (委員報酬 and 費用弁償), as its ordinance says."""

    class OnlineRule(models.TextChoices):
        SAME = "same", _("the same fee as in person")
        HALF = "half", _("half the fee")
        NONE = "none", _("no fee")

    class TravelRule(models.TextChoices):
        NONE = "none", _("no travel allowance")
        FIXED = "fixed", _("a fixed amount per meeting attended in person")
        PER_MEMBER = "per_member", _("each member's own amount per meeting attended in person")

    council = models.OneToOneField(
        Council, on_delete=models.CASCADE, related_name="fee_rule", verbose_name=_("council")
    )
    daily_fee = models.PositiveIntegerField(_("fee per day (日額, yen)"))
    half_day_fee = models.PositiveIntegerField(
        _("fee per half day (半日額, yen)"),
        null=True,
        blank=True,
        help_text=_("Leave empty where the ordinance pays the day fee for any attendance."),
    )
    half_day_max_minutes = models.PositiveSmallIntegerField(
        _("longest attendance paid as a half day (minutes)"), default=240
    )
    online_rule = models.CharField(
        _("online attendance"), max_length=10, choices=OnlineRule, default=OnlineRule.SAME
    )
    travel_rule = models.CharField(
        _("travel allowance (費用弁償)"),
        max_length=12,
        choices=TravelRule,
        default=TravelRule.NONE,
    )
    travel_amount = models.PositiveIntegerField(_("fixed travel amount (yen)"), default=0)

    class Meta:
        verbose_name = _("fee rule")
        verbose_name_plural = _("fee rules")

    def __str__(self) -> str:
        return f"{self.council}"


class MemberQuerySet(models.QuerySet):
    def in_office(self, on: datetime.date) -> MemberQuerySet:
        return self.filter(
            term__start__lte=on,
            term__end__gte=on,
        ).filter(Q(start__isnull=True) | Q(start__lte=on), Q(end__isnull=True) | Q(end__gte=on))


class Member(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", _("chair (会長)")
        DEPUTY = "deputy", _("deputy chair (会長職務代理・副会長)")
        MEMBER = "member", _("member (委員)")

    class Category(models.TextChoices):
        SCHOLAR = "scholar", _("academic expert (学識経験者)")
        LAWYER = "lawyer", _("lawyer (弁護士)")
        CITIZEN = "citizen", _("citizen by open call (公募市民)")
        ASSEMBLY = "assembly", _("assembly member (議員)")
        ORGANISATION = "organisation", _("representative of an organisation (関係団体)")
        OTHER = "other", _("other")

    term = models.ForeignKey(
        Term, on_delete=models.CASCADE, related_name="members", verbose_name=_("term")
    )
    # An appointment (委嘱) of a person for a term; `start`/`end` narrow it for a member who
    # joins as a replacement or resigns mid-term.
    person = models.ForeignKey(
        Person,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appointments",
        verbose_name=_("person"),
    )
    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(_("role"), max_length=10, choices=Role, default=Role.MEMBER)
    category = models.CharField(
        _("appointment category"), max_length=12, choices=Category, default=Category.OTHER
    )
    replaces = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaced_by",
        verbose_name=_("replaces"),
        help_text=_("The member this one succeeds mid-term (補欠)."),
    )
    resignation_reason = models.CharField(_("reason for leaving early"), max_length=200, blank=True)
    fee_declined = models.BooleanField(
        _("declines fees (辞退)"),
        default=False,
        help_text=_("Recorded on the member's written declaration; no fee is computed."),
    )
    travel_amount = models.PositiveIntegerField(
        _("own travel amount (yen)"),
        default=0,
        help_text=_("Used where the council pays each member's own travel amount."),
    )
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    start = models.DateField(_("start"), null=True, blank=True)
    end = models.DateField(_("end"), null=True, blank=True)
    user = models.ForeignKey(
        "accounts.User",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("user account"),
    )

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["term", "role", "name"]

    def __str__(self) -> str:
        return self.name
