from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.search"
    verbose_name = _("Precedent search")

    def ready(self) -> None:
        from shingikai.search import _signals

        _signals.connect()
