"""`shingikai search-quality`: nDCG@10 and top-3 hit rate of the judged queries, for keyword
queries and plain-language questions apart (goals: nDCG@10 0.9 or more; every answer in the top 3).

The sample minutes are imported and indexed inside a transaction that is rolled back at
the end, so the command changes nothing; minutes already in the database take part as
competitors.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from shingikai.minutes.importer import import_bytes
from shingikai.search._index import refresh
from shingikai.search._quality import JUDGED, SAMPLES, evaluate, load_judged, summary
from shingikai.search._synonyms import seed
from shingikai.search.models import Document


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Print nDCG@10 of the judged queries over the sample minutes."

    def add_arguments(self, parser):
        parser.add_argument("--judged", default=str(JUDGED), help="JSON file of judged queries.")
        parser.add_argument("--samples", default=str(SAMPLES), help="Folder of sample minutes.")

    def handle(self, *args, **options):
        samples = sorted(Path(options["samples"]).glob("*.txt"))
        if not samples:
            raise CommandError(f"no sample minutes in {options['samples']}")
        judged = load_judged(Path(options["judged"]))
        try:
            with transaction.atomic():
                # The seed vocabulary takes part as on any installation (rolled back too).
                seed()
                keys = set()
                for path in samples:
                    result = import_bytes(path.read_bytes(), path.name)
                    if result.failed:
                        raise CommandError(f"{path.name}: {result.message}")
                    keys.add(("imported_meeting", result.meeting_id))
                from shingikai.search._signals import _expand

                refresh(_expand(keys))
                self._report(evaluate(judged))
                raise _Rollback
        except _Rollback:
            pass

    def _report(self, results) -> None:
        for r in results:
            first = Document.objects.filter(pk=r.first).values_list("title", flat=True).first()
            rank = r.rank or "-"
            found = first or "(not found)"
            self.stdout.write(f"{r.ndcg:5.2f}  rank {rank!s:>2}  {r.kind[0]}  {r.query}  → {found}")
        missing = [r.query for r in results if r.first is None]
        for kind, (count, ndcg, top3) in summary(results).items():
            self.stdout.write(
                f"{kind:8s}: nDCG@10 = {ndcg:.3f}, answer in the top 3: {top3:.1%} "
                f"over {count} queries"
            )
        if missing:
            self.stderr.write(f"judged consultations not found: {', '.join(missing)}")
