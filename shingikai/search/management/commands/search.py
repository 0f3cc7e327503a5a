"""`shingikai search "QUERY" [--municipality M] [--limit N] --json`: ranked precedents."""

import json

from django.core.management.base import BaseCommand, CommandError

from shingikai.councils.models import Municipality
from shingikai.search import Filters, search


class Command(BaseCommand):
    help = "Search consultations and imported minutes (everything the index holds for staff)."

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument("--municipality", help="Municipality name, e.g. 足立区.")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--json", action="store_true", help="Print the results as JSON.")

    def handle(self, *args, **options):
        if options["limit"] < 1:
            raise CommandError("--limit must be at least 1")
        municipality = None
        if options["municipality"]:
            found = Municipality.objects.filter(name=options["municipality"]).first()
            if found is None:
                raise CommandError(f"unknown municipality: {options['municipality']}")
            municipality = found.pk
        results = search(
            options["query"],
            user=_console_user(),
            filters=Filters(municipality=municipality),
            per_page=options["limit"],
            facets=False,
        )
        rows = [hit.as_json() for hit in results.hits]
        if options["json"]:
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        for row in rows:
            self.stdout.write(
                f"{row['score']:8.3f}  {row['consultation_id']:<20} {row['municipality']} "
                f"{row['date'] or '-'}  {row['title']}  [{row['outcome']}]"
            )
            if row["snippet"]:
                self.stdout.write(f"          {row['snippet']}")
        self.stdout.write(f"{results.total} match(es)")


class _ConsoleUser:
    """Whoever runs manage.py has the database: the command searches as an administrator."""

    is_authenticated = True
    is_admin_role = True
    is_secretariat = is_department = is_member = False
    council_id = department_id = None


def _console_user():
    return _ConsoleUser()
