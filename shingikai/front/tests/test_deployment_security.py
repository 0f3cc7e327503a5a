"""Deployment findings: CSP and HSTS headers, Secure cookies for HTTPS, private files, and a
random signing key per installation even under `make run`."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from shingikai.lib.secret import load_or_create_secret, private_file

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({name: getattr(settings, name) for name in (
    "SECRET_KEY", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS", "SECURE_PROXY_SSL_HEADER")}, default=str))
"""


def _settings(data_dir: Path, **env) -> dict:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DATABASE_URL", "SHINGIKAI_HTTPS", "DEBUG", "SHINGIKAI_DEMO"}
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="shingikai.settings", SHINGIKAI_DATA_DIR=str(data_dir), **env
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=environ, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_make_run_signs_with_a_random_key_per_installation(tmp_path):
    """Demo mode and DEBUG (as `make run` starts) no longer fall back to a public constant."""
    first = _settings(tmp_path / "a", SHINGIKAI_DEMO="1", DEBUG="1")
    again = _settings(tmp_path / "a", SHINGIKAI_DEMO="1", DEBUG="1")
    other = _settings(tmp_path / "b", SHINGIKAI_DEMO="1")
    assert first["SECRET_KEY"] == again["SECRET_KEY"] != other["SECRET_KEY"]
    assert "insecure" not in first["SECRET_KEY"] and len(first["SECRET_KEY"]) >= 50
    assert _mode(tmp_path / "a" / "secret_key") == 0o600


def test_sqlite_file_is_created_owner_only(tmp_path):
    _settings(tmp_path)
    assert _mode(tmp_path / "shingikai.sqlite3") == 0o600


def test_secure_cookies_ssl_redirect_and_hsts_for_https_deployments(tmp_path):
    plain = _settings(tmp_path)
    assert not plain["SESSION_COOKIE_SECURE"] and plain["SECURE_HSTS_SECONDS"] == 0
    https = _settings(tmp_path, SHINGIKAI_HTTPS="1", SHINGIKAI_TRUST_X_FORWARDED_PROTO="1")
    assert https["SESSION_COOKIE_SECURE"] and https["CSRF_COOKIE_SECURE"]
    assert https["SECURE_SSL_REDIRECT"] and https["SECURE_HSTS_SECONDS"] >= 31536000
    assert https["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_hsts_header_is_sent_over_https(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/login/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_csp_header_allows_no_inline_script_and_no_other_origin(client, db):
    policy = client.get("/login/")["Content-Security-Policy"]
    script = policy.split("script-src")[1].split(";")[0]
    assert script.strip() == "'self'"
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy


def test_no_template_has_an_inline_event_handler():
    templates = Path(__file__).resolve().parents[2]
    offenders = [
        str(path)
        for path in templates.rglob("*.html")
        if "/pdf/" not in str(path) and "/tests/" not in str(path)
        for text in [path.read_text(encoding="utf-8")]
        if " onchange=" in text or " onclick=" in text or " onsubmit=" in text
    ]
    assert not offenders


def test_private_files_and_secret_key_are_0600(tmp_path):
    os.umask(0o022)
    private_file(tmp_path / "x.sqlite3")
    assert _mode(tmp_path / "x.sqlite3") == 0o600
    key = load_or_create_secret(tmp_path / "secret_key")
    assert load_or_create_secret(tmp_path / "secret_key") == key
    assert _mode(tmp_path / "secret_key") == 0o600


@pytest.mark.django_db(transaction=True)
def test_backups_are_created_0600(tmp_path, settings):
    from shingikai.maintenance.backup import create_backup

    settings.MEDIA_ROOT = tmp_path / "media"
    archive = create_backup(tmp_path / "backups" / "b.tar.gz")
    assert _mode(archive) == 0o600
