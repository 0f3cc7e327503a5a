from django.core.management.base import BaseCommand

from shingikai.councils.seeding import run_seeds


class Command(BaseCommand):
    help = (
        "Install the reference data (review rules, term dictionary, impact-assessment "
        "threshold table) where it is missing. Idempotent; never overwrites edited rows."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, **options):
        created = run_seeds(options["database"])
        for app, count in created.items():
            self.stdout.write(f"{app}: {count} rows created")
