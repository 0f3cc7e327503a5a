from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.maintenance.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore the database and uploaded files from a backup archive (stop the server first)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, **options):
        if not options["yes"]:
            answer = input("This replaces all current data. Type 'restore' to go on: ")
            if answer.strip() != "restore":
                raise CommandError("restore cancelled")
        try:
            manifest = restore_backup(options["archive"])
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored the {manifest['engine']} backup of {manifest['created']}")
