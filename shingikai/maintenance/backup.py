"""Backup and restore of the whole installation: the database and the uploaded files.

One archive (.tar.gz) holds a manifest, the database (an SQLite online-backup copy, or a
PostgreSQL custom-format dump) and the media folder. SQLite's online backup copies a
consistent snapshot while the application keeps running; pg_dump does the same for
PostgreSQL.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection, connections

from shingikai.lib.errors import ServiceError
from shingikai.lib.secret import private_file

FORMAT_VERSION = 1


class BackupError(ServiceError):
    """A backup or restore that cannot be done; the message is for the operator (English)."""


def _engine() -> str:
    return connection.vendor  # "sqlite" or "postgresql"


def _pg_env(db: dict) -> tuple[list[str], dict]:
    args = ["-h", db.get("HOST") or "localhost", "-p", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["-U", db["USER"]]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return args, env


def _run(command: list[str], env: dict) -> None:
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise BackupError(
            f"{command[0]} is not installed (Debian package postgresql-client)"
        ) from exc
    except subprocess.CalledProcessError as exc:
        raise BackupError(f"{command[0]} failed: {exc.stderr.strip()}") from exc


def _dump_database(target: Path) -> str:
    db = connection.settings_dict
    if _engine() == "sqlite":
        name = target / "database.sqlite3"
        source = sqlite3.connect(db["NAME"])
        copy = sqlite3.connect(name)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return name.name
    name = target / "database.pgdump"
    args, env = _pg_env(db)
    _run(["pg_dump", "-Fc", "--no-owner", *args, "-f", str(name), db["NAME"]], env)
    return name.name


def create_backup(destination: Path | None = None) -> Path:
    """Write a backup archive and return its path (default: DATA_DIR/backups/)."""
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    if destination is None:
        destination = Path(settings.DATA_DIR) / "backups" / f"shingikai-{stamp}.tar.gz"
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        database = _dump_database(folder)
        manifest = {
            "format": FORMAT_VERSION,
            "engine": _engine(),
            "database": database,
            "created": stamp,
        }
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
        partial = destination.with_suffix(".partial")
        # The archive holds password hashes and TOTP seeds: the owner's only (0600).
        private_file(partial)
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(folder / "manifest.json", "manifest.json")
            archive.add(folder / database, database)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                archive.add(media, "media")
        # Renamed only when complete, so a crash never leaves a truncated "backup".
        partial.replace(destination)
    return destination


def _safe_members(archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = archive.getmembers()
    for member in members:
        path = Path(member.name)
        if path.is_absolute() or ".." in path.parts or member.issym() or member.islnk():
            raise BackupError(f"the archive holds an unsafe path: {member.name}")
    return members


def restore_backup(archive_path: Path) -> dict:
    """Replace the database and media with the archive's; returns its manifest."""
    if not archive_path.is_file():
        raise BackupError(f"{archive_path} does not exist")
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(work, members=_safe_members(archive), filter="data")
        folder = Path(work)
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("engine") != _engine():
            raise BackupError(
                f"the backup is of a {manifest.get('engine')} database; this installation "
                f"uses {_engine()}"
            )
        _restore_database(folder / manifest["database"])
        media = Path(settings.MEDIA_ROOT)
        if (folder / "media").is_dir():
            shutil.rmtree(media, ignore_errors=True)
            shutil.copytree(folder / "media", media)
    return manifest


def _restore_database(dump: Path) -> None:
    db = connection.settings_dict
    connections.close_all()
    if _engine() == "sqlite":
        source = sqlite3.connect(dump)
        live = sqlite3.connect(db["NAME"])
        try:
            # The backup API replaces every page of the live file in one step.
            source.backup(live)
        finally:
            live.close()
            source.close()
        return
    args, env = _pg_env(db)
    _run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            *args,
            "-d",
            db["NAME"],
            str(dump),
        ],
        env,
    )
