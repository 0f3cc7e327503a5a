import pytest
from django.core.exceptions import ImproperlyConfigured

from shingikai.lib.env import database_config, env_bool, env_list


def test_booleans_accept_the_usual_words(monkeypatch):
    monkeypatch.setenv("DEBUG", "yes")
    assert env_bool("DEBUG", False) is True
    monkeypatch.setenv("DEBUG", "0")
    assert env_bool("DEBUG", True) is False


def test_a_bad_boolean_fails_with_the_variable_named(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", False)


def test_an_empty_host_list_fails(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " , ")
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS"):
        env_list("ALLOWED_HOSTS", ["localhost"])


def test_sqlite_is_the_default_with_wal_and_immediate_transactions(tmp_path):
    config = database_config("", str(tmp_path / "db.sqlite3"))
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_postgres_urls_are_understood():
    config = database_config("postgres://u:p@127.0.0.1:5432/shingikai", "unused")
    assert (config["ENGINE"], config["NAME"], config["PORT"]) == (
        "django.db.backends.postgresql",
        "shingikai",
        5432,
    )


@pytest.mark.parametrize("url", ["mysql://u:p@h/db", "nonsense://x"])
def test_unsupported_database_urls_fail_at_start(url):
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_config(url, "unused")
