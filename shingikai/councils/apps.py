from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _seed(sender, **kwargs) -> None:
    from shingikai.councils.seed import seed_section_sets

    seed_section_sets()


class Config(AppConfig):
    name = "shingikai.councils"
    verbose_name = _("Councils and reference data")

    def ready(self) -> None:
        # Reference data through an idempotent seed rather than a data migration, so old
        # migrations never depend on today's code.
        post_migrate.connect(_seed, sender=self, dispatch_uid="councils.seed")
