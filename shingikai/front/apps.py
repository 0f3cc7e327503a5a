from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.front"
    verbose_name = _("Screens")
