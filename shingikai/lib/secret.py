"""A per-installation secret key kept beside the embedded database."""

from __future__ import annotations

import secrets
from pathlib import Path


def load_or_create_secret(path: Path) -> str:
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    path.write_text(key, encoding="ascii")
    path.chmod(0o600)
    return key
