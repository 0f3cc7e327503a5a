"""A per-installation secret key kept beside the embedded database, and private files.

Plain module: no Django imports.
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path


def private_file(path: Path) -> None:
    """Create the file if missing, readable by the owner only (0600); tighten it if present.

    The SQLite file holds password hashes and TOTP seeds; SQLite gives its -wal and -shm
    files the permissions of the database file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    path.chmod(0o600)


def load_or_create_secret(path: Path) -> str:
    """The key in path, made once (0600 from its first byte) by whichever process is first."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(50))
        try:
            # A link appears complete or not at all; a second process starting at the same
            # moment keeps the first one's key.
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            temporary.unlink()
    key = path.read_text(encoding="ascii").strip()
    if not key:  # written by a process that has not finished: wait for it once
        time.sleep(0.1)
        key = path.read_text(encoding="ascii").strip()
    return key
