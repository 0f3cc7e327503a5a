from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.pia"
    verbose_name = _("My Number impact assessments")
