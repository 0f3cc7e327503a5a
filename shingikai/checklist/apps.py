from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    # The shipped rules and terms are installed by checklist/seed.py through the one seed
    # registry (councils/seeding.py), after every migrate and flush.
    name = "shingikai.checklist"
    verbose_name = _("Review checklist")
