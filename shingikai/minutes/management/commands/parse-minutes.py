"""`shingikai parse-minutes FILE`: print the parsed minutes as JSON; stores nothing."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.minutes import extract
from shingikai.minutes.importer import max_bytes
from shingikai.minutes.parser import MinutesError


class Command(BaseCommand):
    help = "Parse one minutes file (text, HTML or PDF) and print the JSON contract."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        path = Path(options["file"])
        try:
            if path.stat().st_size > max_bytes():
                raise MinutesError(f"the file is larger than {max_bytes() / 1e6:.0f} MB")
            result = extract.extract(path.read_bytes(), path.name, max_bytes=max_bytes())
        except OSError as exc:
            raise CommandError(f"{path}: cannot read the file: {exc.strerror}") from None
        except MinutesError as exc:
            raise CommandError(f"{path}: {exc}") from None
        self.stdout.write(json.dumps(result.parsed, ensure_ascii=False, indent=2))
