"""`shingikai accessibility-statement`: the published 試験結果 from the browser suite's axe run."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.front.accessibility import STATEMENT, write_statement


class Command(BaseCommand):
    help = "Write the accessibility statement from the axe results of the last browser test run."

    def add_arguments(self, parser):
        parser.add_argument(
            "--results",
            default="build/accessibility/axe-results.json",
            help="File written by tests/browser/test_accessibility.py.",
        )
        parser.add_argument("--output", default=str(STATEMENT))

    def handle(self, *args, **options):
        results = Path(options["results"])
        if not results.exists():
            raise CommandError(f"no axe results at {results}: run the browser tests first")
        statement = write_statement(results, Path(options["output"]))
        self.stdout.write(
            f"{statement['page_count']} pages tested, {statement['violations']} violations; "
            f"statement written to {options['output']}"
        )
