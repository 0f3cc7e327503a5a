import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from shingikai.consultations.models import Consultation
from shingikai.front.demo import load_demo
from shingikai.maintenance.backup import BackupError, restore_backup
from shingikai.meetings.models import Attendance


def _snapshot() -> dict[str, list[dict]]:
    tables = set(connection.introspection.table_names())
    snapshot = {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.db_table in tables
    }
    assert len(snapshot) > 20  # every app's tables, not a handful
    return snapshot


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip_every_table(tmp_path, settings):
    """After changes and deletions, a restore brings back every row of every table."""
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "attachments").mkdir(parents=True)
    (tmp_path / "media" / "attachments" / "仕様書.txt").write_text("氏名", encoding="utf-8")
    load_demo()
    before = _snapshot()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive)

    Consultation.objects.update(title="書き換え")
    # A published meeting is read-only: the damage is done to the others.
    Attendance.objects.filter(meeting__publication__isnull=True).delete()
    (tmp_path / "media" / "attachments" / "仕様書.txt").unlink()

    call_command("restore", str(archive), yes=True)
    assert _snapshot() == before
    assert (tmp_path / "media" / "attachments" / "仕様書.txt").read_text(encoding="utf-8") == "氏名"


def test_a_missing_archive_is_a_clear_error(tmp_path, db):
    with pytest.raises(BackupError, match="does not exist"):
        restore_backup(tmp_path / "none.tar.gz")
