"""`shingikai seed-synonyms`: add the seed vocabulary of the search (idempotent)."""

from django.core.management.base import BaseCommand

from shingikai.search._synonyms import seed


class Command(BaseCommand):
    help = "Add the domain synonym list and Sudachi's synonym dictionary to the search vocabulary."

    def add_arguments(self, parser):
        parser.add_argument(
            "--domain-only", action="store_true", help="Leave out Sudachi's general synonyms."
        )

    def handle(self, *args, **options):
        added = seed(general=not options["domain_only"])
        self.stdout.write(f"{added} synonym groups added")
