from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.publication"
    verbose_name = _("Publication and redaction")

    def ready(self) -> None:
        from shingikai.publication import guard

        guard.connect()
