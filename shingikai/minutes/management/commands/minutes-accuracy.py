"""`shingikai minutes-accuracy`: per-field precision and recall over hand-checked minutes."""

import json
from collections import defaultdict
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.minutes import extract
from shingikai.minutes.parser import FIELDS, MinutesError, accuracy_counts, wrong_and_flagged

PARSER_TESTS = Path(extract.__file__).resolve().parent / "parser" / "tests"
REPO = Path(extract.__file__).resolve().parents[2]
DEFAULT_EXPECTED = PARSER_TESTS / "expected"
DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".pdf", ".md"}
DEFAULT_INPUTS = [REPO / "tests" / "samples" / "minutes", PARSER_TESTS / "docs"]


class Command(BaseCommand):
    help = "Compare the parser with the expected JSON of each known document; print P/R."

    def add_arguments(self, parser):
        parser.add_argument("--expected", type=Path, default=DEFAULT_EXPECTED)
        parser.add_argument("--inputs", type=Path, nargs="*", default=DEFAULT_INPUTS)
        parser.add_argument(
            "--flags",
            action="store_true",
            help="also print, per field, the wrong values, how many of them were flagged, "
            "and the flags in all",
        )

    def handle(self, *args, **options):
        # Expected results may sit beside their documents; they are not inputs.
        inputs = {
            path.stem: path
            for folder in options["inputs"]
            for path in folder.glob("*.*")
            if path.suffix.lower() in DOCUMENT_SUFFIXES
        }
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        flagging: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        documents = 0
        for expected_path in sorted(options["expected"].glob("*.json")):
            source = inputs.get(expected_path.stem)
            if source is None:
                self.stderr.write(f"no input document for {expected_path.name}; skipped")
                continue
            expected = json.loads(expected_path.read_text(encoding="utf-8"))
            try:
                actual = extract.extract(source.read_bytes(), source.name).parsed
            except MinutesError as exc:
                raise CommandError(f"{source}: {exc}") from None
            for sums, counts_of in ((totals, accuracy_counts), (flagging, wrong_and_flagged)):
                for field, counts in counts_of(expected, actual).items():
                    for i, value in enumerate(counts):
                        sums[field][i] += value
            documents += 1
        if not documents:
            raise CommandError("no expected results found")
        self.stdout.write(f"documents: {documents}")
        extra = f"{'wrong':>8}{'flagged':>9}{'flags':>7}" if options["flags"] else ""
        self.stdout.write(f"{'field':<24}{'precision':>10}{'recall':>10}{'expected':>10}{extra}")
        for field in FIELDS:
            hits, predicted, expected_count = totals[field]
            precision = hits / predicted if predicted else 1.0
            recall = hits / expected_count if expected_count else 1.0
            row = f"{field:<24}{precision:>10.3f}{recall:>10.3f}{expected_count:>10}"
            if options["flags"] and field in flagging:
                wrong, flagged, in_all = flagging[field]
                row += f"{wrong:>8}{flagged:>9}{in_all:>7}"
            self.stdout.write(row)
