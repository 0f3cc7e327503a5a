from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.maintenance.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Back up the database and uploaded files into one .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="archive path (default: var/backups/)")

    def handle(self, *args, **options):
        try:
            path = create_backup(options["output"])
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Backup written to {path}")
