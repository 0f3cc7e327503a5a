"""`shingikai pia-level --people N --handlers M [--incident]`: the threshold judgement.

Prints one of none, basic, basic+focused, basic+full, from the threshold table kept in the
database (seeded from the national guideline by the migration).
"""

from __future__ import annotations

import argparse

from django.core.management.base import BaseCommand, CommandError, CommandParser

from shingikai.pia import threshold
from shingikai.pia.services import judge


def _count(text: str) -> int:
    # Clerks copy figures such as 47,000 from their documents.
    try:
        value = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative: {text!r}")
    return value


class Command(BaseCommand):
    help = "Print the impact-assessment level: none, basic, basic+focused or basic+full."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--people", required=True, type=_count, help="people in the file (対象人数)"
        )
        parser.add_argument(
            "--handlers",
            required=True,
            type=_count,
            help="people who handle the file, contractors included (取扱者数)",
        )
        parser.add_argument(
            "--incident",
            action="store_true",
            help="a serious incident occurred in the past year (重大事故)",
        )

    def handle(self, *args, people: int, handlers: int, incident: bool, **options) -> None:
        try:
            level = judge(people, handlers, incident)
        except threshold.ThresholdError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(level)
