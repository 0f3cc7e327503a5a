"""The `shingikai` console script: Django's manage.py with the project's settings."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    from django.core.management import execute_from_command_line

    from shingikai.lib.errors import ServiceError

    try:
        execute_from_command_line(argv if argv is not None else sys.argv)
    except ServiceError as exc:
        # A refusal a command did not turn into a CommandError: its message, not a traceback.
        sys.stderr.write(f"error: {exc.message}\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
