"""A kill -9 of the importing process leaves the database consistent."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from django.db import connection

COPIES = 60


@pytest.mark.django_db(transaction=True)
def test_a_killed_import_leaves_only_whole_files_and_can_be_rerun(samples, tmp_path):
    if connection.vendor != "sqlite":
        database_url = _postgres_url()
    else:
        database_url = f"sqlite:///{tmp_path / 'kill.sqlite3'}"
    folder = tmp_path / "minutes"
    folder.mkdir()
    for i in range(COPIES):
        for path in samples.glob("*.txt"):
            # Distinct content and meeting per copy: a new council name each time.
            text = path.read_text(encoding="utf-8").replace("審議会", f"審議会第{i}部会", 1)
            (folder / f"{i:03d}-{path.name}").write_text(text, encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": database_url, "SHINGIKAI_DATA_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "shingikai.cli"]
    subprocess.run([*command, "migrate", "-v0"], env=env, check=True, timeout=300)

    process = subprocess.Popen(
        [*command, "import-minutes", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count(database_url, "minutes_sourcefile") < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    stored = _count(database_url, "minutes_sourcefile")
    assert 0 < stored < COPIES * 3, "the kill should land in the middle of the import"

    # Every stored file is whole: its meeting, every item and every utterance it parsed to.
    assert _count(database_url, "minutes_importedmeeting") == stored
    assert _partial_files(database_url) == []
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///")) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    rerun = subprocess.run(
        [*command, "import-minutes", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "failed: 0" in rerun.stdout
    assert _partial_files(database_url) == []
    assert _count(database_url, "minutes_sourcefile") > stored


def _postgres_url() -> str:
    settings = connection.settings_dict
    name = f"{settings['NAME']}_kill"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    user = settings.get("USER") or "postgres"
    return f"postgres://{user}@{settings['HOST']}:{settings['PORT']}/{name}"


def _rows(database_url: str, sql: str) -> list[tuple]:
    if database_url.startswith("sqlite"):
        with sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=30) as db:
            try:
                return db.execute(sql).fetchall()
            except sqlite3.OperationalError:
                return []  # the table is not there yet
    import psycopg

    with psycopg.connect(database_url.replace("postgres://", "postgresql://")) as db:
        try:
            return db.execute(sql).fetchall()
        except psycopg.errors.UndefinedTable:
            return []


def _count(database_url: str, table: str) -> int:
    rows = _rows(database_url, f"SELECT COUNT(*) FROM {table}")
    return rows[0][0] if rows else 0


def _partial_files(database_url: str) -> list[str]:
    """Files whose stored items or utterances differ from what they parsed to."""
    stored = _rows(
        database_url,
        "SELECT s.name, s.parsed, "
        "(SELECT COUNT(*) FROM minutes_importeditem i WHERE i.meeting_id = m.id), "
        "(SELECT COUNT(*) FROM minutes_importedutterance u JOIN minutes_importeditem i "
        " ON u.item_id = i.id WHERE i.meeting_id = m.id) "
        "FROM minutes_sourcefile s JOIN minutes_importedmeeting m ON m.source_id = s.id",
    )
    partial = []
    for name, parsed, items, utterances in stored:
        parsed = json.loads(parsed) if isinstance(parsed, str) else parsed
        expected_turns = sum(len(item["utterances"]) for item in parsed["items"])
        if (items, utterances) != (len(parsed["items"]), expected_turns):
            partial.append(name)
    return partial
