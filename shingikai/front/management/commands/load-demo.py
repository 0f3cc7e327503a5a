from django.core.management.base import BaseCommand
from django.utils import translation

from shingikai.front.demo import demo_logins, load_demo


class Command(BaseCommand):
    help = "Load the demo council, meetings and consultations (idempotent)."

    def handle(self, *args, **options):
        if load_demo():
            self.stdout.write("Demo data loaded.")
        else:
            self.stdout.write("Demo data already present; nothing changed.")
        # The CLI speaks English, whatever the UI language is.
        with translation.override("en"):
            for username, role in demo_logins():
                self.stdout.write(f"  {username:<10} ({role}) password: demo")
