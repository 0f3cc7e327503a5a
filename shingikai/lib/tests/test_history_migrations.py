"""The migrations that brought the history tables to one shape keep every existing row."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("cctv", "0001_initial"), ("pia", "0002_seed_threshold_table")]
AFTER = [("cctv", "0002_history_rows"), ("pia", "0003_event_history_row")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_camera_changes_and_assessment_kinds_survive_the_move():
    """A CCTV change's {field: [before, after]} becomes before/after; an event's kind its
    action."""
    old = _migrate(BEFORE)
    User = old.get_model("accounts", "User")
    Municipality = old.get_model("councils", "Municipality")
    Department = old.get_model("councils", "Department")
    user = User.objects.create(username="historian")
    town = Municipality.objects.create(name="史料市")
    dept = Department.objects.create(municipality=town, name="総務課")
    camera = old.get_model("cctv", "Camera").objects.create(
        department=dept,
        place="駅前",
        recording_started=datetime.date(2024, 4, 1),
        subjects="通行人",
        disclosure_manager="総務課長",
    )
    CameraChange = old.get_model("cctv", "CameraChange")
    CameraChange.objects.create(camera=camera, actor=user)
    CameraChange.objects.create(camera=camera, actor=user, changes={"retention_days": [7, 14]})
    assessment = old.get_model("pia", "Assessment").objects.create(
        department=dept,
        affair="住民基本台帳",
        people=100,
        handlers=3,
        level="basic",
        created_by=user,
    )
    old.get_model("pia", "Event").objects.create(
        assessment=assessment, kind="review", actor=user, note="年次点検"
    )

    new = _migrate(AFTER)
    rows = list(new.get_model("cctv", "CameraChange").objects.order_by("pk"))
    assert [(r.action, r.before, r.after) for r in rows] == [
        ("registered", {}, {}),
        ("changed", {"retention_days": 7}, {"retention_days": 14}),
    ]
    event = new.get_model("pia", "Event").objects.get()
    assert (event.action, event.note) == ("review", "年次点検")

    # Back to the latest state for the tests that follow.
    _migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
