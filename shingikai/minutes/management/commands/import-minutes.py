"""`shingikai import-minutes PATH...`: store minutes files as precedents, with a summary."""

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from shingikai.minutes.importer import collect_files, import_paths


class Command(BaseCommand):
    help = "Import minutes files or folders; each file in its own transaction, idempotent."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument(
            "--municipality", help="Municipality of every file, when it is not detected."
        )

    def handle(self, *args, **options):
        files = collect_files(options["paths"])
        if not files:
            raise CommandError("no minutes files found (.txt, .html, .htm, .pdf)")
        statuses: Counter[str] = Counter()
        totals = Counter()
        failures = []
        progress = tqdm(files, unit="file", file=sys.stderr, disable=None)
        for result in import_paths(progress, municipality=options["municipality"]):
            statuses[result.status] += 1
            if result.failed:
                failures.append(result)
            elif result.status != "unchanged":
                totals["meetings"] += 1
                totals["items"] += result.items
                totals["utterances"] += result.utterances
        self.stdout.write(
            f"files: {len(files)}  created: {statuses['created']}  replaced: "
            f"{statuses['replaced']}  unchanged: {statuses['unchanged']}  "
            f"failed: {statuses['failed']}"
        )
        self.stdout.write(
            f"stored meetings: {totals['meetings']}  items: {totals['items']}  "
            f"utterances: {totals['utterances']}"
        )
        for failure in failures:
            self.stderr.write(f"FAILED {failure.name}: {failure.message}")
        if failures:
            raise CommandError(f"{len(failures)} file(s) failed; nothing of them was stored")
