from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.registers"
    verbose_name = _("Registers of personal-information operations")
