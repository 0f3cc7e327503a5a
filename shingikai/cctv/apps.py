from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.cctv"
    verbose_name = _("CCTV and police requests")
