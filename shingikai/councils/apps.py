from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class Config(AppConfig):
    name = "shingikai.councils"
    verbose_name = _("Councils and reference data")

    def ready(self) -> None:
        from shingikai.councils.seeding import after_migrate

        # Sent once per app after migrate/flush; answering only our own makes it run once,
        # after every app's tables exist.
        post_migrate.connect(after_migrate, sender=self, dispatch_uid="shingikai-seed")
