from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.audit"
    verbose_name = _("Audit log")

    def ready(self) -> None:
        from shingikai.audit import receivers  # noqa: F401  (connects the login signals)
