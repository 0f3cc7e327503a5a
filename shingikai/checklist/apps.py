from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _seed(sender, **kwargs) -> None:
    from shingikai.checklist.defaults import install_defaults

    install_defaults()


class Config(AppConfig):
    name = "shingikai.checklist"
    verbose_name = _("Review checklist")

    def ready(self) -> None:
        # Rules shipped after the first install (and rules a flush removed) come back here;
        # existing rows, edited or not, are only updated as defaults.py describes.
        post_migrate.connect(_seed, sender=self, dispatch_uid="checklist.seed")
