"""Meetings imported before `to_check` existed get their points to check from the stored
reading; corrected ones none."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("minutes", "0002_review_corrections_history")]
AFTER = [("minutes", "0003_importedmeeting_to_check")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _meeting(apps, town, n, parsed):
    source = apps.get_model("minutes", "SourceFile").objects.create(
        municipality=town,
        name=f"{n}.txt",
        content_hash=f"{n:064d}",
        file_type="txt",
        size=1,
        text="…",
        parsed=parsed,
    )
    return apps.get_model("minutes", "ImportedMeeting").objects.create(
        source=source, municipality=town, identity=str(n)
    )


@pytest.fixture
def back_to_latest():
    yield
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())  # for the tests after


def test_existing_meetings_are_counted_from_their_stored_reading(back_to_latest):
    old = _migrate(BEFORE)
    town = old.get_model("councils", "Municipality").objects.create(name="移行市")
    unsure = {
        "warnings": ["no header table recognised", "no header table recognised"],
        "flags": ["items[0].kind"],
        "items": [{"kind": "consultation", "outcome": "unknown"}, {"kind": "report"}],
    }
    counted = _meeting(old, town, 1, unsure)
    corrected = _meeting(old, town, 2, unsure)
    old.get_model("minutes", "Correction").objects.create(content_hash=f"{2:064d}", data={})
    clean = _meeting(old, town, 3, {"items": [{"kind": "consultation", "outcome": "approved"}]})

    new = _migrate(AFTER)
    to_check = dict(
        new.get_model("minutes", "ImportedMeeting").objects.values_list("pk", "to_check")
    )
    assert to_check == {counted.pk: 3, corrected.pk: 0, clean.pk: 0}
