"""`shingikai import-minutes PATH...`: store minutes files as precedents, with a summary.

The search index is not refreshed file by file: one catch-up runs when the batch is done.
A progress bar (bytes) goes to stderr on a terminal, or anywhere with --progress.
"""

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from shingikai.minutes.importer import collect_files, deferred_search_index, import_paths


def _size(path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class Command(BaseCommand):
    help = "Import minutes files or folders; each file in its own transaction, idempotent."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")
        parser.add_argument(
            "--municipality", help="Municipality of every file, when it is not detected."
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help="Show a progress bar on stderr even when it is not a terminal.",
        )

    def handle(self, *args, **options):
        files = collect_files(options["paths"])
        if not files:
            raise CommandError("no minutes files found (.txt, .html, .htm, .pdf)")
        statuses: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        failures = []
        progress = tqdm(
            total=sum(_size(f) for f in files),
            unit="B",
            unit_scale=True,
            file=sys.stderr,
            disable=not (options["progress"] or sys.stderr.isatty()),
        )
        results = import_paths(files, municipality=options["municipality"])
        with deferred_search_index():
            for path, result in zip(files, results, strict=True):
                progress.update(_size(path))
                statuses[result.status] += 1
                if result.failed:
                    failures.append(result)
                elif result.status != "unchanged":
                    totals["meetings"] += 1
                    totals["items"] += result.items
                    totals["utterances"] += result.utterances
                    totals["to check"] += bool(result.to_check)
        progress.close()
        self.stdout.write(
            f"files: {len(files)}  created: {statuses['created']}  replaced: "
            f"{statuses['replaced']}  unchanged: {statuses['unchanged']}  "
            f"failed: {statuses['failed']}"
        )
        self.stdout.write(
            f"stored meetings: {totals['meetings']}  items: {totals['items']}  "
            f"utterances: {totals['utterances']}"
        )
        if totals["to check"]:
            self.stdout.write(
                f"meetings with points to check: {totals['to check']} "
                "(unsure fields or warnings; listed under 要確認 at /minutes/?check=1)"
            )
        for failure in failures:
            self.stderr.write(f"FAILED {failure.name}: {failure.message}")
        if failures:
            raise CommandError(f"{len(failures)} file(s) failed; nothing of them was stored")
