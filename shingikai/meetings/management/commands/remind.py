"""`shingikai remind [--dry-run] [--days N] [--date YYYY-MM-DD]`: the daily reminder mail.

Run it once a day from cron or a systemd timer. With --dry-run it prints what it would send
and sends nothing.
"""

from __future__ import annotations

import datetime
import smtplib

from django.core.mail import EmailMessage, get_connection
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone, translation

from shingikai.meetings import reminders


class Command(BaseCommand):
    help = (
        "Mail follow-ups coming due, unanswered advance questions, minutes awaiting "
        "confirmation and assessments due for review."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="print, do not send")
        parser.add_argument("--days", type=int, default=7, help="look this many days ahead")
        parser.add_argument("--date", help="today's date as YYYY-MM-DD (default: today)")

    def handle(self, *args, dry_run: bool, days: int, date: str | None, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more")
        try:
            today = datetime.date.fromisoformat(date) if date else timezone.localdate()
        except ValueError:
            raise CommandError(f"--date {date!r} is not a date like 2024-06-01") from None
        with translation.override("ja"):
            found = reminders.collect(today, days)
        sendable = [r for r in found if r.user.email]
        for reminder in found:
            if not reminder.user.email:
                self.stderr.write(f"skipped {reminder.user.username}: no e-mail address")
        if dry_run:
            for reminder in sendable:
                self.stdout.write(f"To: {reminder.user.email}\nSubject: {reminder.subject}")
                self.stdout.write(reminder.body)
            self.stdout.write(f"{len(sendable)} mail(s) would be sent (dry run).")
            return
        messages = [
            EmailMessage(reminder.subject, reminder.body, to=[reminder.user.email])
            for reminder in sendable
        ]
        try:
            sent = get_connection().send_messages(messages) if messages else 0
        except (smtplib.SMTPException, OSError) as exc:
            raise CommandError(f"could not send through the SMTP server: {exc}") from exc
        self.stdout.write(f"{sent} mail(s) sent.")
