"""`shingikai checklist FILE.json [--attachment FILE …]`: a draft's findings as JSON.

A department can check a draft before entering it.  Output: [{"rule", "severity",
"message"}, …] on stdout, required findings first; messages are the rules' Japanese text.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.checklist import extract, jsonio, services


class Command(BaseCommand):
    help = "Check a consultation JSON file against the review checklist; print findings as JSON."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="consultation JSON (docs/consultation-json.md)")
        parser.add_argument(
            "--attachment",
            action="append",
            default=[],
            metavar="FILE",
            help="an attachment (PDF, DOCX, text) to compare with the declared items; repeatable",
        )

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        try:
            content = jsonio.loads(path.read_bytes())
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}") from None
        except jsonio.JsonError as exc:
            raise CommandError(f"{path}: {exc}") from None
        texts = []
        for name in options["attachment"]:
            try:
                texts.append(extract.attachment_text(name, Path(name).read_bytes()))
            except OSError as exc:
                raise CommandError(f"cannot read {name}: {exc.strerror}") from None
        try:
            findings = services.findings_for_json(content, texts)
        except jsonio.JsonError as exc:
            raise CommandError(f"{path}: {exc}") from None
        self.stdout.write(json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2))
