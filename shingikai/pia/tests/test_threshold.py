"""The threshold judgement on every boundary of the table, as a function, from the table in
the database, and through `shingikai pia-level`."""

import io

import pytest
from django.core.management import CommandError, call_command

from shingikai.pia import threshold
from shingikai.pia.models import ThresholdRule
from shingikai.pia.services import judge

# people, handlers, incident, level
CASES = [
    (0, 0, False, "none"),
    (999, 499, False, "none"),
    (999, 500, False, "none"),
    (999, 499, True, "none"),
    (1_000, 499, False, "basic"),
    (1_000, 500, False, "basic"),
    (1_000, 499, True, "basic"),
    (9_999, 499, False, "basic"),
    (9_999, 500, True, "basic"),
    (10_000, 499, False, "basic"),
    (10_000, 500, False, "basic+focused"),
    (10_000, 499, True, "basic+focused"),
    (99_999, 499, False, "basic"),
    (99_999, 500, False, "basic+focused"),
    (99_999, 499, True, "basic+focused"),
    (100_000, 499, False, "basic+focused"),
    (100_000, 500, False, "basic+full"),
    (100_000, 499, True, "basic+full"),
    (299_999, 499, False, "basic+focused"),
    (299_999, 500, False, "basic+full"),
    (299_999, 499, True, "basic+full"),
    (300_000, 499, False, "basic+full"),
    (300_000, 0, False, "basic+full"),
    (300_000, 500, True, "basic+full"),
]


@pytest.mark.parametrize(("people", "handlers", "incident", "expected"), CASES)
def test_the_guideline_table(people, handlers, incident, expected):
    assert threshold.level(people, handlers, incident) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(("people", "handlers", "incident", "expected"), CASES)
def test_the_table_seeded_by_the_migration(people, handlers, incident, expected):
    assert judge(people, handlers, incident) == expected


def _cli(*args: str) -> str:
    out = io.StringIO()
    call_command("pia-level", *args, stdout=out)
    return out.getvalue().strip()


@pytest.mark.django_db
@pytest.mark.parametrize(("people", "handlers", "incident", "expected"), CASES)
def test_the_command_prints_the_level(people, handlers, incident, expected):
    args = ["--people", str(people), "--handlers", str(handlers)]
    assert _cli(*args, *(["--incident"] if incident else [])) == expected


@pytest.mark.django_db
def test_the_command_accepts_figures_with_commas():
    assert _cli("--people", "47,000", "--handlers", "1,200") == "basic+focused"


@pytest.mark.django_db
def test_the_command_refuses_a_negative_count():
    with pytest.raises(CommandError):
        call_command("pia-level", "--people", "-1", "--handlers", "3")


@pytest.mark.django_db
def test_the_table_is_data_that_the_secretariat_can_change():
    """Were the guideline to lower the handlers threshold to 300, no code would change."""
    ThresholdRule.objects.update(handlers_threshold=300)
    assert judge(50_000, 300, False) == "basic+focused"
    assert _cli("--people", "50000", "--handlers", "300") == "basic+focused"
    ThresholdRule.reset_to_guideline()
    assert judge(50_000, 300, False) == "basic"


def test_a_gap_in_the_table_is_reported():
    rules = [r for r in threshold.GUIDELINE if r.min_people != 10_000]
    assert threshold.table_problems(threshold.GUIDELINE) == []
    assert threshold.table_problems(rules) == [("gap", {"from": 10_000, "to": 99_999})]
    with pytest.raises(threshold.ThresholdError):
        threshold.level(50_000, 1, False, rules)


@pytest.mark.django_db
def test_the_console_script_prints_the_level(db):
    """The real `shingikai pia-level` entry point, run as a clerk would, on the test database."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from django.db import connection

    config = connection.settings_dict
    if connection.vendor == "sqlite":
        url = f"sqlite:///{config['NAME']}"
    else:
        url = f"postgres://{config['USER']}@{config['HOST']}:{config['PORT']}/{config['NAME']}"
    script = Path(sys.executable).with_name("shingikai")
    args = [str(script), "pia-level", "--people", "100000", "--handlers", "499", "--incident"]
    result = subprocess.run(
        args,
        env={**os.environ, "DATABASE_URL": url},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "basic+full\n"
