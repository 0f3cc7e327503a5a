"""Per-person accounts with one role each; the role decides what the server allows."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    class Role(models.TextChoices):
        SECRETARIAT = "secretariat", _("secretariat")
        DEPARTMENT = "department", _("department")
        MEMBER = "member", _("council member")
        ADMIN = "admin", _("administrator")

    role = models.CharField(_("role"), max_length=20, choices=Role, default=Role.DEPARTMENT)
    department = models.ForeignKey(
        "councils.Department",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("department"),
    )
    council = models.ForeignKey(
        "councils.Council",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("council"),
        help_text=_("The council a secretariat user or member works for."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        full = f"{self.last_name} {self.first_name}".strip()
        return full or self.username

    @property
    def is_secretariat(self) -> bool:
        return self.role == self.Role.SECRETARIAT

    @property
    def is_department(self) -> bool:
        return self.role == self.Role.DEPARTMENT

    @property
    def is_member(self) -> bool:
        return self.role == self.Role.MEMBER

    @property
    def is_admin_role(self) -> bool:
        return self.role == self.Role.ADMIN or self.is_superuser
