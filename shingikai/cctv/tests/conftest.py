"""Fixtures for the CCTV tests; the named users come from shingikai/conftest.py.

- alice (secretariat) sees every installation of the city
- bob (市民課) runs the 市民課 cameras and records their police requests
- carol (中央図書館) runs the library's camera and must not touch 市民課's
- dave (member) reads, never writes
"""

from __future__ import annotations

import datetime

import pytest

from shingikai.cctv import services
from shingikai.cctv.models import Camera


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The named users are created per test; the production hasher costs a second each time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def camera(world, *, department=None, place="市役所本庁舎1階市民課窓口") -> Camera:
    department = department or world.shimin
    return services.register_camera(
        department,
        {
            "place": place,
            "camera_count": 2,
            "recording_started": datetime.date(2019, 4, 1),
            "subjects": "来庁者",
            "disclosure_manager": f"{department.name}長",
            "storage": "市民課事務室内の録画装置",
            "retention_days": 7,
        },
        world.alice,
    )


@pytest.fixture
def window(world) -> Camera:
    return camera(world)


@pytest.fixture
def library_camera(world) -> Camera:
    return camera(world, department=world.library, place="中央図書館入口")
