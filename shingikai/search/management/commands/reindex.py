"""`shingikai reindex [--if-needed]`: rebuild the search index from the sources."""

import sys

from django.core.management.base import BaseCommand

from shingikai.search import rebuild, reindex_if_needed


class Command(BaseCommand):
    help = "Rebuild the search index; with --if-needed only when it is missing or out of date."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-needed",
            action="store_true",
            help="Rebuild only if the index layout changed; otherwise catch up with changes.",
        )
        parser.add_argument(
            "--workers", type=int, help="Analysis processes (default: one per core, up to 4)."
        )

    def handle(self, *args, **options):
        def progress(stats):
            if options["verbosity"] > 1:
                sys.stderr.write(
                    f"\r{stats.documents} documents, {stats.text_bytes / 1e6:.1f} MB, "
                    f"{stats.megabytes_per_second:.2f} MB/s"
                )

        run = reindex_if_needed if options["if_needed"] else rebuild
        stats = run(workers=options["workers"], progress=progress)
        if options["verbosity"] > 1:
            sys.stderr.write("\n")
        action = "; ".join(stats.actions) or "done"
        self.stdout.write(
            f"{action}: {stats.documents} documents analysed ({stats.created} created, "
            f"{stats.updated} updated, {stats.unchanged} unchanged, {stats.deleted} removed), "
            f"{stats.text_bytes / 1e6:.1f} MB of text in {stats.seconds:.1f} s"
        )
